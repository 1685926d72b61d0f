"""Structured data (schema.org JSON-LD) for public pages, built as plain dicts."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.site import absolute_url


def _iso(value):
    # +07:00, the offset readers live in, rather than UTC's Z.
    return timezone.localtime(value).isoformat(timespec="seconds")


def publisher():
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.NEWSROOM_SITE_NAME,
        "url": absolute_url("/"),
    }


def breadcrumbs(trail):
    """trail: [(name, path)], the home page first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": index,
                "name": name,
                "item": absolute_url(path),
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


def quotation(quote):
    creator = {"@type": "Person", "name": quote.speaker}
    if quote.person_id:
        creator["url"] = absolute_url(quote.person.get_absolute_url())
    if quote.speaker_role:
        creator["jobTitle"] = quote.speaker_role
    return {"@type": "Quotation", "text": quote.text, "creator": creator}


def news_article(article, *, byline, topics, quotes=(), image_url=None):
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
        "mainEntityOfPage": absolute_url(article.get_absolute_url()),
        "dateModified": _iso(modified),
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": absolute_url(author.get_absolute_url()),
            }
            for author in byline
        ],
        "publisher": publisher(),
        "articleSection": article.section.name,
        "keywords": [topic.name for topic in topics],
        "inLanguage": settings.LANGUAGE_CODE,
    }
    if quotes:
        data["hasPart"] = [quotation(quote) for quote in quotes]
    if article.published_at:
        data["datePublished"] = _iso(article.published_at)
    if image_url:
        data["image"] = [absolute_url(image_url)]
    return data


def collection_page(*, name, description, path):
    return {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": name,
        "description": description,
        "url": absolute_url(path),
        "isPartOf": {
            "@type": "WebSite",
            "name": settings.NEWSROOM_SITE_NAME,
            "url": absolute_url("/"),
        },
    }
