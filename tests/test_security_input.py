"""Bad input gets a 4xx or a normal page, never a 500 (issue: production and trust)."""

import pytest
from django.test import Client

from tests.factories import ArticleFactory, AuthorFactory, TopicFactory

PUBLIC_WITH_QUERY = ["/", "/cari/", "/indeks/", "/kutipan/", "/koreksi/", "/nasional/", "/feed/"]


@pytest.fixture
def site(section):
    topic = TopicFactory(name="Banjir", slug="banjir")
    author = AuthorFactory(name="Dewi", slug="dewi")
    return ArticleFactory(section=section, topics=[topic], authors=[author])


@pytest.fixture
def strict_client():
    # A 500 must fail the test as a status, not as a re-raised exception.
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["evil.example", "testserver.evil.example", "127.0.0.1@evil"])
def test_a_forged_host_is_refused(strict_client, site, host):
    assert strict_client.get("/", HTTP_HOST=host).status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("forwarded", ["evil.example", "testserver, evil.example"])
def test_a_forged_forwarded_host_is_refused(strict_client, site, forwarded):
    assert strict_client.get("/", HTTP_X_FORWARDED_HOST=forwarded).status_code == 400


@pytest.mark.django_db
def test_a_forwarded_host_of_our_own_passes(strict_client, site):
    assert strict_client.get("/", HTTP_X_FORWARDED_HOST="testserver").status_code == 200


@pytest.mark.django_db
def test_links_use_site_url_whatever_host_the_request_named(strict_client, site, settings):
    settings.SITE_URL = "https://news.example.org"

    page = strict_client.get(site.get_absolute_url(), HTTP_HOST="127.0.0.1").content.decode()
    feed = strict_client.get("/feed/", HTTP_HOST="localhost").content.decode()
    sitemap = strict_client.get("/sitemap-articles.xml", HTTP_HOST="localhost").content.decode()
    index = strict_client.get("/sitemap.xml", HTTP_HOST="localhost").content.decode()
    robots = strict_client.get("/robots.txt", HTTP_HOST="localhost").content.decode()

    canonical = f"https://news.example.org{site.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in page
    assert "127.0.0.1" not in page
    assert f"<link>{canonical}</link>" in feed and "localhost" not in feed
    assert f"<loc>{canonical}</loc>" in sitemap and "localhost" not in sitemap
    assert "<loc>https://news.example.org/sitemap-articles.xml</loc>" in index
    assert "Sitemap: https://news.example.org/sitemap.xml" in robots


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/%FF%FE/",
        "/nasional/%C0%AF/",
        "/topik/%E2%82/",
        "/cari/?q=%FF%FE%FD",
        "/indeks/?tanggal=%FF&rubrik=%C0",
        "/kutipan/?tokoh=%FF&topik=%FE",
        "/nasional/?page=%FF",
    ],
)
def test_invalid_utf8_in_paths_and_queries_is_a_4xx_or_a_page(strict_client, site, path):
    assert strict_client.get(path).status_code in (200, 400, 404)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/topik/..%2F..%2Fetc%2Fpasswd/",
        "/topik/%2E%2E/",
        "/topik/banjir%00/",
        "/penulis/dewi%00/",
        "/nasional%00/",
        "/nasional/1/x%00/",
        "/tokoh/..%2Fx/",
        "/pratinjau/tautan/..%2F..%2F/",
        "/pratinjau/tautan/abc%00/",
        "/read/detail/1-x%00.html",
    ],
)
def test_slugs_with_dot_dot_or_nul_are_404(strict_client, site, path):
    assert strict_client.get(path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=99999999999999999999",
        "page=-1",
        "page=1e9",
        "tanggal=2025-13-45",
        "tanggal=99999-01-01",
        "dari=1900-01-01&sampai=not-a-date",
        # Days whose bounds cannot be written as a datetime (once a 500).
        "q=banjir&sampai=9999-12-31",
        "q=banjir&dari=0001-01-01",
        "rubrik=%00",
        "tokoh=%00&topik=%00",
        "order_by=-password&sort=__class__",
        "q=" + "x" * 20000,
    ],
)
def test_odd_query_strings_give_a_4xx_or_a_normal_page(strict_client, site, query):
    for url in PUBLIC_WITH_QUERY:
        assert strict_client.get(f"{url}?{query}").status_code in (200, 400, 404), url


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/cari/", "/kutipan/"])
def test_a_search_date_out_of_range_is_a_form_error(client, url):
    response = client.get(url, {"q": "banjir", "sampai": "9999-12-31"})

    assert response.status_code == 200
    assert "2999-12-31" in response.content.decode()  # the error names the last day allowed


@pytest.mark.django_db
def test_a_huge_body_is_refused(strict_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024

    response = strict_client.post(
        "/i18n/setlang/", {"language": "en", "filler": "x" * 4096}, HTTP_REFERER="/"
    )

    assert response.status_code == 400


@pytest.mark.django_db
def test_html_in_text_fields_is_escaped_on_output(client, section):
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    story = ArticleFactory(section=section, headline=evil, deck=evil, dateline=evil)

    html = client.get(story.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in html
    assert 'onerror="alert(2)"' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
