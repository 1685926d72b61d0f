"""`make serve`: production settings, refusals, health probes, request logs."""

import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from newsroom.logs import JsonFormatter, RequestIdFilter

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = secrets.token_urlsafe(50)


def _make_serve(env, **kwargs):
    # -o: never reinstall the requirements from inside a test.
    return subprocess.Popen(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "serve"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        **kwargs,
    )


def _refusal(env):
    process = _make_serve(env)
    output, _ = process.communicate(timeout=60)
    return process.returncode, output


def _production_env(tmp_path, **overrides):
    return {
        "SECRET_KEY": STRONG_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        **overrides,
    }


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"DEBUG": "1"}, "security.W018"),
        ({"SECRET_KEY": "django-insecure-short"}, "security.W009"),
        ({"ALLOWED_HOSTS": ""}, "security.W020"),
    ],
    ids=["debug", "weak-secret-key", "no-allowed-hosts"],
)
def test_it_refuses_to_serve_an_unsafe_configuration(tmp_path, overrides, message):
    returncode, output = _refusal(_production_env(tmp_path, **overrides))

    assert returncode != 0
    assert message in output
    # Refused before anything changed: no migration ran.
    assert not (tmp_path / "serve.sqlite3").exists()


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture
def served(tmp_path):
    port = _free_port()
    process = _make_serve(
        _production_env(
            tmp_path, PORT=str(port), SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https"
        )
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if _get(base + "/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("make serve did not come up:\n" + process.stdout.read())
    yield base
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def test_make_serve_runs_gunicorn_with_migrations_static_files_and_https(served):
    https = {"X-Forwarded-Proto": "https"}

    ready = _get(served + "/readyz")
    home = _get(served + "/", https)
    plain = _get(served + "/")
    static = _get(served + "/static/css/site.css", https)

    assert ready[0] == 200 and json.loads(ready[2])["migrations"] == "ok"
    assert home[0] == 200
    assert "Strict-Transport-Security" in home[1]
    assert "'unsafe-inline'" not in home[1]["Content-Security-Policy"]
    # HTTP is redirected to HTTPS, except the probes.
    assert plain[0] == 301 and plain[1]["Location"].startswith("https://127.0.0.1")
    # whitenoise, with the collected, hashed files.
    assert static[0] == 200 and "max-age" in static[1]["Cache-Control"]
    assert _get(served + "/", {**https, "Host": "evil.example"})[0] == 400


def test_healthz_answers_without_touching_the_database(client):
    # No django_db mark: any query would fail the test.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_reports_database_cache_and_migrations(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "migrations": "ok",
    }
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_is_503_when_the_cache_is_unreachable(client):
    closed_port = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{_free_port()}/0",
        }
    }
    with override_settings(CACHES=closed_port):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"


@pytest.mark.django_db
def test_it_logs_each_request_as_json_with_an_id_and_no_secrets(client, caplog):
    caplog.set_level(logging.INFO)
    client.cookies["sessionid"] = "secret-session-value"
    response = client.get(
        "/pratinjau/tautan/secret-token-123/?q=hidden", HTTP_X_REQUEST_ID="proxy-id-1234"
    )

    formatter = JsonFormatter()
    access = [r for r in caplog.records if r.name == "newsroom.request"]
    entry = json.loads(formatter.format(access[-1]))
    assert response["X-Request-ID"] == "proxy-id-1234"
    assert entry["request_id"] == "proxy-id-1234"
    assert entry["status"] == 404
    assert entry["path"] == "/pratinjau/tautan/[redacted]/"
    logged = "".join(formatter.format(record) for record in caplog.records)
    assert "secret-token-123" not in logged
    assert "secret-session-value" not in logged
    assert "hidden" not in logged


def test_an_unusable_incoming_request_id_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")

    assert len(response["X-Request-ID"]) == 32
    assert "<" not in response["X-Request-ID"]


def test_errors_are_logged_with_the_request_id(rf, caplog):
    request = rf.get("/")
    request.request_id = "abc12345"
    record = logging.LogRecord("django.request", logging.ERROR, "", 0, "boom", None, None)
    record.request = request
    RequestIdFilter().filter(record)

    entry = json.loads(JsonFormatter().format(record))
    assert entry["request_id"] == "abc12345"
    assert "request" not in entry


