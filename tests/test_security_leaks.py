"""Leaks: an article that is not live shows up on no public surface.

For each non-live state the hidden article shares everything a live one could
lead to it by: section, topic, author, quoted person, a related link, the
"next" override, a correction, reads for "Terpopuler", a legacy address.
"""

import pickle
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article, Correction, Person, ReadCount
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    QuoteFactory,
    RelatedLinkFactory,
    TopicFactory,
)

HEADLINE = "Rahasiaxyz Menteri Mundur"
# Searched for (and so echoed in the search box); SECRET must never appear.
BODY_WORD = "Isirahasiaxyz"
QUOTE_WORD = "Kutipanrahasiaxyz"
SECRET = "Bocoranxyz"

STATES = {
    "draft": {"status": Article.Status.DRAFT, "published_at": None},
    "in_review": {"status": Article.Status.IN_REVIEW, "published_at": None},
    "scheduled": {"status": Article.Status.PUBLISHED, "published_at": timedelta(hours=2)},
    "unpublished": {"status": Article.Status.UNPUBLISHED, "published_at": -timedelta(hours=2)},
}


def _hidden(state, section, topic, author, person):
    fields = dict(STATES[state])
    if fields["published_at"] is not None:
        fields["published_at"] = timezone.now() + fields["published_at"]
    hidden = ArticleFactory(
        section=section,
        headline=HEADLINE,
        slug="rahasia-menteri-mundur",
        deck=f"Subjudul {SECRET}",
        body=f"<p>{BODY_WORD} {SECRET}.</p>",
        summary=f"Ringkasan {SECRET}",
        topics=[topic],
        authors=[author],
        legacy_id=4242,
        **fields,
    )
    QuoteFactory(article=hidden, text=f"{QUOTE_WORD} {SECRET}", speaker=person.name, person=person)
    Correction.objects.create(article=hidden, kind=Correction.Kind.RALAT, text=SECRET)
    ReadCount.objects.create(article=hidden, hour=timezone.now().replace(minute=0), count=999)
    return hidden


def _public_urls(hidden, live, topic, author, person):
    day = timezone.localtime(hidden.published_at or timezone.now()).date().isoformat()
    section = hidden.section.slug
    return [
        "/",
        f"/{section}/",
        f"/{section}/feed/",
        f"/{section}/feed/atom/",
        topic.get_absolute_url(),
        f"{topic.get_absolute_url()}feed/",
        f"{topic.get_absolute_url()}feed/atom/",
        author.get_absolute_url(),
        f"{author.get_absolute_url()}feed/",
        person.get_absolute_url(),
        f"{person.get_absolute_url()}feed/",
        f"/kutipan/?q={QUOTE_WORD}",
        "/kutipan/",
        f"/cari/?q={BODY_WORD}",
        "/cari/?q=Rahasiaxyz",
        f"/indeks/?tanggal={day}",
        "/indeks/",
        "/feed/",
        "/feed/atom/",
        "/koreksi/",
        "/koreksi/feed/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/sitemap-news.xml",
        "/sitemap-topics.xml",
        live.get_absolute_url(),  # its related and "next" blocks
        hidden.get_absolute_url(),  # the 404 page
        f"/{section}/{hidden.pk}/",
        f"/{section}/{hidden.pk}/other-slug/",
        "/read/detail/4242-rahasia-menteri-mundur.html",
        f"/pratinjau/{hidden.pk}/",  # anonymous: the login redirect
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("state", list(STATES))
def test_no_public_surface_reveals_an_article_that_is_not_live(client, section, state):
    cache.clear()
    topic = TopicFactory(name="Politik", slug="politik")
    author = AuthorFactory(name="Dewi Lestari", slug="dewi-lestari")
    person = Person.objects.create(name="Bima Santoso", slug="bima-santoso")
    hidden = _hidden(state, section, topic, author, person)
    live = ArticleFactory(section=section, topics=[topic], authors=[author], next_article=hidden)
    QuoteFactory(article=live, speaker=person.name, person=person)
    RelatedLinkFactory(article=live, target=hidden)

    for url in _public_urls(hidden, live, topic, author, person):
        response = client.get(url)
        content = response.content.decode()

        assert response.status_code in (200, 302, 404), url
        # A page may echo its own address (the language switch's "next").
        secrets = (HEADLINE, SECRET) if hidden.slug in url else (HEADLINE, SECRET, hidden.slug)
        for secret in secrets:
            assert secret not in content, (url, secret)
        assert hidden.slug not in response.get("Location", ""), url

    # Nothing the pages cached holds it either (local-memory cache in tests).
    for value in getattr(cache, "_cache", {}).values():
        stored = value if isinstance(value, bytes) else pickle.dumps(value)
        assert HEADLINE.encode() not in stored and SECRET.encode() not in stored
