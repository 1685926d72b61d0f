"""Every public page has a fixed query budget, whatever the number of items.

Article, home and list pages have their own tests (test_article_page.py,
test_listings.py); these are the rest: search, feeds, sitemaps, people,
quotes and corrections. The navigation cache is off in tests, so each HTML
page includes its two navigation queries.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import search
from articles.models import Correction, Person
from tests.factories import ArticleFactory, AuthorFactory, QuoteFactory, TopicFactory

BUDGETS = {
    # PostgreSQL reads the newest-matches window first, twice when the last
    # 30 days hold fewer than 201 matches (articles/search.py), and counts
    # those ids instead of asking the database. The section picker and the
    # header both take the navigation: one query each here, none with the
    # fragment cache. The two window queries run within a time budget
    # (articles/time_budget.py): a statement timeout set before each, in a
    # transaction (here, inside the test's, a savepoint) reset at its end.
    "/cari/?q=banjir": 12 if search.uses_postgres() else 6,
    # PostgreSQL: the planner's estimate, then a walk of the newest quotes
    # or a probe of the full-text index (quote_search.search_quotes).
    "/kutipan/?q=banjir": 4 if search.uses_postgres() else 3,
    # A person typed by name: one query to find them (and their other names).
    "/kutipan/?q=banjir&tokoh=Ratna+Wulandari": 5 if search.uses_postgres() else 4,
    # A topic typed by name, and a range of days (no query of its own).
    # PostgreSQL: four estimates (the quotes, their matches, the topic's
    # stories, its quotes) choose how to walk (quote_search._Walk.choose).
    "/kutipan/?q=banjir&topik=banjir&dari=2000-01-01&sampai=2999-12-31": (
        8 if search.uses_postgres() else 4
    ),
    "/koreksi/": 3,
    "/koreksi/feed/": 1,
    "/tokoh/ratna-wulandari/": 6,
    "/tokoh/ratna-wulandari/feed/": 2,
    "/feed/": 3,
    "/feed/atom/": 3,
    "/topik/banjir/feed/": 4,
    "/penulis/dewi/feed/": 4,
    "/nasional/feed/": 4,
    "/sitemap.xml": 4,
    "/sitemap-articles.xml": 2,
    "/sitemap-news.xml": 2,
}


def _stories(n, section, topic, author, person):
    for _ in range(n):
        story = ArticleFactory(
            section=section,
            headline="Banjir di pesisir",
            topics=[topic, TopicFactory()],
            authors=[author, AuthorFactory()],
        )
        QuoteFactory(article=story, text="Banjir surut besok.", person=person)
        Correction.objects.create(article=story, kind=Correction.Kind.RALAT, text="Ralat.")


def _counts(client):
    counts = {}
    for url in BUDGETS:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


@pytest.mark.django_db
def test_public_pages_keep_their_query_budget(client, section):
    section.slug = "nasional"
    section.save()
    topic = TopicFactory(name="Banjir", slug="banjir")
    author = AuthorFactory(name="Dewi", slug="dewi")
    person = Person.objects.create(name="Ratna Wulandari", slug="ratna-wulandari")

    _stories(1, section, topic, author, person)
    few = _counts(client)
    _stories(12, section, topic, author, person)
    many = _counts(client)

    assert few == many
    assert many == BUDGETS
