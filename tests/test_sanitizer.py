import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import override_settings

from articles.models import Article
from articles.sanitizer import sanitize_html
from tests.factories import ArticleFactory

DANGEROUS = [
    ("<p>a</p><script>alert(1)</script>", "alert"),
    ('<p onclick="steal()">a</p>', "steal"),
    ('<img src="x" onerror="steal()">', "steal"),
    ('<a href="javascript:steal()">a</a>', "javascript:"),
    ('<a href="JaVaScRiPt:steal()">a</a>', "steal"),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">a</a>', "data:"),
    ('<a href="vbscript:msgbox(1)">a</a>', "vbscript"),
    ('<p style="background:url(javascript:steal())">a</p>', "style"),
    ("<style>p{color:red}</style><p>a</p>", "color:red"),
    ('<iframe src="https://evil.example"></iframe>', "iframe"),
    ('<svg onload="steal()"></svg>', "svg"),
    ('<form action="https://evil.example"><input></form>', "form"),
    ("<p>a</p><!-- <script>steal()</script> -->", "steal"),
]


@pytest.mark.parametrize("dirty, forbidden", DANGEROUS)
def test_it_strips_dangerous_markup(dirty, forbidden):
    assert forbidden.lower() not in sanitize_html(dirty).lower()


def test_it_keeps_news_markup():
    html = (
        "<h2>Sub</h2><h3>a</h3><h4>b</h4><p><strong>s</strong> <em>e</em><br></p>"
        "<ul><li>x</li></ul><ol><li>y</li></ol><blockquote><p>q</p></blockquote>"
        '<figure><img src="https://example.org/a.jpg" alt="A"><figcaption>c</figcaption></figure>'
        '<p><a href="https://example.org/">link</a> <a href="mailto:r@example.org">mail</a></p>'
    )

    clean = sanitize_html(html)

    for fragment in ("<h2>", "<h3>", "<h4>", "<strong>", "<em>", "<br>", "<ul>", "<ol>",
                     "<blockquote>", "<figure>", "<figcaption>", 'alt="A"'):  # fmt: skip
        assert fragment in clean
    assert '<a href="https://example.org/" rel="noopener noreferrer">link</a>' in clean
    assert 'href="mailto:r@example.org"' in clean


def test_h1_in_the_body_loses_its_tag():
    assert "<h1>" not in sanitize_html("<h1>Judul kedua</h1>")


@pytest.mark.parametrize("dirty, _", DANGEROUS)
def test_cleaning_twice_changes_nothing(dirty, _):
    once = sanitize_html(dirty + '<p><a href="https://example.org/">x</a></p>')
    assert sanitize_html(once) == once


@pytest.mark.django_db
def test_the_model_layer_stores_clean_html_for_every_writer(section):
    created = ArticleFactory(section=section, body="<p>a</p><script>x()</script>")
    Article.objects.bulk_create(
        [Article(headline="Massal", slug="massal", section=section, body="<p onclick='x()'>b</p>")]
    )

    assert Article.objects.get(pk=created.pk).body == "<p>a</p>"
    assert Article.objects.get(slug="massal").body == "<p>b</p>"


@pytest.mark.django_db
@override_settings(NEWSROOM_BODY_MAX_BYTES=1024)
def test_an_oversized_body_is_refused_before_sanitising(section, monkeypatch):
    from articles import sanitizer

    class MustNotRun:
        def clean(self, html):
            raise AssertionError("nh3 ran on an oversized body")

    monkeypatch.setattr(sanitizer, "_cleaner", MustNotRun())
    article = Article(
        headline="Besar", slug="besar", section=section, body="<p>" + "x" * 2000 + "</p>"
    )

    with pytest.raises(ValidationError), transaction.atomic():
        article.save()
    assert not Article.objects.filter(slug="besar").exists()


def test_deep_nesting_is_handled():
    clean = sanitize_html("<blockquote>" * 2000 + "x" + "</blockquote>" * 2000)
    assert "x" in clean
