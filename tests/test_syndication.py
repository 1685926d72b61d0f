"""Feeds, sitemaps, robots.txt and structured data: what machines read."""

import json
import re
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory
from tests.test_article_page import NOT_LIVE

FEEDS = ["/feed/", "/nasional/feed/", "/topik/banjir/feed/", "/penulis/dewi/feed/"]


@pytest.fixture
def world(section):
    topic, author = (
        TopicFactory(name="Banjir", slug="banjir"),
        AuthorFactory(name="Dewi", slug="dewi"),
    )
    visible = ArticleFactory(
        section=section, headline="Banjir Surut di Hilir", summary="Ringkasan banjir.",
        topics=[topic], authors=[author], published_at=datetime(2025, 6, 19, 7, 30, tzinfo=UTC),
    )  # fmt: skip
    for index, state in enumerate(NOT_LIVE):
        ArticleFactory(
            section=section,
            headline=f"Tersembunyi {index}",
            topics=[topic],
            authors=[author],
            **state,
        )
    return visible


@pytest.mark.django_db
@pytest.mark.parametrize("url", FEEDS + [u + "atom/" for u in FEEDS])
def test_feeds_parse_and_hold_only_live_articles(client, world, url):
    response = client.get(url)
    parsed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert [entry.title for entry in parsed.entries] == ["Banjir Surut di Hilir"]
    entry = parsed.entries[0]
    assert entry.author == "Dewi"
    assert {tag.term for tag in entry.tags} == {"Nasional", "Banjir"}
    assert "Ringkasan banjir." in entry.summary
    assert entry.link.endswith(world.get_absolute_url())


@pytest.mark.django_db
def test_feed_dates_carry_the_wib_offset(client, world):
    rss = client.get("/feed/").content.decode()
    atom = client.get("/feed/atom/").content.decode()

    assert "<pubDate>Thu, 19 Jun 2025 14:30:00 +0700</pubDate>" in rss
    assert "2025-06-19T14:30:00+07:00" in atom


@pytest.mark.django_db
def test_unknown_feed_is_404(client, db):
    for url in ("/topik/tidak-ada/feed/", "/penulis/tidak-ada/feed/", "/tidak-ada/feed/"):
        assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_feed_query_count_is_constant(client, section):
    topic = TopicFactory(slug="t")
    ArticleFactory(section=section, topics=[topic], authors=[AuthorFactory()])
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            client.get("/feed/")
        counts.append(len(queries))
        for _ in range(10):
            ArticleFactory(
                section=section, topics=[topic, TopicFactory()], authors=[AuthorFactory()]
            )

    assert counts[0] == counts[1] == 3  # articles, bylines, topics


@pytest.mark.django_db
def test_sitemaps_list_live_articles_sections_and_topics(client, world):
    index = client.get("/sitemap.xml").content.decode()
    articles = client.get("/sitemap-articles.xml").content.decode()
    sections = client.get("/sitemap-sections.xml").content.decode()
    topics = client.get("/sitemap-topics.xml").content.decode()

    assert "sitemap-articles.xml" in index and "sitemap-topics.xml" in index
    assert world.get_absolute_url() in articles
    assert "<lastmod>" in articles
    assert articles.count("<url>") == 1  # nothing hidden
    assert "/nasional/" in sections
    assert "/topik/banjir/" in topics


@pytest.mark.django_db
def test_news_sitemap_has_the_last_48_hours_only(client, section):
    fresh = ArticleFactory(
        section=section, headline="Berita Segar", published_at=timezone.now() - timedelta(hours=3)
    )
    ArticleFactory(
        section=section, headline="Berita Lama", published_at=timezone.now() - timedelta(hours=49)
    )
    ArticleFactory(
        section=section, headline="Berita Embargo", published_at=timezone.now() + timedelta(hours=1)
    )

    xml = client.get("/sitemap-news.xml").content.decode()

    assert fresh.get_absolute_url() in xml
    assert "Berita Lama" not in xml and "Berita Embargo" not in xml
    assert "<news:name>Newsroom</news:name>" in xml and "<news:language>id</news:language>" in xml
    assert re.search(r"<news:publication_date>[^<]+\+07:00</news:publication_date>", xml)


@pytest.mark.django_db
def test_robots_points_to_the_sitemaps(client, db):
    text = client.get("/robots.txt").content.decode()

    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Sitemap: http://testserver/sitemap-news.xml" in text
    assert "Disallow: /pratinjau/" in text
    assert "admin" not in text  # robots.txt must not reveal a secret ADMIN_URL


