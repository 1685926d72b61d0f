"""The recent-stories search index (articles/search_index.py)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from articles import search, search_index
from articles.models import Article
from tests.factories import ArticleFactory

postgres_only = pytest.mark.skipif(
    not search.uses_postgres(), reason="the recent index is PostgreSQL's"
)


@pytest.mark.parametrize(
    ("now", "start"),
    [
        (datetime(2026, 11, 26, 22, 0, tzinfo=UTC), "2026-09-01"),
        (datetime(2026, 3, 1, 0, 30, tzinfo=UTC), "2025-12-01"),
        (datetime(2027, 1, 31, 23, 59, tzinfo=UTC), "2026-12-01"),
    ],
)
def test_the_boundary_is_the_first_of_a_month_two_windows_back(now, start):
    assert search_index.boundary(now).isoformat() == start


def test_a_built_index_serves_every_recent_search_for_a_month():
    built = datetime(2026, 3, 1, tzinfo=UTC)
    start = datetime.combine(search_index.boundary(built), datetime.min.time(), tzinfo=UTC)

    for day in range(32):
        searched_from = built + timedelta(days=day) - timedelta(days=search.SEARCH_RECENT_DAYS)
        assert searched_from >= start


@pytest.mark.django_db
@postgres_only
def test_migrations_build_it_and_searches_of_recent_stories_can_use_it(section):
    ArticleFactory(section=section, headline="Banjir bandang di Garut")
    assert search_index.current_boundary() <= search_index.boundary(timezone.now())

    with connection.cursor() as cursor:
        # Inside the test's transaction, rolled back afterwards: with every
        # other index gone (but the constraints'), only the recent one can
        # answer, and only if the query's date bound implies its own.
        cursor.execute(
            "SELECT indexrelid::regclass::text FROM pg_index i WHERE indrelid = "
            "'articles_article'::regclass AND indexrelid::regclass::text <> %s "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
            [search_index.INDEX],
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f"DROP INDEX {name}")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        recent = timezone.now() - timedelta(days=search.SEARCH_RECENT_DAYS)
        window = (
            Article.objects.live()
            .filter(search.SearchMatch("banjir"), published_at__gt=recent)
            .values("pk")
        )
        sql, params = window.query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert search_index.INDEX in plan


@pytest.mark.django_db(transaction=True)
@postgres_only
def test_refresh_moves_the_boundary_and_search_still_finds_everything(client, section):
    ArticleFactory(section=section, headline="Gempa guncang Cianjur")
    later = timezone.now() + timedelta(days=92)
    try:
        assert search_index.refresh(now=later) == search_index.boundary(later)
        assert search_index.current_boundary() == search_index.boundary(later)
        html = client.get("/cari/", {"q": "gempa"}).content.decode()
        assert "1 berita ditemukan" in html and "guncang Cianjur" in html
    finally:
        search_index.refresh()

    assert search_index.current_boundary() == search_index.boundary(timezone.now())


@pytest.mark.django_db(transaction=True)
def test_the_command_says_what_it_did(capsys):
    call_command("refresh_search_index")

    out = capsys.readouterr().out
    if search.uses_postgres():
        assert f"stories from {search_index.boundary(timezone.now()).isoformat()} on" in out
    else:
        assert "Nothing to do" in out
