import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import search
from tests.factories import ArticleFactory, SectionFactory
from tests.test_article_page import NOT_LIVE


@pytest.fixture
def stories(section):
    return {
        "headline": ArticleFactory(
            section=section,
            headline="Banjir rob melanda pesisir utara",
            body="<p>Air laut naik.</p>",
        ),
        "body": ArticleFactory(
            section=section,
            headline="Nelayan menunda melaut",
            body="<p>Gelombang tinggi dan banjir rob.</p>",
        ),
        "accent": ArticleFactory(
            section=section, headline="Kunjungan ke Café Sénayan", body="<p>Kopi.</p>"
        ),
        "other": ArticleFactory(
            section=section, headline="Harga cabai turun", body="<p>Panen raya.</p>"
        ),
    }


@pytest.mark.django_db
def test_it_finds_and_ranks_headline_over_body(client, stories):
    html = client.get("/cari/", {"q": "banjir rob"}).content.decode()

    assert "2 berita ditemukan" in html
    assert html.index("pesisir utara") < html.index("Nelayan menunda")
    assert "Harga cabai" not in html
    assert "<mark>Banjir</mark> <mark>rob</mark>" in html


@pytest.mark.django_db
def test_it_ignores_accents_and_case(client, stories):
    html = client.get("/cari/", {"q": "cafe SENAYAN"}).content.decode()

    assert "Kunjungan ke" in html


@pytest.mark.django_db
@pytest.mark.parametrize("state", NOT_LIVE, ids=lambda s: s["status"])
def test_it_never_finds_hidden_articles(client, section, state):
    ArticleFactory(section=section, headline="Rahasia banjir", **state)

    assert "Rahasia banjir" not in client.get("/cari/", {"q": "banjir"}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ['"', "'", "%", "_", "\\", "' OR 1=1 --", "DROP TABLE articles_article;", "banjir & | ! ( ) :*",
     "🙂🌊", "a" * 5000, "<script>alert(1)</script>", "   ", "or", "-", "\x00banjir"],
)  # fmt: skip
def test_odd_queries_give_a_normal_page(client, stories, query):
    response = client.get("/cari/", {"q": query})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.django_db
def test_filters_by_section_and_dates(client, stories):
    ekonomi = SectionFactory(slug="ekonomi", name="Ekonomi")
    ArticleFactory(section=ekonomi, headline="Banjir harga impor")

    html = client.get("/cari/", {"q": "banjir", "rubrik": "ekonomi"}).content.decode()
    assert "harga impor" in html and "pesisir utara" not in html

    html = client.get(
        "/cari/", {"q": "banjir", "dari": "2000-01-01", "sampai": "2000-01-02"}
    ).content.decode()
    assert "0 berita ditemukan" in html

    response = client.get("/cari/", {"q": "banjir", "dari": "kemarin", "rubrik": "tidak-ada"})
    assert response.status_code == 200 and "errorlist" in response.content.decode()


@pytest.mark.django_db
def test_search_query_count_is_constant(client, section):
    ArticleFactory(section=section, headline="Banjir satu")
    with CaptureQueriesContext(connection) as few:
        client.get("/cari/", {"q": "banjir"})
    ArticleFactory.create_batch(15, section=section, headline="Banjir lagi")
    with CaptureQueriesContext(connection) as many:
        client.get("/cari/", {"q": "banjir"})

    assert len(few) == len(many)


def test_query_is_bounded():
    assert len(search.normalise_query("x" * 5000)) == search.MAX_QUERY_CHARS
    assert search.normalise_query("a\x00b\nc") == "a b c"


@pytest.mark.django_db
@pytest.mark.skipif(not search.uses_postgres(), reason="the match window is PostgreSQL's")
def test_only_the_newest_matches_are_ranked_recent_ones_first(section, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    monkeypatch.setattr(search, "SEARCH_WINDOW", 3)
    now = timezone.now()
    recent = [
        ArticleFactory(
            section=section, headline=f"Gempa baru {n}", published_at=now - timedelta(days=n)
        )
        for n in (1, 2)
    ]
    old = [
        ArticleFactory(
            section=section, headline=f"Gempa lama {n}", published_at=now - timedelta(days=n)
        )
        for n in (40, 400, 800)
    ]
    ArticleFactory(
        section=section, headline="Gempa terjadwal", published_at=now + timedelta(days=1)
    )

    found = set(search.search("gempa").values_list("pk", flat=True))

    assert found == {recent[0].pk, recent[1].pk, old[0].pk}


def test_the_snippet_starts_near_the_first_match_whatever_the_accents_and_spaces():
    filler = " ".join(f"kata{n}" for n in range(30))
    for body in (f"<p>{filler} Café Sénayan ramai.</p>", f"<p>{filler}\u00a0x Café Sénayan.</p>"):
        article = ArticleFactory.build(body=body)
        text = str(search.snippet(article, "senayan"))
        assert text.startswith("… ") and "<mark>Sénayan</mark>" in text
        assert "kata0 " not in text


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Jakarta KPK", "jakarta kpk"), ("Café Sénayan", "cafe senayan"), ("STRAßE", "strasse")],
)
def test_folding_lowercases_and_drops_accents(text, folded):
    from articles.text import fold

    assert fold(text) == folded


def test_highlight_escapes_everything_but_its_marks():
    html = search.highlight('<b>Banjir</b> & "banjir" rob', "banjir")

    assert html == (
        "&lt;b&gt;<mark>Banjir</mark>&lt;/b&gt; &amp; &quot;<mark>banjir</mark>&quot; rob"
    )


def test_snippet_reads_text_across_paragraphs_and_entities():
    article = ArticleFactory.build(
        body="<p>Harga &amp; pasar</p><p>Banjir <strong>rob</strong></p>"
    )

    assert str(search.snippet(article, "banjir")) == "Harga &amp; pasar <mark>Banjir</mark> rob"


def test_search_form_widgets_escape_labels_and_keep_the_choice():
    from articles.forms import QuickDateInput, QuickSelect

    select = QuickSelect(choices=[("", "Semua"), ("a&b", "<Rubrik>"), ("x", "X")])
    html = select.render("rubrik", "a&b", attrs={"id": "id_rubrik"})

    assert html == (
        '<select name="rubrik" id="id_rubrik"><option value="">Semua</option>'
        '<option value="a&amp;b" selected>&lt;Rubrik&gt;</option><option value="x">X</option></select>'
    )
    assert QuickDateInput().render("dari", '"><script>') == (
        '<input type="date" name="dari" value="&quot;&gt;&lt;script&gt;">'
    )


@pytest.mark.django_db
@pytest.mark.skipif(not search.uses_postgres(), reason="the match window is PostgreSQL's")
def test_the_count_comes_from_the_match_window_not_a_count_query(client, section):
    for n in range(3):
        ArticleFactory(section=section, headline=f"Longsor di desa {n}")
    ArticleFactory(section=section, headline="Longsor rahasia", status="draft")

    with CaptureQueriesContext(connection) as queries:
        html = client.get("/cari/", {"q": "longsor"}).content.decode()

    assert "3 berita ditemukan" in html and "rahasia" not in html
    assert not [q for q in queries if "COUNT(" in q["sql"]]
