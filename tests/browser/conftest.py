"""Browser tests: Playwright (sync API) driving Debian's Chromium against live_server.

Run with `.venv/bin/pytest tests/browser -v`. Every test here is marked `browser`
and skipped when /usr/bin/chromium is missing (`playwright install` is never needed).
"""

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Playwright's sync API runs an asyncio event loop in this thread; Django refuses
# ORM calls from a thread with a running loop unless this is set.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

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
TIMEOUT_MS = 10_000


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
def browser_context_args(browser_context_args):
    # The server's zone, so the admin shows no "you are N hours behind" note.
    return {**browser_context_args, "timezone_id": "Asia/Jakarta", "locale": "id-ID"}


@pytest.fixture(autouse=True)
def _playwright_timeouts(request):
    """Bounded waits for every page the test opens (expect() and actions)."""
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)


@dataclass
class NetworkLog:
    """What went wrong on the wire while a page was open."""

    failed: list = field(default_factory=list)
    bad_responses: list = field(default_factory=list)
    ok_urls: list = field(default_factory=list)

    def attach(self, page):
        page.set_default_timeout(TIMEOUT_MS)
        page.on("requestfailed", self._on_failed)
        page.on("response", self._on_response)
        return page

    def _on_failed(self, request):
        failure = request.failure or ""
        if "ERR_ABORTED" not in failure:  # navigations and cancelled XHRs
            self.failed.append(f"{request.method} {request.url}: {failure}")

    def _on_response(self, response):
        if response.status >= 400:
            self.bad_responses.append(f"{response.status} {response.url}")
        else:
            self.ok_urls.append(response.url)

    def assert_clean(self):
        assert not self.failed, f"failed requests: {self.failed}"
        assert not self.bad_responses, f"error responses: {self.bad_responses}"


@pytest.fixture
def network():
    return NetworkLog()


@pytest.fixture
def indonesian(context, live_server):
    """The UI language the newsroom uses, pinned by cookie (settings may say otherwise)."""
    context.add_cookies([{"name": "django_language", "value": "id", "url": live_server.url}])
    return context
