"""Bylines, topic tags and quotes mirror their article's publication
(migrations 0009 and 0012).

Author, topic and person pages and the quote search walk these copies; they must follow every way an
article's status or time changes, on both databases.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Article, ArticleAuthor, Quote
from articles.models.topics import TaggedTopic
from tests.factories import ArticleFactory, AuthorFactory, QuoteFactory, TopicFactory


def _copies(article):
    credits = set(ArticleAuthor.objects.filter(article=article).values_list("live_from", flat=True))
    tags = set(
        TaggedTopic.objects.filter(content_object=article).values_list("live_from", flat=True)
    )
    quotes = set(Quote.objects.filter(article=article).values_list("live_from", flat=True))
    return credits | tags | quotes


def _story(**fields):
    story = ArticleFactory(
        authors=AuthorFactory.create_batch(2), topics=TopicFactory.create_batch(2), **fields
    )
    QuoteFactory.create_batch(2, article=story)
    return story


@pytest.mark.django_db
def test_bylines_and_tags_carry_the_published_time_only_while_published(editor):
    draft = _story(status=Article.Status.IN_REVIEW, published_at=None)
    assert _copies(draft) == {None}

    at = timezone.now() - timedelta(minutes=5)
    workflow.publish(draft, by=editor, at=at)
    assert _copies(draft) == {at}

    workflow.unpublish(draft, by=editor, reason="Perlu verifikasi ulang.")
    assert _copies(draft) == {None}


@pytest.mark.django_db
def test_queryset_updates_and_rescheduling_are_followed():
    story = _story()
    later = timezone.now() + timedelta(days=1)

    Article.objects.filter(pk=story.pk).update(published_at=later)
    assert _copies(story) == {later}

    Article.objects.filter(pk=story.pk).update(status=Article.Status.UNPUBLISHED)
    assert _copies(story) == {None}


@pytest.mark.django_db
def test_bylines_and_tags_added_later_take_the_time_of_a_published_story():
    story = ArticleFactory()
    ArticleAuthor.objects.create(article=story, author=AuthorFactory())
    story.topics.add(TopicFactory())
    QuoteFactory(article=story)

    assert _copies(story) == {story.published_at}


@pytest.mark.django_db
def test_a_saved_quote_cannot_overwrite_the_copy():
    story = _story()
    quote = Quote.objects.filter(article=story).first()
    quote.live_from = None
    quote.text = "Diralat."
    quote.save()

    quote.refresh_from_db()
    assert quote.live_from == story.published_at


@pytest.mark.django_db
def test_a_saved_byline_cannot_overwrite_the_copy():
    story = _story()
    credit = ArticleAuthor.objects.filter(article=story).first()
    credit.live_from = None
    credit.position = 5
    credit.save()

    credit.refresh_from_db()
    assert credit.live_from == story.published_at


@pytest.mark.django_db
def test_author_and_topic_pages_list_newest_first_and_only_live(client):
    author, topic = AuthorFactory(), TopicFactory()
    now = timezone.now()
    for hours, headline in [(3, "Tiga jam lalu"), (1, "Satu jam lalu"), (2, "Dua jam lalu")]:
        ArticleFactory(
            headline=headline,
            published_at=now - timedelta(hours=hours),
            authors=[author],
            topics=[topic],
        )
    ArticleFactory(headline="Terjadwal", published_at=now + timedelta(hours=1), authors=[author])
    ArticleFactory(headline="Draf", status=Article.Status.DRAFT, topics=[topic])

    for url in (author.get_absolute_url(), topic.get_absolute_url()):
        html = client.get(url).content.decode()
        positions = [html.index(h) for h in ("Satu jam lalu", "Dua jam lalu", "Tiga jam lalu")]
        assert positions == sorted(positions)
        assert "Terjadwal" not in html and "Draf" not in html
