from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.addresses import address


class Author(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("E.g. “Wartawan”, “Redaktur”.")
    )
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "articles.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("From the photo library."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address("articles:author", slug=self.slug)


class ArticleAuthor(models.Model):
    """One byline credit; ``position`` keeps the editor's order of authors."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="article_authors"
    )
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="credits"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # The article's published_at while it is published, else NULL: kept by
    # database triggers (migration 0009) for every writer, COPY included.
    live_from = models.DateTimeField(null=True, editable=False)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("byline")
        verbose_name_plural = _("byline")
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="article_author_unique"),
        ]
        indexes = [
            # Author pages: all articles of one author.
            models.Index(fields=["author", "article"], name="article_author_by_author_idx"),
            # Author pages, newest first: a LIMITed walk of one author's
            # entries, not a sort of all of them (100k for a prolific reporter).
            models.Index(
                fields=["author", "-live_from", "-article"],
                condition=Q(live_from__isnull=False),
                name="article_author_live_idx",
            ),
        ]

    def __str__(self):
        return str(self.author)

    @classmethod
    def in_order(cls):
        """Credits with their authors, in the editor's order."""
        return cls.objects.select_related("author").order_by("position", "id")
