from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase, TaggedItemBase

from articles.addresses import address
from articles.fields import NameKeyField
from articles.text import name_key


class TopicQuerySet(models.QuerySet):
    def matching(self, name: str):
        """The topic called ``name`` or known by it as an alias, ignoring case and accents."""
        key = name_key(name)
        return self.filter(Q(name_key=key) | Q(aliases__name_key=key)).distinct()

    def featured(self):
        return self.filter(is_featured=True).order_by("name")


class Topic(TagBase):
    # "KPK", "kpk" and "Kpk" are one topic; so are "Café" and "cafe".
    name_key = NameKeyField(max_length=100, unique=True, null=True)
    description = models.TextField(_("description"), blank=True)
    image = models.ForeignKey(
        "articles.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pinned_article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("pinned story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown first on the topic page while it is live."),
    )
    is_featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Show in the navigation and on the home page.")
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(Lower("name"), name="topic_name_ci_unique"),
        ]

    def get_absolute_url(self):
        return address("articles:topic", slug=self.slug)


class TaggedTopic(TaggedItemBase):
    content_object = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="tagged_topics"
    )
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_articles")
    # As ArticleAuthor.live_from: the article's published_at while published.
    live_from = models.DateTimeField(null=True, editable=False)

    class Meta:
        verbose_name = _("article topic")
        verbose_name_plural = _("article topics")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_topic_unique"),
        ]
        indexes = [
            # Topic pages: all articles of one topic.
            models.Index(fields=["tag", "content_object"], name="tagged_topic_by_topic_idx"),
            # Topic pages and related stories, newest first (see ArticleAuthor).
            models.Index(
                fields=["tag", "-live_from", "-content_object"],
                condition=Q(live_from__isnull=False),
                name="tagged_topic_live_idx",
            ),
        ]


class TopicAlias(models.Model):
    """Another name that leads to a topic ("Komisi Pemberantasan Korupsi" → KPK)."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("other name"), max_length=100)
    name_key = NameKeyField(max_length=100, unique=True)

    class Meta:
        verbose_name = _("other name")
        verbose_name_plural = _("other names")

    def __str__(self):
        return self.name
