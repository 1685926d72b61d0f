"""Whole-page caching: fast for anonymous readers, never stale, never private."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import workflow
from articles.models import Article
from tests.factories import ArticleFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.NEWSROOM_PAGE_CACHE = True


@pytest.mark.django_db
def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(client, article):
    first = client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        second = client.get(article.get_absolute_url())

    assert "X-Page-Cache" not in first
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) == 0


@pytest.mark.django_db
def test_an_edit_shows_at_once(client, article):
    client.get(article.get_absolute_url())
    article.headline = "Judul yang Diperbarui"
    article.save()

    response = client.get(article.get_absolute_url())

    assert "X-Page-Cache" not in response
    assert "Judul yang Diperbarui" in response.content.decode()


@pytest.mark.django_db
def test_publishing_and_unpublishing_show_at_once(client, section, editor):
    client.get("/")
    story = ArticleFactory(
        section=section, headline="Baru Terbit", status="in_review", published_at=None
    )
    workflow.publish(story, by=editor)
    assert "Baru Terbit" in client.get("/").content.decode()

    workflow.unpublish(story, by=editor, reason="Salah tayang")

    assert "Baru Terbit" not in client.get("/").content.decode()
    assert client.get(story.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_a_scheduled_story_appears_on_time_with_a_warm_cache(client, section, editor):
    moment = timezone.now() + timedelta(minutes=3)
    story = ArticleFactory(
        section=section, headline="Laporan Embargo", status="in_review", published_at=None
    )
    workflow.publish(story, by=editor, at=moment)
    assert "Laporan Embargo" not in client.get("/").content.decode()
    cached = client.get("/")
    assert cached["X-Page-Cache"] == "hit"
    assert "s-maxage=" in cached["Cache-Control"]
    s_maxage = int(cached["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert s_maxage <= 180  # a CDN may not keep it past the embargo either

    with time_machine.travel(moment + timedelta(seconds=1), tick=False):
        assert "Laporan Embargo" in client.get("/").content.decode()


@pytest.mark.django_db
def test_pages_are_cached_again_as_soon_as_an_embargo_has_passed(client, section, editor):
    moment = timezone.now() + timedelta(minutes=3)
    story = ArticleFactory(section=section, status="in_review", published_at=None)
    workflow.publish(story, by=editor, at=moment)
    client.get("/")  # looks up the next embargo: this story's

    with time_machine.travel(moment + timedelta(seconds=1), tick=False):
        client.get("/")
        assert client.get("/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_a_change_saved_in_another_process_reaches_this_process_at_once(client, article, settings):
    client.get(article.get_absolute_url())
    # Saved without this process's signals, as by another gunicorn worker
    # or a manage.py command, each with a local-memory cache of its own.
    Article.objects.filter(pk=article.pk).update(headline="Diubah di Proses Lain")
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"

    subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); "
         "from articles.page_cache import invalidate; invalidate()"],
        cwd=Path(__file__).resolve().parent.parent, check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings",
             "STATE_DIR": str(settings.NEWSROOM_STATE_DIR)},
    )  # fmt: skip

    response = client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in response
    assert "Diubah di Proses Lain" in response.content.decode()


@pytest.mark.django_db
def test_staff_pages_are_never_cached_nor_served_from_the_cache(client, editor, article):
    client.get(article.get_absolute_url())  # warm, as an anonymous reader
    client.force_login(editor)

    response = client.get(article.get_absolute_url())

    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_previews_are_never_cached(editor_client, section):
    draft = ArticleFactory(section=section, status="draft", published_at=None)
    for _ in range(2):
        preview = editor_client.get(f"/pratinjau/{draft.pk}/")
    assert "no-store" in preview["Cache-Control"] and "X-Page-Cache" not in preview


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/cari/", "/kutipan/"])
def test_searches_are_left_to_the_cdn_and_never_stored_here(client, section, address):
    client.get(address, {"q": "banjir"})
    ArticleFactory(section=section, headline="Banjir Bandang di Garut")

    response = client.get(address, {"q": "banjir", "utm_source": "x"})

    assert "X-Page-Cache" not in response
    control = response["Cache-Control"]
    assert "public" in control and "s-maxage=" in control and "Cookie" in response["Vary"]
    if address == "/cari/":  # rendered afresh: the new story is found at once
        assert "Bandang di Garut" in response.content.decode()


@pytest.mark.django_db
def test_a_staff_members_search_stays_private(editor_client):
    response = editor_client.get("/cari/", {"q": "banjir"})

    assert "private" in response["Cache-Control"] and "s-maxage" not in response["Cache-Control"]


@pytest.mark.django_db
def test_languages_are_cached_apart(client, article):
    client.get("/")
    client.cookies["django_language"] = "en"

    html = client.get("/").content.decode()

    assert '<html lang="en">' in html


@pytest.mark.django_db
def test_http_caching_headers_and_conditional_get(client, article):
    response = client.get(article.get_absolute_url())
    control = response["Cache-Control"]

    assert "public" in control and "s-maxage=" in control and "stale-while-revalidate=" in control
    assert "Cookie" in response["Vary"]
    etag = response["ETag"]
    # Stored with the page: a hit is not hashed again.
    with mock.patch("django.middleware.http.set_response_etag", side_effect=AssertionError):
        hit = client.get(article.get_absolute_url())
    assert hit["X-Page-Cache"] == "hit" and hit["ETag"] == etag
    assert client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.django_db
def test_if_modified_since_sees_a_story_taken_out_of_a_feed(client, section, editor):
    now = timezone.now()
    older = ArticleFactory(
        section=section, headline="Berita Lama", published_at=now - timedelta(hours=2)
    )
    ArticleFactory(section=section, headline="Berita Baru", published_at=now - timedelta(hours=1))
    first = client.get("/feed/")
    stamp = first["Last-Modified"]
    assert client.get("/feed/", HTTP_IF_MODIFIED_SINCE=stamp).status_code == 304

    with time_machine.travel(now + timedelta(seconds=5)):
        workflow.unpublish(older, by=editor, reason="Salah tayang")
        # The newest story, and so the feed's own date, did not change.
        response = client.get("/feed/", HTTP_IF_MODIFIED_SINCE=stamp)

    assert response.status_code == 200
    assert "Berita Lama" not in response.content.decode()
    assert response["Last-Modified"] != stamp


@pytest.mark.django_db
def test_without_the_page_cache_a_feed_answers_conditional_requests_by_etag(
    client, settings, article
):
    settings.NEWSROOM_PAGE_CACHE = False

    response = client.get("/feed/")

    assert not response.has_header("Last-Modified")
    assert client.get("/feed/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


@pytest.mark.django_db
def test_links_with_tracking_parameters_are_served_from_the_cached_page(client, article):
    plain = client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        shared = client.get(
            article.get_absolute_url(), {"utm_source": "whatsapp", "fbclid": "IwAR0abc"}
        )

    assert shared["X-Page-Cache"] == "hit"
    assert shared.content == plain.content
    assert len(queries) == 0


@pytest.mark.django_db
def test_a_page_first_rendered_for_a_tracking_link_does_not_keep_its_parameters(client, article):
    first = client.get("/", {"utm_campaign": "banjir", "fbclid": "IwAR-reader-42"})
    second = client.get("/")

    assert second["X-Page-Cache"] == "hit"
    for response in (first, second):
        page = response.content.decode()
        assert "IwAR-reader-42" not in page and "utm_campaign" not in page
        assert 'name="next" value="/"' in page


@pytest.mark.django_db
def test_page_parameters_still_select_the_page_beside_tracking_ones(client, section):
    now = timezone.now()
    for n in range(25):
        ArticleFactory(
            section=section, headline=f"Berita ke-{n:02d}", published_at=now - timedelta(hours=n)
        )
    client.get(f"/{section.slug}/")

    page_two = client.get(f"/{section.slug}/", {"page": "2", "utm_source": "x", "ref": "y"})
    again = client.get(f"/{section.slug}/", {"ref": "z", "page": "2"})

    assert "X-Page-Cache" not in page_two  # a page of its own, not page one
    assert again["X-Page-Cache"] == "hit"
    text = page_two.content.decode()
    assert "Berita ke-24" in text and "Berita ke-00" not in text
    assert 'href="?page=1"' in text and "utm_source" not in text


@pytest.mark.django_db
def test_an_old_address_with_tracking_parameters_redirects_keeping_them(client, article):
    response = client.get(f"/{article.section.slug}/{article.pk}/judul-lama/?utm_source=x")

    assert response.status_code == 301
    assert response["Location"] == f"{article.get_absolute_url()}?utm_source=x"


@pytest.mark.django_db
def test_a_cache_outage_serves_pages_uncached(client, article, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert "page cache unavailable" in caplog.text


@pytest.mark.django_db
def test_cached_article_reads_still_count(client, article, settings):
    from articles import popularity

    settings.NEWSROOM_READS_FLUSH_EVERY = 1000
    settings.NEWSROOM_READS_FLUSH_SECONDS = 3600
    popularity._buffer.clear()
    agent = "Mozilla/5.0 (Linux; Android 14) Chrome/126 Mobile Safari/537.36"
    for _ in range(3):
        client.get(article.get_absolute_url(), HTTP_USER_AGENT=agent)

    assert sum(popularity._buffer.values()) == 3
    popularity._buffer.clear()


@pytest.mark.django_db
def test_a_forged_host_is_refused_even_with_a_warm_cache(client, article):
    client.get("/")

    assert client.get("/", HTTP_HOST="evil.example").status_code == 400


@pytest.mark.django_db
def test_the_navigation_is_cached_until_content_changes(client, settings, article):
    from articles.models import Section

    settings.NEWSROOM_PAGE_CACHE = False  # measure the view itself
    settings.NEWSROOM_FRAGMENT_CACHE = True
    with CaptureQueriesContext(connection) as cold:
        client.get("/koreksi/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/koreksi/")
    Section.objects.create(name="Rubrik Baru", slug="rubrik-baru")
    with CaptureQueriesContext(connection) as after_change:
        html = client.get("/koreksi/").content.decode()

    # The navigation (sections and featured topics in one query), and the
    # next embargo (looked up once a generation, to bound what is kept).
    assert len(warm) == len(cold) - 2
    assert len(after_change) == len(cold)
    assert "Rubrik Baru" in html


@pytest.mark.django_db
def test_a_shared_fragment_is_not_kept_past_the_next_embargo(settings, section, editor):
    from articles import fragments

    settings.NEWSROOM_FRAGMENT_CACHE = True
    moment = timezone.now() + timedelta(minutes=3)
    story = ArticleFactory(section=section, status="in_review", published_at=None)
    workflow.publish(story, by=editor, at=moment)

    def live_headlines():
        return list(Article.objects.live().values_list("headline", flat=True))

    assert story.headline not in fragments.remember("live-headlines", live_headlines, 600)
    with time_machine.travel(moment + timedelta(seconds=1), tick=False):
        assert story.headline in fragments.remember("live-headlines", live_headlines, 600)


@pytest.mark.django_db
def test_an_unreadable_change_marker_serves_pages_uncached(client, article, settings, caplog):
    settings.NEWSROOM_STATE_DIR.mkdir(parents=True, exist_ok=True)
    marker = settings.NEWSROOM_STATE_DIR / "content-changed"
    marker.unlink(missing_ok=True)
    marker.mkdir()  # reading a directory fails as a permission problem would
    try:
        for _ in range(2):
            response = client.get(article.get_absolute_url())
    finally:
        marker.rmdir()

    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert "content-change marker" in caplog.text


@pytest.mark.django_db
def test_a_new_release_never_serves_what_the_previous_one_cached(client, settings, article):
    # A shared cache (REDIS_URL) outlives a deploy: the old release's pages,
    # header and footer would link static files the new one no longer has.
    settings.NEWSROOM_FRAGMENT_CACHE = True
    settings.NEWSROOM_RELEASE = "2026.11.1"
    client.get(article.get_absolute_url())
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"

    settings.NEWSROOM_RELEASE = "2026.11.2"

    assert "X-Page-Cache" not in client.get(article.get_absolute_url())
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"


def test_without_a_release_set_the_code_itself_names_it(tmp_path):
    from articles.release import code_digest

    (tmp_path / "templates").mkdir()
    template = tmp_path / "templates" / "base.html"
    template.write_text("<title>Berita</title>")
    (tmp_path / "requirements.txt").write_text("Django==5.2.19\n")
    before = code_digest(tmp_path)
    assert code_digest(tmp_path) == before  # the same code, the same name

    template.write_text("<title>Berita terkini</title>")
    code_digest.cache_clear()

    assert code_digest(tmp_path) != before


@pytest.mark.django_db
def test_very_long_addresses_are_answered_without_being_remembered(client, article):
    from articles.page_cache import _cacheable_route

    before = _cacheable_route.cache_info().misses
    response = client.get("/" + "berita-" * 60 + "/")

    assert response.status_code == 404
    assert _cacheable_route.cache_info().misses == before  # not even looked up
    client.get(article.get_absolute_url())
    assert _cacheable_route.cache_info().misses == before + 1
