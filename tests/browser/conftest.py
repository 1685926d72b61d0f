"""Browser tests: Playwright (sync API) driving Debian's Chromium against live_server.

Run with `.venv/bin/pytest tests/browser -v`. Every test here is marked `browser`
and skipped when /usr/bin/chromium is missing (`playwright install` is never needed).
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread

from tests.browser.support import TIMEOUT_MS, NetworkLog

# Playwright's sync API runs an asyncio event loop in this thread; Django refuses
# ORM calls from a thread with a running loop unless this is set.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


# One request at a time: on SQLite every live-server thread shares the test's
# in-memory connection, and two overlapping browser requests (an autocomplete
# while the session is saved) failed with "cannot open savepoint - SQL
# statements in progress" now and then. Django's plain WSGIServer answers
# with Connection: close, so the browser just queues its requests.
class SerialWSGIServer(WSGIServer):
    def __init__(self, *args, connections_override=None, **kwargs):
        # The live-server thread already installed the overridden connections.
        super().__init__(*args, **kwargs)


LiveServerThread.server_class = SerialWSGIServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
HERE = Path(__file__).resolve().parent


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM) or shutil.which("chromium") is not None


def pytest_collection_modifyitems(config, items):
    # This hook sees the whole session's items: touch only the ones in this folder.
    skip = pytest.mark.skip(reason="Chromium not installed: apt-get install chromium")
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            if not chromium_available():
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"),
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live_server, started only after the test database exists.

    live_server hands the live server's threads the test thread's in-memory SQLite
    connection only if that database is already set up when it starts. pytest may
    start the session fixture first (e.g. `def test(new_context, live_server, db)`);
    every request thread then opens its own connection to the shared-cache database
    and concurrent requests fail with "database table is locked" (pytest-django
    issues #1197, #454). Requesting django_db_setup first fixes the order.
    """
    return live_server


@pytest.fixture(scope="session")
def _sync_connections(django_db_setup):
    """The test thread's database connections, taken before Playwright starts."""
    from django.db import connections

    return {alias: connections[alias] for alias in connections}


@pytest.fixture(scope="session")
def playwright(_sync_connections, playwright):
    """pytest-playwright's Playwright, with the test thread keeping its connections.

    The sync API leaves an asyncio loop running in this thread. Django keeps
    connections in an asgiref Local that, while a loop runs, stores them apart
    from the plain thread-local ones: the test thread would then open a second
    connection, without the data serialized when the database was set up, and
    `serialized_rollback` would silently stop restoring the migrated rows (the
    roles) after the first browser test. That happens whenever the database was
    set up before the browser started, e.g. when other tests run first
    (`pytest tests/test_admin.py tests/browser`). Putting the same connection
    objects into the loop's storage keeps one connection per alias.
    """
    from django.db import connections

    for alias, connection in _sync_connections.items():
        connections[alias] = connection
    return playwright


@pytest.fixture(scope="session")
def base_url(pytestconfig):
    # Same as pytest-playwright's fallback, which pytest 9 warns about (it is
    # defined as a method). Tests here build URLs from live_server.url.
    return pytestconfig.getoption("--base-url") or pytestconfig.getini("base_url") or None


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # The server's zone, so the admin shows no "you are N hours behind" note.
    return {**browser_context_args, "timezone_id": "Asia/Jakarta", "locale": "id-ID"}


@pytest.fixture(autouse=True)
def _playwright_timeouts():
    """Bounded waits for every page the test opens (expect() and actions)."""
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture
def network():
    return NetworkLog()
