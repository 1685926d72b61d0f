from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Newest story first, then the story's own order; quote_person_live_idx and
# quote_live_idx hold it.
NEWEST_FIRST = ("-live_from", "-article_id", "position")


class QuoteQuerySet(models.QuerySet):
    def newest_first(self):
        """Newest story first: a walk of quote_person_live_idx (or of
        quote_live_idx), which live_from <= now lets the planner use;
        live_q() still decides who may see a quote."""
        return self.filter(live_from__lte=timezone.now()).order_by(*NEWEST_FIRST)

    def in_topic(self, topic):
        """Quotes from the topic's stories, looked up by the quote's story
        id without reading the story."""
        tags = topic.tagged_articles.filter(content_object_id=OuterRef("article_id"))
        return self.filter(Exists(tags))


class Quote(models.Model):
    """A statement made by a named speaker, kept as data rather than only as body text."""

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(
        _("quotation"), help_text=_("The words as spoken, without quote marks.")
    )
    person = models.ForeignKey(
        "articles.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        help_text=_("Links the statement to everything else this person said."),
    )
    speaker = models.CharField(_("speaker"), max_length=160, help_text=_("The name as printed."))
    speaker_role = models.CharField(
        _("speaker's role"),
        max_length=200,
        blank=True,
        help_text=_("The role at the time of the statement, e.g. “Kepala Dinas Perhubungan”."),
    )
    context = models.CharField(
        _("context"),
        max_length=200,
        blank=True,
        help_text=_("Where and when it was said, e.g. “Jakarta, Kamis (19/6)”."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_pull_quote = models.BooleanField(
        _("pull quote"), default=False, help_text=_("Highlight this quote on the article page.")
    )
    # As ArticleAuthor.live_from: the article's published_at while published,
    # kept by the database (migration 0012).
    live_from = models.DateTimeField(null=True, editable=False)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="quote_text_required"),
            models.CheckConstraint(condition=~Q(speaker=""), name="quote_speaker_required"),
        ]
        indexes = [
            # A person's statements and the quote search, newest story first;
            # with the id, the search merges them with a topic's stories
            # from the index alone (articles/quote_search.py).
            models.Index(
                fields=["person", "-live_from", "-article", "position"],
                include=["id"],
                condition=Q(live_from__isnull=False),
                name="quote_person_live_idx",
            ),
            # The quote search's newest matches of a common word.
            models.Index(
                fields=["-live_from", "-article", "position"],
                include=["id"],
                condition=Q(live_from__isnull=False),
                name="quote_live_idx",
            ),
        ]

    def __str__(self):
        return f"{self.speaker}: {self.text[:60]}"
