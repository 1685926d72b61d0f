from django.db import models
from django.utils.translation import gettext_lazy as _

from articles.addresses import address
from articles.fields import NameKeyField


class PersonQuerySet(models.QuerySet):
    def matching(self, name: str):
        """People whose name or one of whose aliases is ``name``, ignoring case and accents."""
        from articles.text import name_key

        key = name_key(name)
        return self.filter(models.Q(name_key=key) | models.Q(aliases__name_key=key)).distinct()


class Person(models.Model):
    """Someone the newsroom quotes: every statement of theirs can be found."""

    name = models.CharField(_("name"), max_length=160)
    name_key = NameKeyField(max_length=160, db_index=True)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    role = models.CharField(_("current role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    bio = models.TextField(_("short biography"), blank=True)
    photo = models.ForeignKey(
        "articles.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address("articles:person", slug=self.slug)


class PersonAlias(models.Model):
    """Another spelling of a person's name ("Jokowi", "Joko Widodo")."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("other name"), max_length=160)
    name_key = NameKeyField(max_length=160, db_index=True)

    class Meta:
        verbose_name = _("other name")
        verbose_name_plural = _("other names")
        constraints = [
            models.UniqueConstraint(fields=["person", "name_key"], name="person_alias_unique"),
        ]

    def __str__(self):
        return self.name