@pytest.mark.django_db
def test_postgresql_statements_time_out():
    if connection.vendor != "postgresql":
        pytest.skip("statement_timeout is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "5s"


def _setting(name, env):
    """A setting's value as a fresh process with this environment reads it."""
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'newsroom.settings'; "
        f"django.setup(); from django.conf import settings; print(repr(settings.{name}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": os.environ["PATH"], "SECRET_KEY": STRONG_KEY, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    # The last line: django-axes logs a greeting at start-up.
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr


@pytest.mark.parametrize(
    ("name", "env", "expected"),
    [
        ("SECURE_SSL_REDIRECT", {}, "True"),
        ("SECURE_SSL_REDIRECT", {"SECURE_SSL_REDIRECT": "0"}, "False"),
        ("SILENCED_SYSTEM_CHECKS", {"SECURE_SSL_REDIRECT": "0"}, "['security.W008']"),
        ("SECURE_REDIRECT_EXEMPT", {}, "['^healthz$', '^readyz$']"),
        ("SECURE_PROXY_SSL_HEADER", {}, "None"),
        (
            "SECURE_PROXY_SSL_HEADER",
            {"BEHIND_TLS_PROXY": "1"},
            "('HTTP_X_FORWARDED_PROTO', 'https')",
        ),
        (
            "SECURE_PROXY_SSL_HEADER",
            {"SECURE_PROXY_SSL_HEADER": "X-Forwarded-Scheme: https"},
            "('HTTP_X_FORWARDED_SCHEME', 'https')",
        ),
        (
            "SITE_URL",
            {"ALLOWED_HOSTS": "news.example.org,.example.org"},
            "'https://news.example.org'",
        ),
        ("SITE_URL", {"SITE_URL": "https://berita.example.id/"}, "'https://berita.example.id'"),
        ("SESSION_COOKIE_AGE", {"SESSION_IDLE_SECONDS": "600"}, "600"),
    ],
)
def test_production_settings_come_from_the_environment(name, env, expected):
    assert _setting(name, env) == expected


@pytest.mark.parametrize(
    "env",
    [
        {"SITE_URL": "news.example.org"},
        {"SITE_URL": "ftp://news.example.org"},
        {"SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto"},
    ],
)
def test_a_malformed_address_or_header_stops_the_start(env):
    assert "ImproperlyConfigured" in _setting("SITE_URL", env)


@pytest.mark.parametrize(
    ("site_url", "message"),
    [
        ("http://news.example.org", "newsroom.E002"),
        ("https://elsewhere.example.org", "newsroom.E003"),
    ],
)
def test_the_deploy_check_wants_an_https_site_url_on_an_allowed_host(settings, site_url, message):
    from newsroom.checks import check_site_url

    settings.ALLOWED_HOSTS = ["news.example.org"]
    settings.SITE_URL = site_url

    assert [error.id for error in check_site_url(None)] == [message]


def test_the_deploy_check_wants_a_writable_state_dir_with_the_local_memory_cache(
    settings, tmp_path
):
    from newsroom.checks import check_change_marker_is_writable

    settings.NEWSROOM_STATE_DIR = tmp_path / "state"
    assert check_change_marker_is_writable(None) == []

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    settings.NEWSROOM_STATE_DIR = blocked / "state"  # below a file: never creatable
    assert [error.id for error in check_change_marker_is_writable(None)] == ["newsroom.E005"]

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
        }
    }
    assert check_change_marker_is_writable(None) == []  # Redis: no marker needed


def test_the_local_memory_cache_keeps_thousands_of_pages_not_djangos_300(settings):
    from django.core.cache import caches

    assert settings.CACHES["default"]["OPTIONS"] == {"MAX_ENTRIES": 5000}
    cache = caches["default"]
    cache.clear()
    for number in range(1200):  # about 300 stories' pages, parts, links and versions
        cache.set(f"entry-{number}", number)

    assert cache.get("entry-0") == 0


@pytest.mark.parametrize(("value", "shown"), [("800", "{'MAX_ENTRIES': 800}"), ("0", "at least 1")])
def test_cache_max_entries_sets_the_local_memory_cache_size(value, shown):
    assert shown in _setting("CACHES['default']['OPTIONS']", {"CACHE_MAX_ENTRIES": value})
