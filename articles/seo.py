"""Structured data (schema.org JSON-LD) for public pages, built as plain dicts."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _


def _iso(value):
    # +07:00, the offset readers live in, rather than UTC's Z.
    return timezone.localtime(value).isoformat(timespec="seconds")


def publisher(request):
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.NEWSROOM_SITE_NAME,
        "url": request.build_absolute_uri("/"),
    }


def breadcrumbs(request, trail):
    """trail: [(name, path)], the home page first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": index,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for index, (name, path) in enumerate(trail, start=1)
        ],
    }


def article_trail(article):
    return [
        (_("Home"), "/"),
        (article.section.name, article.section.get_absolute_url()),
        (article.headline, article.get_absolute_url()),
    ]


def news_article(request, article, *, byline, topics, image_url=None):
    modified = (
        max(article.updated_at, article.published_at)
        if article.published_at
        else article.updated_at
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.summary or article.deck,
        "mainEntityOfPage": request.build_absolute_uri(article.get_absolute_url()),
        "dateModified": _iso(modified),
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": request.build_absolute_uri(author.get_absolute_url()),
            }
            for author in byline
        ],
        "publisher": publisher(request),
        "articleSection": article.section.name,
        "keywords": [topic.name for topic in topics],
        "inLanguage": settings.LANGUAGE_CODE,
    }
    if article.published_at:
        data["datePublished"] = _iso(article.published_at)
    if image_url:
        data["image"] = [request.build_absolute_uri(image_url)]
    return data


def collection_page(request, *, name, description, path):
    return {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": name,
        "description": description,
        "url": request.build_absolute_uri(path),
        "isPartOf": {
            "@type": "WebSite",
            "name": settings.NEWSROOM_SITE_NAME,
            "url": request.build_absolute_uri("/"),
        },
    }
