"""The database itself refuses rows that break the rules."""

import pytest
from django.db import IntegrityError, transaction

from articles.models import Article, RelatedLink, Section, Topic
from tests.factories import ArticleFactory, TopicFactory


def _refused(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


@pytest.mark.django_db
def test_related_link_must_be_exactly_one_kind(article):
    other = ArticleFactory(section=article.section)
    both = dict(article=article, target=other, url="https://example.org/", title="x")
    _refused(lambda: RelatedLink.objects.create(**both))
    _refused(lambda: RelatedLink.objects.create(article=article))
    _refused(lambda: RelatedLink.objects.create(article=article, url="https://example.org/"))
    _refused(lambda: RelatedLink.objects.create(article=article, url="javascript:x()", title="x"))
    RelatedLink.objects.create(article=article, target=other)
    RelatedLink.objects.create(article=article, url="https://example.org/", title="Laporan")
    assert article.related_links.count() == 2


@pytest.mark.django_db
def test_article_cannot_relate_to_itself_or_be_its_own_next(article):
    _refused(lambda: RelatedLink.objects.create(article=article, target=article))
    _refused(lambda: Article.objects.filter(pk=article.pk).update(next_article=article))


@pytest.mark.django_db
def test_published_article_needs_a_time(section):
    _refused(lambda: ArticleFactory(section=section, published_at=None))
    ArticleFactory(section=section, status="draft", published_at=None)


@pytest.mark.django_db
def test_reserved_section_slugs_are_refused(db):
    _refused(lambda: Section.objects.create(name="Admin", slug="admin"))
    _refused(lambda: Section.objects.create(name="Topik", slug="topik"))


@pytest.mark.django_db
def test_topic_names_are_unique_ignoring_case(db):
    TopicFactory(name="KPK", slug="kpk")
    _refused(lambda: Topic.objects.create(name="kpk", slug="kpk-2"))


@pytest.mark.django_db
def test_tagging_an_existing_topic_in_other_case_reuses_it(article):
    TopicFactory(name="KPK", slug="kpk")

    article.topics.set(["kpk", "Banjir"])

    assert sorted(t.name for t in article.topics.all()) == ["Banjir", "KPK"]
    assert Topic.objects.count() == 2
