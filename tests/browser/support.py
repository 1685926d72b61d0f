"""Helpers shared by the browser tests (kept out of conftest.py so tests can import them)."""

from dataclasses import dataclass, field

from django.conf import settings

TIMEOUT_MS = 10_000


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


def speak_indonesian(context, live_server):
    """Pin the newsroom's UI language by cookie, whatever LANGUAGE_CODE says."""
    cookie = {"name": settings.LANGUAGE_COOKIE_NAME, "value": "id", "url": live_server.url}
    context.add_cookies([cookie])
    return context
