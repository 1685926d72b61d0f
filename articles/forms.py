"""Reader-facing search forms: one query box and a date range, shared by
article search (/cari/) and quote search (/kutipan/)."""

from datetime import date, datetime, time, timedelta
from html import escape

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from articles import search
from articles.text import name_key

CLOSE_NAMES = 5


class QuickSelect(forms.Select):
    """A <select> written in Python. Django's template-based widget renders an
    include per option: 0.3 s for the quote search's 1,700 people and topics
    at 1M articles. Same markup.

    `offer(options)` sets the (value, label) pairs drawn instead of the field's
    choices, as given: assigning a field's choices normalises each one again
    (20 ms for those 1,700)."""

    offered = None

    def offer(self, options):
        self.offered = options

    @classmethod
    def offer_on(cls, field, options):
        """Offer `options` on a ModelChoiceField drawn with this widget, after
        its empty choice."""
        field.widget.offer([("", field.empty_label), *options])

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        chosen = "" if value is None else str(value)
        pairs = self.offered if self.offered is not None else self.choices
        options = "".join(
            f'<option value="{escape(key)}"{" selected" if key == chosen else ""}>{escape(label)}</option>'
            for key, label in ((str(key), str(label)) for key, label in pairs)
        )
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(attrs),
            mark_safe(options),  # every value and label escaped above
        )


class QuickDateInput(forms.DateInput):
    """<input type="date"> written in Python (see QuickSelect)."""

    input_type = "date"

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        shown = self.format_value(value)
        return format_html(
            '<input type="date" name="{}"{}{}>',
            name,
            format_html(' value="{}"', shown) if shown else "",
            flatatt(attrs),
        )


# Days a search may name: the day after 9999-12-31, or midnight of 0001-01-01
# in Jakarta in UTC, cannot be written as a datetime (a 500, not an answer).
FIRST_DAY, LAST_DAY = date(1800, 1, 1), date(2999, 12, 31)
_DAY_RANGE = [MinValueValidator(FIRST_DAY), MaxValueValidator(LAST_DAY)]


class QueryDateRangeForm(forms.Form):
    """Any input is cleaned into a bounded query; a reversed range is an error."""

    dari = forms.DateField(label=_("From"), required=False, widget=QuickDateInput, validators=_DAY_RANGE)  # fmt: skip
    sampai = forms.DateField(label=_("Until"), required=False, widget=QuickDateInput, validators=_DAY_RANGE)  # fmt: skip

    def clean(self):
        data = super().clean()
        data["q"] = search.normalise_query(data.get("q"))
        if data.get("dari") and data.get("sampai") and data["dari"] > data["sampai"]:
            self.add_error("sampai", _("The end date is before the start date."))
        return data

    def time_filter(self, field: str) -> Q:
        """The chosen days as a range of instants on `field`, from the start
        of the first day to the start of the day after the last in the
        site's time zone: an index range, where `field__date` compares a
        conversion of every row (2.4 s for old quotes at 1M articles)."""
        data, bounds = self.cleaned_data, Q()
        if data.get("dari"):
            bounds &= Q(**{f"{field}__gte": day_start(data["dari"])})
        if data.get("sampai"):
            bounds &= Q(**{f"{field}__lt": day_start(data["sampai"] + timedelta(days=1))})
        return bounds


def day_start(day):
    """Midnight of `day` in the site's time zone, as an instant."""
    return timezone.make_aware(datetime.combine(day, time.min))


class NamedField(forms.CharField):
    """A person or topic typed by name, in any case or accents, or by another
    name it is known by, or by its slug (as links to the search carry it).
    A text box rather than a list of every one: 1,700 people and topics at
    1M articles made the quote search a 108 KB page.

    Cleans to the list of matches (two people may share a name), empty when
    nothing was typed; a name that matches nothing is a form error naming a
    few close ones. `not_found` takes %(name)s."""

    widget = forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"})

    def __init__(self, *, queryset, not_found, **kwargs):
        super().__init__(required=False, **kwargs)
        self.queryset, self.not_found = queryset, not_found

    def clean(self, value):
        value = super().clean(value)  # null characters and length first
        if not value:
            return []
        key = name_key(value)
        named = Q(slug=value) | Q(name_key=key) | Q(aliases__name_key=key) if key else Q(slug=value)
        found = list(self.queryset.filter(named).distinct())
        if found:
            # The slug first (a link's), then the name itself, then another name.
            return sorted(found, key=lambda item: (item.slug != value, item.name_key != key))
        message = self.not_found % {"name": value}
        close = list(self.queryset.filter(name_key__contains=key)[:CLOSE_NAMES]) if key else []
        if close:
            names = ", ".join(str(item) for item in close)
            suggestion = _("Did you mean: %(names)s?") % {"names": names}
            message = f"{message} {suggestion}"
        raise ValidationError(message, code="unknown")
