"""Chromium enforces the Content-Security-Policy: no page of ours trips it."""

import pytest

from tests.browser.support import build_newsroom, login, serve_media, speak_indonesian
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _violations(page):
    """CSP violations, as Chromium reports them on the console."""
    found = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    return found


def test_public_pages_run_under_the_policy_without_violations(live_server, context):
    newsroom = build_newsroom()
    serve_media(speak_indonesian(context, live_server), live_server)
    page = context.new_page()
    violations = _violations(page)

    for path in ("/", newsroom["story"].get_absolute_url(), "/cari/?q=bus", "/indeks/"):
        response = page.goto(live_server.url + path)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]

    assert violations == []


def test_the_admin_editor_runs_under_its_policy_without_violations(live_server, context):
    UserFactory(username="csp-editor", role="Editor")
    page = context.new_page()
    violations = _violations(page)

    login(page, live_server, "csp-editor", "/admin/articles/article/add/")
    editor = page.locator(".prose-editor [contenteditable=true].ProseMirror")
    editor.click()
    editor.press_sequentially("Teks")

    assert editor.inner_text().strip() == "Teks"
    assert violations == []
