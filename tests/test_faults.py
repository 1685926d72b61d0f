"""Database outage: cached pages still served, a branded 503 elsewhere, and
recovery without a restart (newsroom/faults.py)."""

import contextlib
import socket
import sqlite3

import psycopg
import pytest
from django.db import connection
from django.test import Client


def _closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens once the socket is closed


def _refused():
    """A genuine driver error from a database that is not there."""
    if connection.vendor == "postgresql":
        port = _closed_port()
        return lambda *a, **k: psycopg.connect(f"host=127.0.0.1 port={port} connect_timeout=1")
    return lambda *a, **k: sqlite3.connect("file:/nonexistent/newsroom.db?mode=rw", uri=True)


@contextlib.contextmanager
def database_down(monkeypatch):
    """Drop the open connection and make every new connect (and cursor) fail
    as it would with PostgreSQL stopped: a closed port on 127.0.0.1."""
    connection.close()  # ignored by in-memory SQLite, hence the cursor too
    with monkeypatch.context() as patch:
        patch.setattr(connection, "get_new_connection", _refused())
        patch.setattr(connection, "create_cursor", _refused())
        yield
    connection.close()


@pytest.fixture
def page_cache_on(settings):
    settings.NEWSROOM_PAGE_CACHE = True


pytestmark = pytest.mark.django_db(transaction=True)


def test_cached_public_pages_are_served_with_the_database_down(
    client, article, page_cache_on, monkeypatch
):
    warm = client.get(article.get_absolute_url())
    assert warm.status_code == 200

    with database_down(monkeypatch):
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert article.headline in response.content.decode()


def test_other_pages_get_a_branded_503_with_retry_after(client, article, monkeypatch, settings):
    settings.NEWSROOM_RETRY_AFTER_SECONDS = 17
    with database_down(monkeypatch):
        response = client.get(article.section.get_absolute_url())

    assert response.status_code == 503
    assert response["Retry-After"] == "17"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Layanan sedang tidak tersedia" in html
    assert "Traceback" not in html and "OperationalError" not in html


def test_an_outage_outside_any_view_is_a_503_too(db, monkeypatch):
    # An unknown address: the redirect-fallback middleware looks it up in the
    # database after the 404, outside the view.
    client = Client(raise_request_exception=False)
    with database_down(monkeypatch):
        response = client.get("/tidak-ada-halaman-ini/")

    assert response.status_code == 503
    assert response["Retry-After"]
    assert "Traceback" not in response.content.decode()


def test_the_site_recovers_by_itself_when_the_database_returns(client, article, monkeypatch):
    url = article.section.get_absolute_url()
    assert client.get(url).status_code == 200
    with database_down(monkeypatch):
        assert client.get(url).status_code == 503

    response = client.get(url)  # same process, nothing restarted

    assert response.status_code == 200
    assert article.headline in response.content.decode()


def test_the_503_page_passes_the_public_content_security_policy(client, monkeypatch):
    with database_down(monkeypatch):
        response = client.get("/indeks/")

    assert response.status_code == 503
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "sha256-" in response["Content-Security-Policy"]
