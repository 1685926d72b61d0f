from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase, TaggedItemBase


class Topic(TagBase):
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            # "KPK" and "kpk" are one topic; taggit's own unique name is case-sensitive.
            models.UniqueConstraint(Lower("name"), name="topic_name_ci_unique"),
        ]

    def get_absolute_url(self):
        return reverse("articles:topic", kwargs={"slug": self.slug})


class TaggedTopic(TaggedItemBase):
    content_object = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="tagged_topics"
    )
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_articles")

    class Meta:
        verbose_name = _("article topic")
        verbose_name_plural = _("article topics")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_topic_unique"),
        ]
        indexes = [
            # Topic pages: all articles of one topic.
            models.Index(fields=["tag", "content_object"], name="tagged_topic_by_topic_idx"),
        ]
