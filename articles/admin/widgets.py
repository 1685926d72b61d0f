import json

from django import forms
from django.contrib.admin.widgets import AutocompleteMixin, get_select2_language
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

TOPIC_NAME_MAX = 100


class TopicTagsWidget(AutocompleteMixin, forms.SelectMultiple):
    """The admin's own select2 in "tags" mode: pick existing topics as you type,
    or type a new name and press Enter/comma to create it on save.

    Option values are topic *names*, so new and existing topics travel alike.
    """

    def __init__(self, attrs=None):
        forms.SelectMultiple.__init__(self, attrs)
        self.i18n_name = get_select2_language()

    def get_url(self):
        return reverse("admin:articles_topic_suggest")

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = forms.SelectMultiple.build_attrs(self, base_attrs, extra_attrs)
        attrs.update(
            {
                "class": "admin-autocomplete topic-tags",
                "data-ajax--cache": "true",
                "data-ajax--delay": 200,
                "data-ajax--type": "GET",
                "data-ajax--url": self.get_url(),
                "data-tags": "true",
                "data-token-separators": json.dumps([","]),
                "data-theme": "admin-autocomplete",
                "data-placeholder": str(_("Type a topic…")),
                "lang": self.i18n_name,
            }
        )
        return attrs

    def format_value(self, value):
        return [str(getattr(item, "name", item)) for item in value or []]

    def optgroups(self, name, value, attrs=None):
        options = [
            self.create_option(name, topic, topic, True, index) for index, topic in enumerate(value)
        ]
        return [(None, options, 0)]


class TopicNamesField(forms.Field):
    """A list of topic names, as TaggableManager.set() takes them."""

    widget = TopicTagsWidget

    def prepare_value(self, value):
        return [str(getattr(item, "name", item)) for item in value or []]

    def to_python(self, value):
        names, seen = [], set()
        for raw in value or []:
            name = " ".join(str(raw).split())
            if not name or name.casefold() in seen:
                continue
            if len(name) > TOPIC_NAME_MAX:
                raise ValidationError(
                    _("A topic name has at most %(max)d characters."),
                    code="max_length",
                    params={"max": TOPIC_NAME_MAX},
                )
            seen.add(name.casefold())
            names.append(name)
        return names

    def has_changed(self, initial, data):
        return set(self.prepare_value(initial)) != set(self.to_python(data))
