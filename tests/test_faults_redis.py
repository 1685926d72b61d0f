"""Redis outage: the site serves uncached with a warning, staff stay logged
in, a stalled Redis costs little, and caching resumes when it returns."""

import shutil
import socket
import subprocess
import time

import pytest
from django.conf import settings
from django.test import override_settings

from tests.test_production import _setting


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _redis_cache(port):
    # The options settings.py sets from REDIS_URL / REDIS_TIMEOUT_MS.
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


def _start_redis(port):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process
        time.sleep(0.05)
    process.kill()
    pytest.fail("redis-server did not start")


@pytest.fixture
def page_cache_on(settings):
    settings.NEWSROOM_PAGE_CACHE = True


def test_redis_url_sets_short_socket_timeouts_and_sessions_stay_in_the_database():
    env = {"REDIS_URL": "redis://127.0.0.1:6379/0", "REDIS_TIMEOUT_MS": "300"}
    options = _setting("CACHES['default']['OPTIONS']", env)
    assert options == "{'socket_connect_timeout': 0.3, 'socket_timeout': 0.3}"
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")
@pytest.mark.django_db
def test_redis_down_serves_uncached_with_a_warning_then_recovers(
    client, article, page_cache_on, caplog
):
    port = _free_port()
    url = article.get_absolute_url()
    with override_settings(CACHES=_redis_cache(port)):
        redis = _start_redis(port)
        try:
            client.get(url)
            assert client.get(url)["X-Page-Cache"] == "hit"
            redis.kill()
            redis.wait()

            down = client.get(url)
            assert down.status_code == 200 and "X-Page-Cache" not in down
            assert article.headline in down.content.decode()
            assert "page cache unavailable" in caplog.text

            redis = _start_redis(port)  # same address, same process
            client.get(url)
            assert client.get(url)["X-Page-Cache"] == "hit"
        finally:
            redis.kill()
            redis.wait()


@pytest.mark.django_db
def test_redis_on_a_closed_port_costs_no_page(client, article, page_cache_on, editor):
    with override_settings(CACHES=_redis_cache(1)):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert client.get(article.section.get_absolute_url()).status_code == 200
        client.force_login(editor)  # sessions live in the database
        assert client.get(f"/{settings.ADMIN_URL}").status_code == 200


@pytest.mark.django_db
def test_a_stalled_redis_costs_a_request_little(client, article, page_cache_on):
    # Accepts connections, never answers: only the socket timeout ends a call.
    with socket.socket() as stalled:
        stalled.bind(("127.0.0.1", 0))
        stalled.listen(64)
        port = stalled.getsockname()[1]
        with override_settings(CACHES=_redis_cache(port)):
            started = time.monotonic()
            response = client.get(article.get_absolute_url())
            elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert elapsed < 3  # a handful of 0.25 s timeouts, not a hang
