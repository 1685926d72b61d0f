from django.db import models

from articles.sanitizer import sanitize_html, validate_html_size
from articles.text import name_key


class SanitizedHTMLField(models.TextField):
    """HTML that is sanitised whenever it is written to the database.

    Doing it in ``pre_save`` (not in a form) means the admin, ``load_demo``,
    importers, bulk inserts and shell scripts all store the same clean HTML.
    """

    default_validators = [validate_html_size]

    def pre_save(self, model_instance, add):
        clean = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, clean)
        return clean


class NameKeyField(models.CharField):
    """The folded form of another field (``source``), kept in step on every
    write so a unique constraint on it refuses case and accent duplicates."""

    def __init__(self, *args, source: str = "name", **kwargs):
        self.source = source
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        kwargs.pop("editable", None)
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        key = name_key(getattr(model_instance, self.source))
        setattr(model_instance, self.attname, key)
        return key
