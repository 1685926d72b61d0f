from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    QuoteFactory,
    RelatedLinkFactory,
    SectionFactory,
    TopicFactory,
)

NOT_LIVE = [
    {"status": Article.Status.DRAFT},
    {"status": Article.Status.IN_REVIEW},
    {"status": Article.Status.UNPUBLISHED},
    {
        "status": Article.Status.RETRACTED,
        "retraction_reason": "Data keliru.",
        "retracted_at": timezone.now(),
    },
    {"status": Article.Status.PUBLISHED, "published_at": timezone.now() + timedelta(days=1)},
]


@pytest.fixture
def seed_shaped(section):
    """An article with every element of the seed article, in our own words."""
    andhika = AuthorFactory(name="Sari Pertiwi", slug="sari-pertiwi")
    topics = [
        TopicFactory(name=name, slug=name.lower()) for name in ("BNPT", "Vietnam", "Terorisme")
    ]
    article = ArticleFactory(
        section=section,
        headline="Dua Negara Sepakati Latihan Bersama Penanganan Krisis",
        slug="dua-negara-sepakati-latihan-bersama",
        deck="Pertemuan kelompok kerja kedua digelar di Jakarta.",
        dateline="Jakarta",
        body="<p>Pertemuan kelompok kerja kedua berlangsung di kantor badan itu.</p>",
        published_at=datetime(2025, 6, 19, 7, 30, tzinfo=UTC),
        authors=[andhika],
        topics=topics,
    )
    QuoteFactory(
        article=article,
        text="Kerja sama ini tumbuh semakin kuat sejak nota kesepahaman ditandatangani",
        speaker="Bima Santoso",
        speaker_role="Deputi Bidang Kerja Sama",
        context="Jakarta, Kamis (19/6)",
        is_pull_quote=True,
    )
    first = ArticleFactory(
        section=section,
        headline="Pelatihan Personel untuk Pendampingan Anak Terdampak",
        published_at=datetime(2025, 9, 27, 8, 39, tzinfo=UTC),
    )
    second = ArticleFactory(
        section=section,
        headline="Pelatihan Tiga Pilar di Mataram",
        published_at=datetime(2025, 9, 12, 14, 5, tzinfo=UTC),
    )
    RelatedLinkFactory(article=article, target=first, position=0)
    RelatedLinkFactory(article=article, target=second, position=1)
    article.next_article = ArticleFactory(
        section=section, headline="Pemerintah Siapkan Ribuan Rumah Bersubsidi"
    )
    article.save()
    return article


