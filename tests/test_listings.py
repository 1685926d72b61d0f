from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory
from tests.test_article_page import NOT_LIVE


@pytest.fixture
def topic(db):
    return TopicFactory(
        name="Transportasi Publik", slug="transportasi-publik", description="Kabar angkutan umum."
    )


@pytest.fixture
def author(db):
    return AuthorFactory(name="Dewi Lestari", slug="dewi-lestari")


@pytest.fixture
def hidden_everywhere(section, topic, author):
    """One hidden article per non-live state, on every list it could appear in."""
    return [
        ArticleFactory(
            section=section,
            headline=f"Tersembunyi {index}",
            topics=[topic],
            authors=[author],
            **state,
        )
        for index, state in enumerate(NOT_LIVE)
    ]


@pytest.fixture
def visible(section, topic, author):
    return ArticleFactory(
        section=section, headline="Berita Tampil", topics=[topic], authors=[author]
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/", "/nasional/", "/topik/transportasi-publik/", "/penulis/dewi-lestari/"]
)
def test_lists_show_live_articles_and_nothing_else(client, url, visible, hidden_everywhere):
    response = client.get(url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "Berita Tampil" in html
    assert "Tersembunyi" not in html
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_topic_page_shows_name_description_newest_first(client, topic, section):
    now = timezone.now()
    ArticleFactory(
        section=section, headline="Lama", topics=[topic], published_at=now - timedelta(days=2)
    )
    ArticleFactory(
        section=section, headline="Baru", topics=[topic], published_at=now - timedelta(hours=1)
    )
    ArticleFactory(section=section, headline="Topik lain")

    html = client.get("/topik/transportasi-publik/").content.decode()

    assert "Transportasi Publik</h1>" in html
    assert "Kabar angkutan umum." in html
    assert html.index("Baru") < html.index("Lama")
    assert "Topik lain" not in html


@pytest.mark.django_db
def test_topic_pagination_edge_cases(client, topic, section):
    ArticleFactory.create_batch(21, section=section, topics=[topic])
    url = "/topik/transportasi-publik/"

    assert client.get(url).content.decode().count('class="item"') == 20
    second = client.get(url, {"page": 2})
    assert second.status_code == 200
    assert second.content.decode().count('class="item"') == 1
    assert "Halaman 2 dari 2" in second.content.decode()
    assert client.get(url, {"page": "last"}).status_code == 200
    for bad in ("3", "0", "-1", "abc", "1.5", "9" * 30, ""):
        assert client.get(url, {"page": bad}).status_code == (200 if bad == "" else 404), bad


@pytest.mark.django_db
def test_unknown_topic_section_author_are_404(client, db):
    for url in ("/topik/tidak-ada/", "/tidak-ada/", "/penulis/tidak-ada/", "/nasional/999/x/"):
        assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_branded_404_is_in_indonesian(client, db):
    response = client.get("/topik/tidak-ada/")

    assert "Halaman tidak ditemukan" in response.content.decode()


@pytest.mark.django_db
def test_home_has_lead_latest_and_a_block_per_section(client):
    now = timezone.now()
    nasional, ekonomi = (
        SectionFactory(name="Nasional", slug="nasional"),
        SectionFactory(name="Ekonomi", slug="ekonomi"),
    )
    ArticleFactory(
        section=ekonomi, headline="Berita ekonomi", published_at=now - timedelta(hours=2)
    )
    ArticleFactory(
        section=nasional, headline="Berita paling baru", published_at=now - timedelta(minutes=5)
    )
    SectionFactory(name="Kosong", slug="kosong")

    html = client.get("/").content.decode()

    assert html.index("Berita paling baru") < html.index("Berita Terkini")
    assert 'id="block-nasional"' in html and 'id="block-ekonomi"' in html
    assert 'id="block-kosong"' not in html


def _query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_list_query_counts_do_not_grow_with_items(client, topic, author):
    sections = SectionFactory.create_batch(3)
    ArticleFactory(section=sections[0], topics=[topic], authors=[author])
    urls = [
        "/",
        f"/{sections[0].slug}/",
        "/topik/transportasi-publik/",
        "/penulis/dewi-lestari/",
        "/indeks/",
    ]
    few = [_query_count(client, url) for url in urls]

    for section in sections:
        for _ in range(7):
            ArticleFactory(section=section, topics=[topic], authors=[author, AuthorFactory()])
    many = [_query_count(client, url) for url in urls]

    assert few == many
    # home: the latest ids, sections with their newest ids (SQLite: ranked
    # ids, then sections), every story, bylines, most read (24 hours and 7
    # days), the navigation (sections and featured topics in one query);
    # lists: the section, topic or author, count, articles, bylines, the
    # navigation
    home = 7 if connection.vendor == "postgresql" else 8
    assert many == [home, 5, 5, 5, 5]  # the index lists sections for its picker instead


def test_the_500_page_is_branded_and_standalone():
    from django.template import engines

    html = engines["django"].get_template("500.html").render({})

    assert "Terjadi gangguan" in html
    assert "{%" not in html and "static" not in html  # renders even when the database is down


@pytest.mark.django_db
def test_server_errors_get_the_branded_page(client, monkeypatch):
    from articles.views import listings

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(listings.HomeView, "get_context_data", broken)
    client.raise_request_exception = False

    response = client.get("/")

    assert response.status_code == 500
    assert "Terjadi gangguan" in response.content.decode()


@pytest.mark.django_db
def test_deep_pages_read_ids_first_and_keep_the_order(client, section, monkeypatch):
    from articles import pagination
    from articles.models import Article

    monkeypatch.setattr(pagination, "DEFERRED_JOIN_FROM", 20)
    now = timezone.now()
    for n in range(45):
        ArticleFactory(
            section=section, headline=f"Berita ke-{n:02d}", published_at=now - timedelta(hours=n)
        )
    ArticleFactory(section=section, headline="Draf", status=Article.Status.DRAFT)

    page_two = client.get(f"/{section.slug}/?page=2").content.decode()
    page_three = client.get(f"/{section.slug}/?page=3").content.decode()

    shown = [f"Berita ke-{n:02d}" for n in range(20, 40)]
    positions = [page_two.index(headline) for headline in shown]
    assert positions == sorted(positions)
    assert "Berita ke-19" not in page_two and "Berita ke-40" not in page_two
    assert "Berita ke-44" in page_three and "Draf" not in page_three