def _jsonld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


@pytest.mark.django_db
def test_article_page_metadata(client, world):
    html = client.get(world.get_absolute_url()).content.decode()
    data = {block["@type"]: block for block in _jsonld(html)}

    news = data["NewsArticle"]
    assert news["headline"] == "Banjir Surut di Hilir"
    assert news["datePublished"] == "2025-06-19T14:30:00+07:00"
    assert news["dateModified"].endswith("+07:00")
    assert news["author"][0]["name"] == "Dewi"
    assert news["publisher"]["name"] == "Newsroom"
    assert news["articleSection"] == "Nasional" and news["keywords"] == ["Banjir"]
    crumbs = [item["name"] for item in data["BreadcrumbList"]["itemListElement"]]
    assert crumbs == ["Beranda", "Nasional", "Banjir Surut di Hilir"]
    canonical = f'<link rel="canonical" href="http://testserver{world.get_absolute_url()}">'
    assert canonical in html
    for tag in (
        'property="og:title"',
        'property="og:url"',
        'name="twitter:card"',
        'name="description"',
    ):
        assert tag in html
    assert '<html lang="id">' in html and 'content="id_ID"' in html


@pytest.mark.django_db
def test_structured_data_cannot_be_broken_out_of(client, section):
    article = ArticleFactory(section=section, headline="</script><script>alert(1)</script>")

    html = client.get(article.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in html
    assert _jsonld(html)[0]["headline"] == "</script><script>alert(1)</script>"


@pytest.mark.django_db
def test_article_page_reader_extras(client, section):
    now = timezone.now()
    older = ArticleFactory(
        section=section, headline="Cerita Sebelumnya", published_at=now - timedelta(hours=3)
    )
    article = ArticleFactory(
        section=section, body="<p>" + "kata " * 450 + "</p>", published_at=now - timedelta(hours=2)
    )
    newer = ArticleFactory(
        section=section, headline="Cerita Berikutnya", published_at=now - timedelta(hours=1)
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert "2 menit baca" in html
    assert f'rel="prev" href="{older.get_absolute_url()}"' in html
    assert f'rel="next" href="{newer.get_absolute_url()}"' in html
    assert 'class="breadcrumbs"' in html
    assert "https://wa.me/?text=" in html and "facebook.com/sharer" in html
    assert "<script src" not in html  # share links are plain links, no third-party scripts


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, kind", [("/nasional/", "CollectionPage"), ("/topik/banjir/", "CollectionPage")]
)
def test_collection_pages_have_metadata(client, world, url, kind):
    html = client.get(url).content.decode()

    assert _jsonld(html)[0]["@type"] == kind
    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    assert 'type="application/rss+xml"' in html


@pytest.mark.django_db
def test_index_lists_one_wib_day(client, section):
    ArticleFactory(
        section=section, headline="Pagi WIB", published_at=datetime(2025, 6, 18, 17, 30, tzinfo=UTC)
    )
    ArticleFactory(
        section=section,
        headline="Malam Sebelumnya",
        published_at=datetime(2025, 6, 18, 16, 59, tzinfo=UTC),
    )
    ArticleFactory(
        section=SectionFactory(slug="ekonomi"),
        headline="Ekonomi Siang",
        published_at=datetime(2025, 6, 19, 5, 0, tzinfo=UTC),
    )

    html = client.get("/indeks/", {"tanggal": "2025-06-19"}).content.decode()
    assert "Pagi WIB" in html and "Ekonomi Siang" in html and "Malam Sebelumnya" not in html

    html = client.get("/indeks/", {"tanggal": "2025-06-19", "rubrik": "ekonomi"}).content.decode()
    assert "Ekonomi Siang" in html and "Pagi WIB" not in html
    assert 'type="date"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    [
        "2025-13-01",
        "2025-02-30",
        "19-06-2025",
        "kemarin",
        "0001-01-01",
        "9999-12-31",
        "2025-06-19'--",
        "2025-06-1\x00",
    ],
)
def test_index_refuses_malformed_dates(client, db, value):
    assert client.get("/indeks/", {"tanggal": value}).status_code == 404


@pytest.mark.django_db
def test_index_defaults_to_today_and_404s_unknown_section(client, article):
    assert article.headline in client.get("/indeks/").content.decode()
    assert client.get("/indeks/", {"rubrik": "tidak-ada"}).status_code == 404
    assert client.get("/indeks/", {"page": "x"}).status_code == 404