@pytest.mark.django_db
def test_it_shows_every_seed_element(client, seed_shaped):
    response = client.get(seed_shaped.get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Dua Negara Sepakati Latihan Bersama Penanganan Krisis</h1>" in html
    assert "Pertemuan kelompok kerja kedua digelar di Jakarta." in html
    assert '<span class="dateline">Jakarta, MI -</span>' in html
    assert "Kamis, 19 Juni 2025 14:30 WIB" in html
    assert 'rel="author">Sari Pertiwi</a>' in html
    assert "berlangsung di kantor badan itu." in html
    assert "“Kerja sama ini tumbuh semakin kuat sejak nota kesepahaman ditandatangani”" in html
    assert "Bima Santoso" in html and "Deputi Bidang Kerja Sama" in html
    assert "(Jakarta, Kamis (19/6))" in html
    assert 'class="pull-quote"' in html
    assert "Topik:" in html
    for slug, name in (("bnpt", "BNPT"), ("vietnam", "Vietnam"), ("terorisme", "Terorisme")):
        assert f'href="/topik/{slug}/" rel="tag">{name}</a>' in html
    assert "Berita Selanjutnya" in html
    assert "Pemerintah Siapkan Ribuan Rumah Bersubsidi" in html
    assert "Berita Terkait" in html
    assert "Pelatihan Personel untuk Pendampingan Anak Terdampak" in html
    assert "27 September 2025 15:39 WIB" in html
    assert "12 September 2025 21:05 WIB" in html
    assert html.index("27 September 2025") < html.index("12 September 2025")


@pytest.mark.django_db
def test_it_redirects_wrong_slug_and_section_to_canonical(client, article):
    other = SectionFactory(slug="ekonomi")
    canonical = article.get_absolute_url()

    for wrong in (
        f"/{article.section.slug}/{article.pk}/slug-lama/",
        f"/{other.slug}/{article.pk}/{article.slug}/",
        f"/{article.section.slug}/{article.pk}/",
    ):
        response = client.get(wrong)
        assert response.status_code == 301, wrong
        assert response["Location"] == canonical


@pytest.mark.django_db
@pytest.mark.parametrize(
    "state", NOT_LIVE, ids=lambda s: s["status"] + ("-future" if "published_at" in s else "")
)
def test_it_hides_articles_that_are_not_live(client, section, state):
    hidden = ArticleFactory(
        section=section, headline="Berita Tersembunyi", body="<p>ISI RAHASIA</p>", **state
    )
    # A retraction is public: its address says so (410) instead of pretending it never was.
    expected = 410 if state["status"] == Article.Status.RETRACTED else 404

    for url in (hidden.get_absolute_url(), f"/{section.slug}/{hidden.pk}/lain/"):
        response = client.get(url)
        assert response.status_code == expected
        assert "ISI RAHASIA" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "state", NOT_LIVE, ids=lambda s: s["status"] + ("-future" if "published_at" in s else "")
)
def test_related_and_next_never_show_hidden_articles(client, article, state):
    hidden = ArticleFactory(section=article.section, headline="Berita Tersembunyi", **state)
    RelatedLinkFactory(article=article, target=hidden)
    article.next_article = hidden
    article.save()

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Berita Tersembunyi" not in html


