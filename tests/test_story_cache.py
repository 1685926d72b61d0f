"""The article page's own parts, kept per version of the story (articles/story_cache.py).

The page cache is off here: these are the pages it does not answer, e.g.
every page right after any story is saved.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import change_marker, page_cache, people, services, story_cache, workflow
from articles.attribution import Suggestion
from articles.models import Article, Person, Quote, Topic
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    QuoteFactory,
    RelatedLinkFactory,
    TopicFactory,
)


@pytest.fixture(autouse=True)
def story_cache_on(settings):
    settings.NEWSROOM_PAGE_CACHE = False
    settings.NEWSROOM_FRAGMENT_CACHE = True


@pytest.fixture
def shared_cache(monkeypatch):
    """As with Redis (the tests' own cache is per process, as by default)."""
    monkeypatch.setattr(page_cache, "uses_process_local_cache", lambda: False)


@pytest.fixture
def story(section):
    topic = TopicFactory(name="Banjir", slug="banjir")
    article = ArticleFactory(
        section=section,
        headline="Banjir melanda pesisir",
        authors=[AuthorFactory(name="Dewi Lestari", slug="dewi-lestari")],
        topics=[topic],
    )
    QuoteFactory(article=article, text="Air mulai surut.", speaker="Ratna Wulandari")
    return article


def _get(client, story):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(story.get_absolute_url())
    return response, [query["sql"] for query in queries]


@pytest.mark.django_db
def test_a_kept_story_is_served_from_one_query_and_reads_the_same(client, story):
    first, _ = _get(client, story)
    second, queries = _get(client, story)

    assert second.status_code == 200
    assert second.content == first.content
    # Whether the story is live, its address and its last change.
    assert len(queries) == 1
    assert "Air mulai surut." in second.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("cache", ["per process", "shared"])
def test_another_storys_change_keeps_this_storys_parts(client, story, section, cache, request):
    if cache == "shared":
        request.getfixturevalue("shared_cache")
    _get(client, story)
    ArticleFactory(section=section, headline="Berita lain")

    response, queries = _get(client, story)

    # Only the links to other stories are read again (they may now include the new one).
    assert not [sql for sql in queries if "articles_quote" in sql]
    assert not [sql for sql in queries if "articles_articleauthor" in sql]
    assert "Berita lain" in response.content.decode()


@pytest.mark.django_db
def test_an_edit_of_the_story_shows_at_once(client, story, shared_cache):
    _get(client, story)
    story.headline = "Banjir surut di pesisir"
    story.save()

    assert "Banjir surut di pesisir" in _get(client, story)[0].content.decode()


@pytest.mark.django_db
def test_an_edit_of_one_of_its_quotes_shows_at_once(client, story, shared_cache):
    _get(client, story)
    quote = Quote.objects.get(article=story)
    quote.text = "Air sudah surut."
    quote.save()

    html = _get(client, story)[0].content.decode()

    assert "Air sudah surut." in html and "Air mulai surut." not in html


@pytest.mark.django_db
def test_an_edit_made_in_another_process_shows_by_the_storys_time(client, story):
    _get(client, story)
    # No signal here, as for an edit another worker saved: the story's last
    # change, in the database, tells.
    Article.objects.filter(pk=story.pk).update(
        headline="Diubah tanpa sinyal", updated_at=timezone.now() + timedelta(seconds=1)
    )

    assert "Diubah tanpa sinyal" in _get(client, story)[0].content.decode()


@pytest.mark.django_db
def test_a_rename_made_in_another_process_shows_at_once(client, story):
    _get(client, story)
    # What another worker's save of the topic leaves behind: the database
    # changed, and the host's "named" marker with it.
    Topic.objects.filter(slug="banjir").update(name="Banjir Bandang")
    change_marker.touch(change_marker.NAMED)

    assert "Banjir Bandang" in _get(client, story)[0].content.decode()


@pytest.mark.django_db
def test_confirmed_quote_suggestions_show_at_once(client, story, shared_cache):
    Person.objects.create(name="Hendra Gunawan", slug="hendra-gunawan")
    _get(client, story)
    suggestion = Suggestion(
        text="Tarif tetap sampai akhir tahun", speaker="Hendra Gunawan", speaker_role="",
        context="",
    )  # fmt: skip
    people.confirm_suggestions(story, [suggestion], create_people=False)

    assert "Tarif tetap sampai akhir tahun" in _get(client, story)[0].content.decode()


@pytest.mark.django_db
def test_a_correction_shows_at_once(client, story, editor, shared_cache):
    _get(client, story)
    services.add_correction(story, by=editor, kind="ralat", text="Nama desa diperbaiki.")

    assert "Nama desa diperbaiki." in _get(client, story)[0].content.decode()


@pytest.mark.django_db
def test_renamed_topics_authors_and_people_show_at_once(client, story, shared_cache):
    person = Person.objects.create(name="Ratna Wulandari", slug="ratna-wulandari")
    Quote.objects.filter(article=story).update(person=person)  # as a bulk link does
    story.save()
    assert "/tokoh/ratna-wulandari/" in _get(client, story)[0].content.decode()

    topic = story.topics.get()
    topic.name = "Banjir Rob"
    topic.save()
    author = story.authors.get()
    author.name = "Dewi L."
    author.save()
    person.slug = "ratna-w"
    person.save()
    html = _get(client, story)[0].content.decode()

    assert "Banjir Rob" in html and "Dewi L." in html
    assert "/tokoh/ratna-w/" in html and "/tokoh/ratna-wulandari/" not in html


@pytest.mark.django_db
def test_a_story_taken_down_is_gone_at_once_though_its_parts_are_kept(
    client, story, section, editor
):
    retracted = ArticleFactory(section=section, headline="Ditarik")
    _get(client, story), _get(client, retracted)

    workflow.unpublish(story, by=editor, reason="Salah tayang")
    workflow.retract(retracted, by=editor, reason="Data keliru")

    assert _get(client, story)[0].status_code == 404
    assert _get(client, retracted)[0].status_code == 410


@pytest.mark.django_db
def test_a_linked_story_taken_down_leaves_the_page_at_once(client, story, section, editor):
    linked = ArticleFactory(section=section, headline="Tautan redaksi")
    RelatedLinkFactory(article=story, target=linked)
    assert "Tautan redaksi" in _get(client, story)[0].content.decode()

    workflow.unpublish(linked, by=editor, reason="Salah tayang")

    assert "Tautan redaksi" not in _get(client, story)[0].content.decode()


@pytest.mark.django_db
def test_parts_rendered_again_leave_the_kept_links_unread(client, story, section):
    RelatedLinkFactory(article=story, target=ArticleFactory(section=section, headline="Tautan"))
    first = _get(client, story)[0]
    story_cache.forget_named()  # as when the kept parts expire: the links are still kept

    again, queries = _get(client, story)

    assert again.content == first.content
    assert [sql for sql in queries if "articles_quote" in sql]  # the story was read
    assert not [sql for sql in queries if "articles_relatedlink" in sql]


@pytest.mark.django_db
def test_each_language_keeps_its_own_parts(client, story, settings):
    indonesian = _get(client, story)[0].content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = _get(client, story)[0].content.decode()

    assert "Kutipan dalam berita ini" in indonesian
    assert "Quotes in this story" in english


@pytest.mark.django_db
def test_previews_never_show_kept_parts(client, story, editor):
    _get(client, story)
    # Not even the last change moves: only a fresh render can show this.
    Article.objects.filter(pk=story.pk).update(headline="Versi pratinjau")
    client.force_login(editor)

    response = client.get(f"/pratinjau/{story.pk}/")

    assert "Versi pratinjau" in response.content.decode()


@pytest.mark.django_db
def test_a_cache_outage_serves_the_story_from_the_database(client, story, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response, _ = _get(client, story)

    assert response.status_code == 200
    assert "Air mulai surut." in response.content.decode()
    assert "story cache unavailable" in caplog.text
