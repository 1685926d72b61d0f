import re

from django.conf import settings
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from articles.addresses import address
from articles.fields import SanitizedHTMLField
from articles.models.neighbours import neighbour_rows
from articles.models.ranking import RELATED_TOPICS, ranked_ids, shared_topic_count
from articles.models.related import RelatedItem
from articles.models.sorting import fetch_in_order
from articles.models.topics import TaggedTopic

WORDS_PER_MINUTE = 200
# The body is sanitised on save (articles/fields.py), so every "<" opens a
# tag; a regex counts its words in a sixth of strip_tags()'s time.
TAG = re.compile(r"<[^>]*>")


def live_q(prefix: str = "", now=None) -> Q:
    """What the public may see: published and due (by `now`, the present
    unless given). The only definition of it; `prefix` applies it to a
    joined article (e.g. "target__") in the same query."""
    return Q(
        **{
            f"{prefix}status": Article.Status.PUBLISHED,
            f"{prefix}published_at__lte": timezone.now() if now is None else now,
        }
    )


class ArticleQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live_q())

    def scheduled(self):
        """Published but not yet due: embargoed until published_at."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def retracted(self):
        """Withdrawn in public: the address answers 410 with the reason."""
        return self.filter(status=Article.Status.RETRACTED)

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    # Author and topic pages walk the byline's (or tag's) live_from index
    # newest first and stop at the page (migration 0009); live() still decides.
    def by_author(self, author):
        """Stories credited to `author`, newest first."""
        return self.filter(
            article_authors__author=author, article_authors__live_from__lte=timezone.now()
        ).order_by("-article_authors__live_from", "-article_authors__article_id")

    def by_topic(self, topic):
        """Stories tagged with `topic`, newest first."""
        return self.filter(
            tagged_topics__tag=topic, tagged_topics__live_from__lte=timezone.now()
        ).order_by("-tagged_topics__live_from", "-tagged_topics__content_object_id")

    def with_bylines(self):
        """Section, lead photo and authors in editor order, in fixed queries."""
        from articles.models.authors import ArticleAuthor

        # to_attr: a plain list. Reading a prefetched relation through
        # .all() clones its queryset, deep-copying select_related, for every
        # item of a list (5 ms of the home page).
        return self.select_related("section", "lead_image").prefetch_related(
            Prefetch("article_authors", queryset=ArticleAuthor.in_order(), to_attr="credits")
        )

    def for_listing(self):
        """Everything a list item (includes/article_item.html) shows. Bodies are
        most of a row and no list shows them."""
        return self.with_bylines().defer("body")

    def for_article_links(self, pk):
        """The story `pk` among these with what its links to other stories
        need (Article.page_links(), Article.related_items()), or None."""
        found = self.filter(pk=pk).order_by().only("section_id", "published_at", "next_article_id")
        article = next(iter(found), None)
        if article is not None:
            article.read_link_parts()
        return article

    def for_article_page(self, pk):
        """The story `pk` among these, with everything its page shows, or None."""
        # Unordered: ordering one row by the default ordering cost 0.15 ms to compile.
        found = self.select_related("section", "lead_image").filter(pk=pk).order_by()
        article = next(iter(found), None)
        if article is not None:
            article.read_page_parts()
        return article


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")
        RETRACTED = "retracted", _("Retracted")

    headline = models.CharField(_("headline"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        help_text=_("Part of the address. Changing it later keeps old links working."),
    )
    deck = models.CharField(
        _("deck"),
        max_length=300,
        blank=True,
        help_text=_("One-sentence standfirst under the headline."),
    )
    dateline = models.CharField(
        _("dateline"),
        max_length=80,
        blank=True,
        help_text=_("Where the story was reported, e.g. “Jakarta”. The outlet code is added."),
    )
    section = models.ForeignKey(
        "articles.Section",
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    authors = models.ManyToManyField(
        "articles.Author",
        verbose_name=_("authors"),
        through="articles.ArticleAuthor",
        related_name="articles",
        blank=True,
    )
    body = SanitizedHTMLField(_("body"), blank=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("For lists, search results and sharing.")
    )
    topics = TaggableManager(
        verbose_name=_("topics"), through=TaggedTopic, blank=True, help_text=""
    )
    # PROTECT: a photo a story shows cannot be deleted from the library.
    lead_image = models.ForeignKey(
        "articles.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Type to search the photo library by caption, credit or description."),
    )
    lead_image_caption = models.CharField(
        _("lead image caption"),
        max_length=500,
        blank=True,
        help_text=_("For this story only. Leave empty to use the photo's own caption."),
    )
    next_article = models.ForeignKey(
        "self",
        verbose_name=_("next article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("“Berita Selanjutnya”. Leave empty to use the next story in the section."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("A future time schedules (embargoes) the story until then."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    legacy_id = models.PositiveBigIntegerField(
        _("legacy id"),
        null=True,
        blank=True,
        unique=True,
        help_text=_("The id in the previous system: /read/detail/<id>-<slug> redirects here."),
    )
    retraction_reason = models.TextField(
        _("retraction reason"),
        blank=True,
        editable=False,
        help_text=_("Shown to readers at the article's address after a retraction."),
    )
    retracted_at = models.DateTimeField(_("retracted at"), null=True, blank=True, editable=False)
    # Optimistic lock: bumped on every editorial save.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish, schedule, return, unpublish and retract")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_time",
                violation_error_message=_("A published article needs a publication time."),
            ),
            models.CheckConstraint(
                condition=~Q(next_article=models.F("id")),
                name="article_next_not_self",
                violation_error_message=_("An article cannot be its own next story."),
            ),
            models.CheckConstraint(
                condition=~Q(status="retracted") | ~Q(retraction_reason=""),
                name="article_retraction_has_reason",
            ),
            models.CheckConstraint(condition=~Q(headline=""), name="article_headline_required"),
            models.CheckConstraint(condition=~Q(slug=""), name="article_slug_required"),
        ]
        indexes = [
            # Home page and "next live article": newest live stories first.
            models.Index(
                fields=["-published_at", "-id"],
                condition=Q(status="published"),
                name="article_live_latest_idx",
            ),
            # Section pages and per-section home blocks.
            models.Index(
                fields=["section", "-published_at", "-id"],
                condition=Q(status="published"),
                name="article_live_section_idx",
            ),
            # The admin's list, every status, newest first (and its date
            # drill-down's MIN/MAX): a sort of every row otherwise.
            models.Index(fields=["-published_at", "-id"], name="article_newest_idx"),
            # Admin list filtered by status.
            models.Index(fields=["status", "-updated_at"], name="article_status_idx"),
            # Topic and author pages: from the topic's (or author's) article
            # ids, read each one's liveness and time from this index alone, no
            # table rows (an index-only join, then a top-N sort). Without it
            # PostgreSQL walks every live story newest first looking for the
            # topic's: 0.3 s for a topic with 1 % of a million stories.
            # (A two-column key rather than INCLUDE, which SQLite lacks: the
            # same index-only scan on PostgreSQL, no warning on SQLite.)
            models.Index(
                fields=["id", "published_at"],
                condition=Q(status="published"),
                name="article_live_pk_published_idx",
            ),
        ]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return address("articles:article", section=self.section.slug, pk=self.pk, slug=self.slug)

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def lead_caption(self) -> str:
        """The lead photo's caption on this story: the override, else the library's."""
        if self.lead_image_caption:
            return self.lead_image_caption
        return self.lead_image.caption if self.lead_image_id else ""

    def byline(self):
        """Authors in their editor-given order (uses the prefetch from with_bylines())."""
        from articles.models.authors import ArticleAuthor

        credits = getattr(self, "credits", None)
        if credits is None:
            credits = ArticleAuthor.in_order().filter(article=self)
        return [credit.author for credit in credits]

    @property
    def reading_minutes(self) -> int:
        words = len(TAG.sub(" ", self.body).split())
        return max(1, round(words / WORDS_PER_MINUTE))

    def read_page_parts(self):
        """Bylines, quotes, corrections and topics, one query each, filtered
        on this story's id: for a single story Django's prefetch machinery
        cost more than the queries themselves. The editor's links are left
        to related_items(): the page's links to other stories are usually
        kept already (articles/views/article.py)."""
        from articles.models.authors import ArticleAuthor
        from articles.models.quotes import Quote
        from articles.models.workflow import Correction

        mine = {"article_id": self.pk}
        self.credits = fetch_in_order(ArticleAuthor.in_order().filter(**mine))
        self.quoted = fetch_in_order(Quote.objects.select_related("person").filter(**mine))
        self.listed_corrections = fetch_in_order(Correction.objects.filter(**mine))
        self.read_topics()

    def read_topics(self):
        from articles.models.topics import Topic

        # By name: the database's collation decides, as on every topic list.
        self.listed_topics = list(Topic.objects.filter(tagged_articles__content_object_id=self.pk))

    def read_link_parts(self):
        """What the links to other stories start from: the topics and the
        editor's links, one query each."""
        self.read_topics()
        self.read_links()

    def read_links(self):
        from articles.models.related import RelatedLink

        self.links = fetch_in_order(RelatedLink.shown().filter(article_id=self.pk))

    def page_topics(self):
        listed = getattr(self, "listed_topics", None)
        return list(self.topics.all()) if listed is None else listed

    def page_links(self):
        """(older, newer, next) for the article page, in one query (two if
        another story of the section has the very same time): the live
        stories either side of this one in its section, and “Berita
        Selanjutnya” — the editor's choice if it is live, else the newer
        neighbour, else the older one. A draft's preview has no place in the
        order: its “older” is the section's newest story."""
        at, pk = self.published_at, self.pk
        # A time to the whole second (typed in, or imported from an archive)
        # may well be shared by other stories of the section.
        exact = at is not None and at.microsecond == 0
        found = neighbour_rows(self, exact=exact)
        if at is not None and not exact and any(story.published_at == at for story in found):
            # The same moment as another story: only the id tells which side
            # each is on, and the nearest may be yet another one.
            found = neighbour_rows(self, exact=True)
        place = (at, pk)

        def key(story):
            return (story.published_at, story.pk)

        # The neighbours are the nearest rows of the section on either side;
        # the editor's choice, if it is in the section too, is never nearer.
        beside = [story for story in found if story.section_id == self.section_id]
        before = [story for story in beside if at is None or key(story) < place]
        after = [story for story in beside if at is not None and key(story) > place]
        older = max(before, key=key, default=None)
        newer = min(after, key=key, default=None)
        chosen = next((story for story in found if story.pk == self.next_article_id), None)
        return older, newer, chosen or newer or older

    def next_live(self):
        return self.page_links()[2]

    def sharing_topics(self, limit: int):
        """Up to `limit` live stories sharing the most of this one's topics,
        most shared first, then the newest (articles/models/ranking.py)."""
        topic_ids = [topic.pk for topic in self.page_topics()][:RELATED_TOPICS]
        if not topic_ids:
            return Article.objects.none()
        ranked = ranked_ids(topic_ids, exclude=self.pk, now=timezone.now(), limit=limit)
        return (
            Article.objects.live()
            .filter(pk__in=ranked)
            .annotate(shared_topics=shared_topic_count(topic_ids, Article._meta.db_table))
            .select_related("section")
            .only("headline", "slug", "published_at", "section__slug")
            .order_by("-shared_topics", "-published_at", "-id")
        )

    def related_items(self, limit: int = 4):
        """“Berita Terkait”: the editor's links that are visible, else live
        stories sharing the most topics. Uses the links read_link_parts()
        read, if it ran."""
        if getattr(self, "links", None) is None:
            self.read_links()
        links = [link.as_item() for link in self.links]
        if links:
            return links
        return [RelatedItem.from_article(article) for article in self.sharing_topics(limit)]
