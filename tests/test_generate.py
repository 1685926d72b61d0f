"""manage.py generate_articles: realistic synthetic data, small N (SQLite or PostgreSQL)."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from articles.models import Article, ArticleAuthor, Quote, RelatedLink, TaggedTopic
from articles.sanitizer import sanitize_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated():
    call_command("generate_articles", count=600, seed=3, stdout=StringIO())
    return Article.objects.all()


def test_counts_and_every_article_has_section_and_byline(generated):
    assert generated.count() == 600
    assert not generated.filter(section__isnull=True).exists()
    without_byline = generated.annotate(n=Count("article_authors")).filter(n=0)
    assert not without_byline.exists()
    assert Quote.objects.filter(person__isnull=False).exists()
    assert RelatedLink.objects.filter(target__isnull=False).exists()
    assert RelatedLink.objects.filter(target__isnull=True).exists()


def test_live_and_non_live_mix(generated):
    live = Article.objects.live().count()
    assert 500 < live < 600
    statuses = set(generated.values_list("status", flat=True))
    assert {"published", "draft"} <= statuses
    assert Article.objects.scheduled().exists() or len(statuses) >= 3


def test_topics_are_long_tailed(generated):
    per_topic = Counter(TaggedTopic.objects.values_list("tag_id", flat=True))
    sizes = sorted(per_topic.values(), reverse=True)
    # The biggest topic dwarfs the median one, and most topics are small.
    assert sizes[0] >= 10 * sizes[len(sizes) // 2]
    assert sum(1 for size in sizes if size <= 2) > len(sizes) / 2


def test_bodies_are_what_the_sanitiser_stores(generated):
    for body in generated.values_list("body", flat=True)[:50]:
        assert sanitize_html(body) == body


def test_running_twice_adds_more_without_collisions(generated):
    call_command("generate_articles", count=50, seed=3, stdout=StringIO())
    assert Article.objects.count() == 650
    assert Article.objects.values("slug").distinct().count() == 650
    assert ArticleAuthor.objects.values("article").distinct().count() == 650


def test_published_times_spread_over_years(generated):
    years = set(Article.objects.live().values_list("published_at__year", flat=True))
    assert len(years) >= 5
