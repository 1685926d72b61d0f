from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Redirect(models.Model):
    """An old address that answers 301: to a new path or to an article."""

    old_path = models.CharField(
        _("old address"),
        max_length=500,
        unique=True,
        help_text=_("The path only, starting with “/”, e.g. /berita/lama/."),
    )
    new_path = models.CharField(_("new address"), max_length=500, blank=True)
    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        constraints = [
            models.CheckConstraint(
                condition=(Q(new_path="") & Q(article__isnull=False))
                | (Q(new_path__startswith="/") & Q(article__isnull=True)),
                name="redirect_one_target",
                violation_error_message=_(
                    "Give either a new address starting with “/” or an article, not both."
                ),
            ),
            models.CheckConstraint(
                condition=Q(old_path__startswith="/"), name="redirect_old_path_absolute"
            ),
            models.CheckConstraint(
                condition=~Q(old_path=models.F("new_path")), name="redirect_not_to_itself"
            ),
        ]

    def __str__(self):
        return self.old_path

    def target(self) -> str:
        return self.article.get_absolute_url() if self.article_id else self.new_path


class TopicRedirect(models.Model):
    """A merged topic's old slug keeps answering, forever."""

    old_slug = models.CharField(max_length=100, unique=True)
    topic = models.ForeignKey("articles.Topic", on_delete=models.CASCADE, related_name="old_slugs")

    def __str__(self):
        return f"{self.old_slug} → {self.topic_id}"
