from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import popularity
from articles.models import ReadCount

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36"


@pytest.fixture(autouse=True)
def empty_buffer(settings):
    settings.NEWSROOM_READS_FLUSH_EVERY = 5
    settings.NEWSROOM_READS_FLUSH_SECONDS = 3600
    popularity._buffer.clear()
    yield
    popularity._buffer.clear()


@pytest.mark.django_db
def test_reads_are_written_in_batches_not_per_view(client, article):
    for _ in range(4):
        with CaptureQueriesContext(connection) as queries:
            client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
        assert not any(q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE")) for q in queries)
    assert not ReadCount.objects.exists()

    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)

    assert ReadCount.objects.get(article=article).count == 5


@pytest.mark.django_db
@pytest.mark.parametrize(
    "agent", ["", "Googlebot/2.1", "facebookexternalhit/1.1", "curl/8.0", "python-requests/2.32"]
)
def test_bots_are_not_counted(client, article, agent):
    for _ in range(6):
        client.get(article.get_absolute_url(), HTTP_USER_AGENT=agent)
    popularity.flush()

    assert not ReadCount.objects.exists()


@pytest.mark.django_db
def test_staff_reads_are_not_counted(editor_client, article):
    for _ in range(6):
        editor_client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    popularity.flush()

    assert not ReadCount.objects.exists()


@pytest.mark.django_db
def test_home_shows_most_read_for_the_day_and_week(client, section):
    from tests.factories import ArticleFactory

    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    today, week, old = (
        ArticleFactory(section=section, headline=h)
        for h in ("Ramai Hari Ini", "Ramai Pekan Ini", "Ramai Dulu")
    )
    ReadCount.objects.create(article=today, hour=now, count=50)
    ReadCount.objects.create(article=week, hour=now - timedelta(days=3), count=500)
    ReadCount.objects.create(article=old, hour=now - timedelta(days=30), count=5000)

    html = client.get("/").content.decode()
    start = html.index('class="most-read"')
    section_html = html[start : html.index("</section>", start)]

    assert "Terpopuler" in section_html
    day_list, week_list = section_html.split("7 hari terakhir")[:2]
    assert "Ramai Hari Ini" in day_list and "Ramai Pekan Ini" not in day_list
    assert week_list.index("Ramai Pekan Ini") < week_list.index("Ramai Hari Ini")
    assert "Ramai Dulu" not in section_html


@pytest.mark.django_db
def test_flush_adds_to_existing_rows(article):
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    ReadCount.objects.create(article=article, hour=hour, count=10)
    popularity._buffer[(article.pk, hour)] += 3

    assert popularity.flush() == 3
    assert ReadCount.objects.get(article=article).count == 13


def _most_read(client):
    html = client.get("/").content.decode()
    start = html.index('class="most-read"')
    return html[start : html.index("</section>", start)]


@pytest.mark.django_db
def test_most_read_is_kept_a_minute_or_until_content_changes(client, settings, section):
    import time_machine
    from django.core.cache import cache

    from tests.factories import ArticleFactory

    settings.NEWSROOM_PAGE_CACHE = False  # the view itself, with its fragments
    settings.NEWSROOM_FRAGMENT_CACHE = True
    cache.clear()
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    first, second = (
        ArticleFactory(section=section, headline="Dibaca Dulu"),
        ArticleFactory(section=section, headline="Menyusul Ramai"),
    )
    ReadCount.objects.create(article=first, hour=hour, count=10)
    assert "Dibaca Dulu" in _most_read(client)

    ReadCount.objects.create(article=second, hour=hour, count=20)  # a flush, no content change
    assert "Menyusul Ramai" not in _most_read(client)
    with time_machine.travel(timezone.now() + timedelta(seconds=61)):
        assert "Menyusul Ramai" in _most_read(client)

    second.status = "draft"  # unpublished: gone at once, not a minute later
    second.save()
    assert "Menyusul Ramai" not in _most_read(client)


@pytest.mark.django_db
def test_a_worker_that_exits_writes_its_buffered_reads(client, article):
    from newsroom import gunicorn_conf

    for _ in range(3):
        client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    assert not ReadCount.objects.exists()

    gunicorn_conf.worker_exit(server=None, worker=None)

    assert ReadCount.objects.get(article=article).count == 3


def test_bot_answers_are_remembered_only_for_browser_sized_user_agents():
    from articles import popularity

    popularity._remembered_bot.cache_clear()
    browser = "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"
    assert not popularity.is_bot(browser) and not popularity.is_bot(browser)
    assert popularity.is_bot("Googlebot/2.1" + "x" * 5000)
    assert popularity._remembered_bot.cache_info().currsize == 1