@pytest.mark.django_db
def test_next_story_falls_back_to_the_next_live_story_in_the_section(client, section):
    now = timezone.now()
    older = ArticleFactory(
        section=section, headline="Yang lebih lama", published_at=now - timedelta(hours=5)
    )
    current = ArticleFactory(section=section, published_at=now - timedelta(hours=4))
    newer = ArticleFactory(
        section=section, headline="Yang lebih baru", published_at=now - timedelta(hours=3)
    )
    ArticleFactory(section=section, headline="Terjadwal", published_at=now + timedelta(hours=1))

    assert current.next_live() == newer
    assert newer.next_live() == current  # newest story: the latest before it
    assert older.next_live() == current
    assert "Yang lebih baru" in client.get(current.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_related_comes_from_shared_topics_when_no_links_are_set(client, section):
    pemilu, banjir = TopicFactory(name="Pemilu"), TopicFactory(name="Banjir")
    article = ArticleFactory(section=section, topics=[pemilu, banjir])
    ArticleFactory(section=section, headline="Berbagi dua topik", topics=[pemilu, banjir])
    ArticleFactory(section=section, headline="Berbagi satu topik", topics=[banjir])
    ArticleFactory(section=section, headline="Tanpa topik bersama")
    ArticleFactory(section=section, headline="Draf berbagi topik", topics=[pemilu], status="draft")

    titles = [item.title for item in Article.objects.for_article_page(article.pk).related_items()]

    assert titles == ["Berbagi dua topik", "Berbagi satu topik"]
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Berbagi dua topik" in html and "Draf berbagi topik" not in html


def _related_titles(article):
    return [item.title for item in Article.objects.for_article_page(article.pk).related_items()]


@pytest.mark.django_db
def test_related_ranks_by_shared_topics_then_newest_and_shows_four(section):
    a, b, c = TopicFactory(name="A"), TopicFactory(name="B"), TopicFactory(name="C")
    now = timezone.now()
    article = ArticleFactory(section=section, topics=[a, b, c])

    def story(headline, topics, days_ago):
        return ArticleFactory(
            section=section, headline=headline, topics=topics,
            published_at=now - timedelta(days=days_ago),
        )  # fmt: skip

    story("Tiga topik, lama", [a, b, c], 300)
    story("Dua topik", [b, c], 2)
    story("Satu topik, terbaru", [c], 1)
    story("Satu topik", [a], 3)
    story("Satu topik, terlama", [b], 400)

    assert _related_titles(article) == [
        "Tiga topik, lama", "Dua topik", "Satu topik, terbaru", "Satu topik",
    ]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("state", NOT_LIVE)
def test_related_never_lists_a_story_that_is_not_live(section, state):
    topic = TopicFactory(name="Pemilu")
    article = ArticleFactory(section=section, topics=[topic])
    ArticleFactory(section=section, headline="Tidak tayang", topics=[topic], **state)

    assert _related_titles(article) == []


@pytest.mark.django_db
def test_related_considers_only_the_newest_stories_of_each_topic(section, monkeypatch):
    monkeypatch.setattr("articles.models.ranking.RELATED_CANDIDATES", 2)
    small, big = TopicFactory(name="Kecil"), TopicFactory(name="Besar")
    now = timezone.now()
    article = ArticleFactory(
        section=section, topics=[small, big], published_at=now - timedelta(days=10)
    )
    for days_ago, headline in [(1, "Terbaru"), (2, "Kedua"), (3, "Ketiga, di luar jendela")]:
        ArticleFactory(
            section=section, headline=headline, topics=[big],
            published_at=now - timedelta(days=days_ago),
        )  # fmt: skip
    # Outside the big topic's window, but in the small one's: it competes,
    # and its shared topics are all counted.
    ArticleFactory(
        section=section, headline="Lama, dua topik", topics=[small, big],
        published_at=now - timedelta(days=30),
    )  # fmt: skip

    assert _related_titles(article) == ["Lama, dua topik", "Terbaru", "Kedua"]


@pytest.mark.django_db
def test_external_related_links_are_shown_without_a_timestamp(client, article):
    RelatedLinkFactory(
        article=article, target=None, url="https://example.org/laporan", title="Laporan lengkap"
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert 'href="https://example.org/laporan" rel="noopener external">Laporan lengkap</a>' in html


def _article_with(n, section):
    article = ArticleFactory(
        section=section,
        authors=AuthorFactory.create_batch(n),
        topics=TopicFactory.create_batch(n),
    )
    QuoteFactory.create_batch(n, article=article)
    for target in ArticleFactory.create_batch(n, section=section):
        RelatedLinkFactory(article=article, target=target)
    return article


@pytest.mark.django_db
def test_article_page_query_count_does_not_grow_with_content(client, section):
    small, large = _article_with(1, section), _article_with(20, section)

    counts = []
    for article in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(article.get_absolute_url()).status_code == 200
        counts.append(len(queries))

    # article (with the ids of its neighbours), bylines, quotes, corrections,
    # topics, related links, the older/newer/next stories together, and the
    # navigation (sections and featured topics in one query)
    assert counts == [8, 8]


@pytest.mark.django_db
def test_previous_next_and_chosen_next_story_come_in_one_query(client, section):
    now = timezone.now()
    ArticleFactory(
        section=section, headline="Yang lebih lama", published_at=now - timedelta(hours=5)
    )
    article = ArticleFactory(section=section, published_at=now - timedelta(hours=4))
    ArticleFactory(
        section=section, headline="Yang lebih baru", published_at=now - timedelta(hours=3)
    )
    elsewhere = SectionFactory(name="Ekonomi", slug="ekonomi")
    chosen = ArticleFactory(section=elsewhere, headline="Pilihan Redaktur")
    article.next_article = chosen
    article.save()

    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.get_absolute_url()).content.decode()

    assert len(queries) == 8
    assert f'<a href="{chosen.get_absolute_url()}">Pilihan Redaktur</a>' in html
    assert chosen.get_absolute_url().startswith("/ekonomi/")
    assert "Yang lebih lama" in html and "Yang lebih baru" in html


@pytest.mark.django_db
def test_an_editor_chosen_next_story_in_the_section_does_not_displace_the_neighbours(section):
    now = timezone.now()
    chosen = ArticleFactory(section=section, published_at=now - timedelta(hours=9))
    older = ArticleFactory(section=section, published_at=now - timedelta(hours=5))
    current = ArticleFactory(
        section=section, published_at=now - timedelta(hours=4), next_article=chosen
    )
    newer = ArticleFactory(section=section, published_at=now - timedelta(hours=3))
    same_time = ArticleFactory(section=section, published_at=current.published_at)

    assert current.page_links() == (older, same_time, chosen)
    assert same_time.page_links() == (current, newer, newer)
    assert chosen.page_links() == (None, older, older)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "state", NOT_LIVE, ids=lambda s: s["status"] + ("-future" if "published_at" in s else "")
)
def test_neighbours_skip_stories_that_are_not_live(section, state):
    now = timezone.now()
    older = ArticleFactory(section=section, published_at=now - timedelta(hours=6))
    current = ArticleFactory(section=section, published_at=now - timedelta(hours=4))
    newer = ArticleFactory(section=section, published_at=now - timedelta(hours=1))
    for hours in (5, 3, 2):  # nearer on both sides, and the editor's choice
        hidden = ArticleFactory(
            section=section, **{"published_at": now - timedelta(hours=hours), **state}
        )
    current.next_article = hidden

    assert current.page_links() == (older, newer, newer)


