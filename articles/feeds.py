"""RSS 2.0 and Atom feeds: latest news, and one per section, topic and author."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Author, Section, Topic
from newsroom.site import SiteFeedMixin

FEED_SIZE = 30


class LatestFeed(SiteFeedMixin, Feed):
    description_template = None

    def title(self, obj=None):
        return f"{settings.NEWSROOM_SITE_NAME}: {_('Latest news')}"

    def link(self, obj=None):
        return obj.get_absolute_url() if obj is not None else "/"

    def description(self, obj=None):
        return _("The latest stories from %(site)s.") % {"site": settings.NEWSROOM_SITE_NAME}

    def narrow(self, queryset, obj):
        return queryset

    def items(self, obj=None):
        live = Article.objects.live().for_listing().prefetch_related("topics").newest_first()
        return self.narrow(live, obj)[:FEED_SIZE]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.summary or item.deck

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return f"{settings.NEWSROOM_SITE_NAME}:article:{item.pk}"

    item_guid_is_permalink = False

    # Readers see WIB: dates carry the +07:00 offset, not UTC.
    def item_pubdate(self, item):
        return timezone.localtime(item.published_at)

    def item_updateddate(self, item):
        return timezone.localtime(max(item.updated_at, item.published_at))

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.byline()) or None

    def item_categories(self, item):
        return [item.section.name, *(topic.name for topic in item.topics.all())]


class SectionFeed(LatestFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def title(self, obj=None):
        return f"{settings.NEWSROOM_SITE_NAME}: {obj.name}"

    def narrow(self, queryset, obj):
        return queryset.filter(section=obj)


class TopicFeed(SectionFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def description(self, obj=None):
        return obj.description or super().description(obj)

    def narrow(self, queryset, obj):
        return queryset.by_topic(obj)


class AuthorFeed(SectionFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def narrow(self, queryset, obj):
        return queryset.by_author(obj)


def atom(feed_class):
    """The same feed as Atom 1.0."""
    return type(
        f"Atom{feed_class.__name__}",
        (feed_class,),
        {"feed_type": Atom1Feed, "subtitle": feed_class.description},
    )
