from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.utils import timezone

from articles.models import Article, Section, Topic

NEWS_WINDOW = timedelta(hours=48)


class ArticleSitemap(Sitemap):
    limit = 5000
    changefreq = "hourly"

    def items(self):
        return (
            Article.objects.live()
            .select_related("section")
            .order_by("-published_at", "-id")
            .only("pk", "slug", "section__slug", "published_at", "updated_at")
        )

    def lastmod(self, item):
        return max(item.updated_at, item.published_at)


class SectionSitemap(Sitemap):
    changefreq = "hourly"

    def items(self):
        return Section.objects.all()


class TopicSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return (
            Topic.objects.filter(tagged_articles__content_object__in=Article.objects.live())
            .distinct()
            .order_by("pk")
        )


class NewsSitemap(ArticleSitemap):
    """Google News: only what was published in the last 48 hours."""

    limit = 1000

    def items(self):
        return (
            Article.objects.live()
            .filter(published_at__gte=timezone.now() - NEWS_WINDOW)
            .select_related("section")
            .order_by("-published_at", "-id")
        )


SITEMAPS = {"articles": ArticleSitemap, "sections": SectionSitemap, "topics": TopicSitemap}
