"""Security headers: a strict CSP for readers' pages, a looser one for the admin."""

import re

import pytest

from tests.factories import ArticleFactory, QuoteFactory, TopicFactory

# An inline script that a browser would run: no src, and not a data block.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")


def _directives(header):
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.fixture
def live_story(section):
    topic = TopicFactory(name="Banjir", slug="banjir")
    story = ArticleFactory(section=section, topics=[topic])
    QuoteFactory(article=story)
    return story


@pytest.mark.django_db
def test_public_pages_have_a_strict_policy_and_the_other_headers(client, live_story):
    response = client.get(live_story.get_absolute_url())

    policy = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert policy["script-src"] == ["'self'"]
    # 'self' and the hash of the standalone 500 page's <style>.
    assert policy["style-src"][0] == "'self'"
    assert all(source.startswith("'sha256-") for source in policy["style-src"][1:])
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_the_public_policy_built_once_is_django_csps_and_follows_the_settings(
    client, live_story, settings
):
    from csp.utils import build_policy

    assert client.get("/")["Content-Security-Policy"] == build_policy()

    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}

    assert client.get("/")["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.django_db
def test_public_pages_carry_no_inline_script_or_style(client, live_story):
    topic = live_story.topics.first()
    pages = [
        "/",
        live_story.get_absolute_url(),
        live_story.section.get_absolute_url(),
        topic.get_absolute_url(),
        "/cari/?q=banjir",
        "/indeks/",
        "/koreksi/",
        "/kutipan/",
        "/tidak-ada/",  # the 404 page
    ]
    for url in pages:
        html = client.get(url).content.decode()

        assert not INLINE_SCRIPT.search(html), url
        assert " style=" not in html and "<style" not in html, url


def test_the_error_pages_inline_style_is_allowed_by_its_hash_only(settings):
    import base64
    import hashlib

    from django.template import engines

    html = engines["django"].get_template("500.html").render({})
    css = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()

    style_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    assert style_src == ["'self'", f"'sha256-{digest}'"]
    assert " style=" not in html


@pytest.mark.django_db
def test_the_admin_has_its_own_policy_with_a_nonce_on_the_editors_import_map(editor_client):
    response = editor_client.get("/admin/articles/article/add/")

    header = response["Content-Security-Policy"]
    policy = _directives(header)
    nonce = re.search(r"'nonce-([^']+)'", " ".join(policy["script-src"])).group(1)
    html = response.content.decode()
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert f'<script type="importmap" nonce="{nonce}">' in html
    # Every other script the admin runs is a file.
    for tag in INLINE_SCRIPT.findall(html):
        assert 'type="importmap"' in tag


@pytest.mark.django_db
def test_each_admin_page_gets_a_fresh_nonce(editor_client):
    first = editor_client.get("/admin/articles/article/add/")["Content-Security-Policy"]
    second = editor_client.get("/admin/articles/article/add/")["Content-Security-Policy"]

    assert first != second