@pytest.mark.django_db
def test_a_draft_preview_offers_the_section_newest_story_as_previous(section):
    ArticleFactory(section=section, headline="Terbaru di rubrik")
    draft = ArticleFactory(section=section, status=Article.Status.DRAFT, published_at=None)

    older, newer, next_story = draft.page_links()

    assert older.headline == "Terbaru di rubrik"
    assert newer is None and next_story == older


@pytest.mark.django_db
def test_editor_text_is_escaped_but_the_body_is_rendered(client, section):
    article = ArticleFactory(
        section=section,
        headline="<script>alert(1)</script> Judul",
        body="<p>Teks <strong>tebal</strong></p><script>alert(2)</script>",
    )
    QuoteFactory(article=article, text="<img src=x onerror=alert(3)>", speaker="<b>X</b>")

    html = client.get(article.get_absolute_url()).content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt; Judul" in html
    assert "<strong>tebal</strong>" in html
    assert "alert(2)" not in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(3)&gt;" in html
    assert "&lt;b&gt;X&lt;/b&gt;" in html


def _page_links_and_queries(story):
    with CaptureQueriesContext(connection) as queries:
        links = story.page_links()
    return links, len(queries)


@pytest.mark.django_db
def test_neighbours_of_a_story_with_a_moment_of_its_own_come_in_one_query(section):
    now = timezone.now().replace(microsecond=123456)
    older = ArticleFactory(section=section, published_at=now - timedelta(hours=5))
    current = ArticleFactory(section=section, published_at=now - timedelta(hours=4))
    newer = ArticleFactory(section=section, published_at=now - timedelta(hours=3))

    assert _page_links_and_queries(current) == ((older, newer, newer), 1)


@pytest.mark.django_db
def test_stories_of_the_very_same_moment_are_ordered_by_id(section):
    # Whole seconds (an archive import) are compared exactly at once;
    # a shared microsecond is found out and looked up again.
    for moment, queries in (
        (datetime(2024, 5, 1, 8, 0, 0), 1),
        (datetime(2024, 5, 1, 8, 0, 0, 5), 2),
    ):
        at = timezone.make_aware(moment)
        older = ArticleFactory(section=section, published_at=at - timedelta(days=1))
        first, current, last = (ArticleFactory(section=section, published_at=at) for _ in range(3))
        newer = ArticleFactory(section=section, published_at=at + timedelta(days=1))

        assert _page_links_and_queries(current) == ((first, last, last), queries)
        assert first.page_links()[:2] == (older, current)
        assert last.page_links()[:2] == (current, newer)
        Article.objects.filter(section=section).delete()
