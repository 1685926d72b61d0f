from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.addresses import address

# First path segments the site uses itself. A section with one of these slugs
# would shadow a real page, so the database refuses it. tests/test_urls.py
# fails when a new top-level route is missing from this list.
RESERVED_SLUGS = (
    "admin", "static", "media", "topik", "penulis", "tokoh", "kutipan", "cari",
    "indeks", "koreksi", "feed", "rss", "sitemap.xml", "robots.txt", "read",
    "pratinjau", "preview", "healthz", "readyz", "i18n", "api", "berita",
    "favicon.ico",
)  # fmt: skip


def validate_not_reserved(value: str) -> None:
    if value.lower() in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is used by the site itself; choose another slug."),
            code="reserved",
            params={"slug": value},
        )


class Section(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        validators=[validate_not_reserved],
        help_text=_("The section's address: /<slug>/. Lowercase letters, digits, hyphens."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order in the navigation, lowest first.")
    )
    image = models.ForeignKey(
        "articles.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("From the photo library."),
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.CheckConstraint(
                condition=~Q(slug__in=RESERVED_SLUGS),
                name="section_slug_not_reserved",
                violation_error_message=_("This slug is used by the site itself."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address("articles:section", slug=self.slug)
