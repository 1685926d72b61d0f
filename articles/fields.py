from django.db import models

from articles.sanitizer import sanitize_html, validate_html_size


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
