"""Searches that run out of time show what they found, and say so."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles import quote_search, search, time_budget
from articles.models import Quote
from articles.time_budget import OverBudget, TimeBudget
from tests.factories import ArticleFactory, QuoteFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not search.uses_postgres(), reason="a statement timeout is PostgreSQL's"),
]


def _setting(name):
    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {name}")
        return cursor.fetchone()[0]


def test_a_query_past_the_budget_is_cancelled_and_the_connection_goes_on():
    before = _setting("statement_timeout")

    with pytest.raises(OverBudget):
        with TimeBudget(ms=50).queries("default", enable_seqscan="off"):
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_sleep(2)")

    # Still inside the test's transaction: only the savepoint was rolled back.
    assert _setting("statement_timeout") == before and _setting("enable_seqscan") == "on"
    assert Quote.objects.count() == 0


def test_settings_end_with_the_queries_that_asked_for_them():
    before = _setting("statement_timeout")
    budget = TimeBudget()

    with budget.queries("default", enable_indexscan="off"):
        assert _setting("enable_indexscan") == "off"
        assert _setting("statement_timeout") != before

    assert _setting("enable_indexscan") == "on" and _setting("statement_timeout") == before


def test_a_spent_budget_runs_nothing_more(monkeypatch):
    budget = TimeBudget(ms=10)
    monkeypatch.setattr(time_budget.time, "monotonic", lambda: budget.deadline)

    with pytest.raises(OverBudget):
        with budget.queries("default"):
            pytest.fail("ran past its budget")


class _RecentOnly(TimeBudget):
    """As if every query after the first overran."""

    calls = 0

    def _arm(self, connection, planner):
        type(self).calls += 1
        if type(self).calls > 1:
            raise OverBudget
        super()._arm(connection, planner)


def test_an_article_search_out_of_time_keeps_the_recent_stories_and_says_so(
    client, section, monkeypatch, settings
):
    settings.NEWSROOM_PAGE_CACHE = True  # it gives shared pages their CDN headers
    monkeypatch.setattr(search, "TimeBudget", _RecentOnly)
    monkeypatch.setattr(_RecentOnly, "calls", 0)
    now = timezone.now()
    ArticleFactory(section=section, headline="Banjir Jakarta kemarin", published_at=now - timedelta(days=1))  # fmt: skip
    ArticleFactory(section=section, headline="Banjir Jakarta dulu", published_at=now - timedelta(days=400))  # fmt: skip

    response = client.get("/cari/", {"q": '"banjir jakarta"'})

    html = response.content.decode()
    assert "Banjir</mark> <mark>Jakarta</mark> kemarin" in html and "dulu" not in html
    assert "1 berita ditemukan." in html
    assert "Tidak semua berita sempat diperiksa" in html
    # Not shared by a CDN: the next reader may get the whole answer.
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    monkeypatch.setattr(_RecentOnly, "calls", -10)
    response = client.get("/cari/", {"q": '"banjir jakarta"'})
    html = response.content.decode()
    assert "dulu" in html and "Tidak semua berita" not in html
    assert "s-maxage" in response["Cache-Control"]


def test_a_quote_search_out_of_time_shows_what_the_newest_quotes_hold(
    client, section, monkeypatch, settings
):
    settings.NEWSROOM_PAGE_CACHE = True  # it gives shared pages their CDN headers
    monkeypatch.setattr(quote_search, "QUOTE_WALK", 2)
    monkeypatch.setattr(quote_search._Walk, "choose", lambda *args: ("quotes", True))

    def out_of_time(*args):
        raise OverBudget

    monkeypatch.setattr(quote_search, "_probe", out_of_time)
    now = timezone.now()
    for days, text in ((3, "Pompa lama"), (2, "Jalan ditutup"), (1, "Pompa baru")):
        QuoteFactory(article=ArticleFactory(section=section, published_at=now - timedelta(days=days)), text=text)  # fmt: skip

    response = client.get("/kutipan/", {"q": "pompa"})

    html = response.content.decode()
    assert "Pompa</mark> baru" in html and "lama" not in html
    assert "1 kutipan ditemukan." in html
    assert "Tidak semua kutipan sempat diperiksa" in html
    assert "no-store" in response["Cache-Control"]


def test_a_quote_search_whose_walk_finishes_after_the_probe_ran_out_is_complete(
    client, section, monkeypatch
):
    # The estimates sent it to the probe first; the walk then read them all.
    monkeypatch.setattr(quote_search._Walk, "choose", lambda *args: ("quotes", False))

    def out_of_time(*args):
        raise OverBudget

    monkeypatch.setattr(quote_search, "_probe", out_of_time)
    QuoteFactory(article=ArticleFactory(section=section), text="Pompa baru")

    html = client.get("/kutipan/", {"q": "pompa"}).content.decode()

    assert "1 kutipan ditemukan." in html and "Tidak semua kutipan" not in html
