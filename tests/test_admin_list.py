"""The admin article list: filters, date drill-down, search and counts that
stay cheap at a million articles (articles/admin/changelist.py)."""

from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import search
from articles.models import Article
from articles.pagination import EstimatedCountPaginator
from tests.factories import ArticleFactory, AuthorFactory, TopicFactory

LIST = "/admin/articles/article/"


def _listed(response):
    return {article.headline for article in response.context["cl"].result_list}


@pytest.mark.django_db
def test_topic_and_author_filters_without_distinct(editor_client):
    topic, author = TopicFactory(name="Pemilu"), AuthorFactory(name="Rina")
    ArticleFactory(headline="Tentang pemilu", topics=[topic], authors=[author])
    ArticleFactory(headline="Tentang banjir")

    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(LIST, {"topik": topic.pk})
    assert response.status_code == 200
    assert _listed(response) == {"Tentang pemilu"}
    assert not any("DISTINCT" in q["sql"] for q in queries.captured_queries if "body" in q["sql"])

    assert _listed(editor_client.get(LIST, {"penulis": author.pk})) == {"Tentang pemilu"}


@pytest.mark.django_db
def test_a_nonsense_filter_value_lists_nothing_instead_of_failing(editor_client):
    ArticleFactory(topics=[TopicFactory()])
    response = editor_client.get(LIST, {"topik": "satu"})
    assert response.status_code == 200 and _listed(response) == set()


@pytest.mark.django_db
@pytest.mark.filterwarnings("ignore:DateTimeField Article.published_at received a naive")
@pytest.mark.parametrize(
    "lookup", [{"published_at__year": 9999}, {"published_at__gte": "0001-01-01"}]
)
def test_a_date_no_datetime_can_hold_is_a_bad_filter_not_an_error(editor_client, lookup):
    response = editor_client.get(LIST, lookup, follow=True)

    # The admin's "?e=1" (SQLite cannot write year 1 in UTC; PostgreSQL can, and lists).
    assert response.status_code == 200
    assert response.redirect_chain in ([], [(f"{LIST}?e=1", 302)])
    if "published_at__year" in lookup:
        assert response.redirect_chain == [(f"{LIST}?e=1", 302)]


@pytest.mark.django_db
def test_date_drill_down_offers_only_years_and_months_with_stories(editor_client):
    def at(year, month):
        return timezone.make_aware(datetime(year, month, 15, 10))

    for year, month in [(2021, 3), (2023, 1), (2023, 11)]:
        ArticleFactory(published_at=at(year, month))

    html = editor_client.get(LIST).content.decode()
    assert "published_at__year=2021" in html and "published_at__year=2023" in html
    assert "published_at__year=2022" not in html

    html = editor_client.get(LIST, {"published_at__year": 2023}).content.decode()
    assert "published_at__month=1" in html and "published_at__month=11" in html
    assert "published_at__month=6" not in html


@pytest.mark.django_db
def test_search_finds_headline_deck_and_body_words(editor_client):
    ArticleFactory(headline="Gempa di Cianjur", body="<p>Warga mengungsi.</p>")
    ArticleFactory(headline="Harga beras", body="<p>Pasar Cianjur ramai.</p>")
    ArticleFactory(headline="Lain", deck="Soal cianjur juga")
    ArticleFactory(headline="Tidak terkait")

    found = _listed(editor_client.get(LIST, {"q": "cianjur"}))

    assert found == {"Gempa di Cianjur", "Harga beras", "Lain"}


@pytest.mark.django_db
@pytest.mark.skipif(not search.uses_postgres(), reason="PostgreSQL's planner estimate")
def test_big_filtered_counts_are_estimated_not_counted(monkeypatch):
    ArticleFactory.create_batch(6, published_at=timezone.now() - timedelta(days=1))
    monkeypatch.setattr(EstimatedCountPaginator, "exact_below", 3)
    live = Article.objects.filter(status=Article.Status.PUBLISHED).order_by("-published_at")

    with CaptureQueriesContext(connection) as queries:
        count = EstimatedCountPaginator(live, 2).count

    assert count >= 4  # more than the exact limit: the planner's figure
    assert "LIMIT 4" in queries.captured_queries[0]["sql"]
    assert queries.captured_queries[1]["sql"].startswith("EXPLAIN")
