"""fetch_in_order(): a story's few related rows, sorted in Python as the database would."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticleAuthor, Correction, Quote
from articles.models.sorting import fetch_in_order
from tests.factories import ArticleFactory, AuthorFactory, QuoteFactory


@pytest.mark.django_db
def test_rows_come_in_the_querysets_own_order_without_an_order_by():
    story = ArticleFactory(authors=AuthorFactory.create_batch(3))
    credits = ArticleAuthor.objects.filter(article=story)
    credits.filter(position=0).update(position=7)  # now last, whatever the ids say
    expected = list(ArticleAuthor.in_order().filter(article=story))

    with CaptureQueriesContext(connection) as queries:
        found = fetch_in_order(ArticleAuthor.in_order().filter(article=story))

    assert found == expected and found[-1].position == 7
    assert len(queries) == 1 and "ORDER BY" not in queries[0]["sql"]


@pytest.mark.django_db
def test_meta_ordering_applies_descending_fields_and_ties_decided_by_id():
    story = ArticleFactory()
    made = [
        Correction.objects.create(article=story, kind=Correction.Kind.RALAT, text=f"Ralat {n}.")
        for n in range(4)
    ]
    same_moment = made[0].created_at
    Correction.objects.filter(pk__in=[made[1].pk, made[2].pk]).update(created_at=same_moment)

    found = fetch_in_order(Correction.objects.filter(article=story))

    assert found == list(Correction.objects.filter(article=story))  # -created_at, -id
    assert [c.pk for c in found[1:]] == [made[2].pk, made[1].pk, made[0].pk]


@pytest.mark.django_db
def test_an_unordered_queryset_keeps_the_databases_order():
    story = ArticleFactory()
    QuoteFactory.create_batch(2, article=story)

    assert len(fetch_in_order(Quote.objects.filter(article=story).order_by())) == 2


@pytest.mark.parametrize("ordering", ["text", "article__headline", "?", "person"])
@pytest.mark.django_db
def test_what_python_would_sort_differently_is_refused_before_any_query(ordering):
    with CaptureQueriesContext(connection) as queries, pytest.raises(ValueError):
        fetch_in_order(Quote.objects.order_by(ordering))

    assert len(queries) == 0
