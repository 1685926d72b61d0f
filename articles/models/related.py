from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class RelatedItem:
    """One entry of “Berita Terkait”, whichever way it was chosen."""

    title: str
    url: str
    published_at: datetime | None
    is_external: bool

    @classmethod
    def from_article(cls, article):
        return cls(article.headline, article.get_absolute_url(), article.published_at, False)


class RelatedLinkQuerySet(models.QuerySet):
    def visible(self):
        """External links, and internal ones whose target is live."""
        from articles.models.articles import live_q

        # On the joined target row: `target__in=<live subquery>` made PostgreSQL
        # hash every live article id (14 ms at 20,000 stories).
        return self.filter(Q(target__isnull=True) | live_q("target__"))


class RelatedLink(models.Model):
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="related_links"
    )
    target = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A story of ours. Leave empty for an external link."),
    )
    url = models.URLField(_("external address"), max_length=500, blank=True)
    title = models.CharField(
        _("external title"),
        max_length=300,
        blank=True,
        help_text=_("Required with an external address."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = RelatedLinkQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("related link")
        verbose_name_plural = _("related links")
        constraints = [
            # Exactly one kind: an internal article, or an external URL with a title.
            models.CheckConstraint(
                condition=(
                    Q(target__isnull=False, url="", title="")
                    | Q(target__isnull=True, url__startswith="http", title__gt="")
                ),
                name="related_link_one_kind",
                violation_error_message=_(
                    "Choose either one of our articles, or an external address with a title."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(target=F("article")),
                name="related_link_not_self",
                violation_error_message=_("An article cannot be related to itself."),
            ),
        ]

    def __str__(self):
        return self.title or str(self.target)

    @classmethod
    def shown(cls):
        """The links readers see, with what their items show."""
        # Only the columns an item shows: the target's whole row (body and
        # all) was most of this query's cost to build and to read.
        return (
            cls.objects.visible()
            .select_related("target__section")
            .only(
                "url", "title", "position", "article_id", "target__headline", "target__slug",
                "target__published_at", "target__section__slug",
            )
        )  # fmt: skip

    def as_item(self) -> RelatedItem:
        if self.target_id:
            return RelatedItem.from_article(self.target)
        return RelatedItem(self.title, self.url, None, True)
