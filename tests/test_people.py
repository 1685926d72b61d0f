"""People and their statements, quote search, and suggested quotes."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import pagination, people, quote_search, search
from articles.models import Person, PersonAlias, Quote, TopicAlias, live_q
from articles.pagination import CappedPaginator
from articles.text import fold
from articles.views.people import QuoteSearchView
from articles.views.search import SearchPaginator
from tests.factories import ArticleFactory, QuoteFactory, TopicFactory
from tests.test_article_page import NOT_LIVE


@pytest.fixture
def ratna(db):
    person = Person.objects.create(
        name="Ratna Wulandari",
        slug="ratna-wulandari",
        role="Kepala Dinas Perhubungan",
        organisation="Pemprov DKI",
    )
    PersonAlias.objects.create(person=person, name="Bu Ratna")
    return person


@pytest.mark.django_db
def test_person_page_lists_statements_from_live_articles_only(client, section, ratna):
    banjir = TopicFactory(name="Banjir", slug="banjir")
    live = ArticleFactory(section=section, headline="Bus Listrik Mulai Jalan", topics=[banjir])
    QuoteFactory(
        article=live,
        person=ratna,
        text="Kami mulai dari rute tersibuk",
        speaker_role="Kepala Dinas",
    )
    for index, state in enumerate(NOT_LIVE):
        hidden = ArticleFactory(section=section, **state)
        QuoteFactory(article=hidden, person=ratna, text=f"Pernyataan tersembunyi {index}")

    html = client.get("/tokoh/ratna-wulandari/").content.decode()

    assert "Ratna Wulandari</h1>" in html
    assert "Kami mulai dari rute tersibuk" in html and "Bus Listrik Mulai Jalan" in html
    assert "tersembunyi" not in html
    assert "WIB" in html and 'href="/topik/banjir/"' in html
    person_ld = [
        json.loads(b)
        for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    assert person_ld[0]["@type"] == "Person" and person_ld[0]["alternateName"] == ["Bu Ratna"]


@pytest.mark.django_db
def test_person_feed_and_unknown_person(client, section, ratna):
    QuoteFactory(article=ArticleFactory(section=section), person=ratna, text="Tarif tetap")

    assert b"Tarif tetap" in client.get("/tokoh/ratna-wulandari/feed/").content
    assert client.get("/tokoh/tidak-ada/").status_code == 404


@pytest.mark.django_db
def test_person_page_query_count_is_constant(client, section, ratna):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/tokoh/ratna-wulandari/")
        return len(queries)

    QuoteFactory(article=ArticleFactory(section=section, topics=[TopicFactory()]), person=ratna)
    few = count()
    for _ in range(10):
        QuoteFactory(article=ArticleFactory(section=section, topics=[TopicFactory()]), person=ratna)

    assert count() == few


@pytest.mark.django_db
def test_quotes_link_to_their_person_and_appear_as_quotation_data(client, section, ratna):
    article = ArticleFactory(section=section)
    QuoteFactory(article=article, person=ratna, speaker="Ratna Wulandari", text="Kami siap")

    html = client.get(article.get_absolute_url()).content.decode()
    news = json.loads(
        re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[0]
    )

    assert 'href="/tokoh/ratna-wulandari/">Ratna Wulandari</a>' in html
    assert news["hasPart"][0] == {
        "@type": "Quotation",
        "text": "Kami siap",
        "creator": {"@type": "Person", "name": "Ratna Wulandari", "url": "http://testserver/tokoh/ratna-wulandari/",
                    "jobTitle": "Kepala Dinas"},
    }  # fmt: skip


@pytest.mark.django_db
def test_quote_search_filters_and_survives_odd_input(client, section, ratna):
    banjir = TopicFactory(name="Banjir", slug="banjir")
    QuoteFactory(
        article=ArticleFactory(section=section, topics=[banjir]),
        person=ratna,
        text="Pompa air disiagakan di Kampung Melayu",
    )
    QuoteFactory(
        article=ArticleFactory(section=section), text="Pompa baru tiba pekan depan", speaker="Budi"
    )
    QuoteFactory(
        article=ArticleFactory(section=section, status="draft", published_at=None),
        text="Pompa rahasia",
    )

    html = client.get("/kutipan/", {"q": "pompa"}).content.decode()
    assert "Kampung Melayu" in html and "tiba pekan depan" in html and "rahasia" not in html
    html = client.get("/kutipan/", {"q": "pompa", "tokoh": "ratna-wulandari"}).content.decode()
    assert "Kampung Melayu" in html and "tiba pekan depan" not in html
    html = client.get("/kutipan/", {"q": "pompa", "topik": "banjir"}).content.decode()
    assert "Kampung Melayu" in html and "tiba pekan depan" not in html
    for odd in ("'", '"', "%", "🙂", "x" * 5000, "DROP TABLE", "\x00", "<script>"):
        response = client.get("/kutipan/", {"q": odd, "tokoh": "tidak-ada", "dari": "kemarin"})
        assert response.status_code == 200
        assert "<script>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.django_db
def test_quote_search_query_count_is_constant(client, section, ratna):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/kutipan/", {"q": "pompa"})
        return len(queries)

    QuoteFactory(article=ArticleFactory(section=section), person=ratna, text="pompa satu")
    few = count()
    for _ in range(10):
        QuoteFactory(article=ArticleFactory(section=section), person=ratna, text="pompa lagi")

    assert count() == few


@pytest.mark.django_db
def test_suggested_quotes_are_added_only_when_confirmed(editor_client, section, ratna):
    article = ArticleFactory(
        section=section,
        body=(
            '<p>"Kami ingin warga merasakan manfaatnya," kata Bu Ratna, Jakarta, Kamis (19/6).</p>'
            '<p>"Tarif tetap sampai akhir tahun," ujar Hendra Gunawan.</p>'
        ),
    )
    url = f"/admin/articles/article/{article.pk}/quotes/suggested/"

    html = editor_client.get(url).content.decode()
    assert (
        "Kami ingin warga merasakan manfaatnya" in html and "Tarif tetap sampai akhir tahun" in html
    )
    assert not Quote.objects.exists()

    editor_client.post(url, {"suggestion": ["0", "1"], "create_people": "on"})

    quotes = {q.text: q for q in Quote.objects.select_related("person")}
    assert quotes["Kami ingin warga merasakan manfaatnya"].person == ratna  # matched by alias
    assert quotes["Kami ingin warga merasakan manfaatnya"].context == "Jakarta, Kamis (19/6)"
    assert quotes["Tarif tetap sampai akhir tahun"].person.name == "Hendra Gunawan"
    assert people.pending_suggestions(article) == []


@pytest.mark.django_db
def test_unticked_suggestions_are_not_added(editor_client, section):
    article = ArticleFactory(
        section=section, body='<p>"Tarif tetap sampai akhir tahun," ujar Hendra Gunawan.</p>'
    )

    editor_client.post(f"/admin/articles/article/{article.pk}/quotes/suggested/", {})

    assert not Quote.objects.exists() and not Person.objects.exists()


@pytest.mark.django_db
def test_reporters_cannot_add_suggestions_to_others_articles(client, reporter, section):
    article = ArticleFactory(
        section=section, body='<p>"Tarif tetap sampai akhir tahun," ujar Hendra Gunawan.</p>'
    )
    client.force_login(reporter)

    response = client.post(
        f"/admin/articles/article/{article.pk}/quotes/suggested/", {"suggestion": ["0"]}
    )

    assert response.status_code == 403 and not Quote.objects.exists()


def _quotes_found(client, **query):
    html = client.get("/kutipan/", query).content.decode()
    return html, re.findall(r"<blockquote[^>]*><p>“([^”]*)”", html)


@pytest.fixture
def two_quotes(section, ratna):
    topic = TopicFactory(name="Banjir Jakarta", slug="banjir-jakarta")
    TopicAlias.objects.create(topic=topic, name="Banjir Ibu Kota")
    QuoteFactory(
        article=ArticleFactory(section=section, topics=[topic]), person=ratna, text="Pompa siaga"
    )
    QuoteFactory(article=ArticleFactory(section=section), speaker="Budi", text="Tanggul aman")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed", ["ratna-wulandari", "Ratna Wulandari", "RATNA  wulandari", "Bu Ratna"]
)
def test_quote_search_finds_a_person_by_name_other_name_or_link(client, two_quotes, typed):
    html, found = _quotes_found(client, tokoh=typed)

    assert found == ["Pompa siaga"]
    assert 'name="tokoh" value="Ratna Wulandari"' in html  # the name, not the slug


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["banjir-jakarta", "banjir jakarta", "Banjir Ibu Kota"])
def test_quote_search_finds_a_topic_by_name_other_name_or_link(client, two_quotes, typed):
    assert _quotes_found(client, topik=typed)[1] == ["Pompa siaga"]


@pytest.mark.django_db
def test_quote_search_names_close_people_when_nobody_matches(client, two_quotes):
    response = client.get("/kutipan/", {"tokoh": "Ratna"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "Tidak ada tokoh bernama “Ratna” yang pernah dikutip." in html
    assert "Maksud Anda: Ratna Wulandari?" in html
    assert "Pompa siaga" not in html


@pytest.mark.django_db
def test_quote_search_counts_namesakes_alike(client, section, ratna):
    namesake = Person.objects.create(name="Ratna Wulandari", slug="ratna-wulandari-2")
    QuoteFactory(article=ArticleFactory(section=section), person=ratna, text="Satu")
    QuoteFactory(article=ArticleFactory(section=section), person=namesake, text="Dua")

    assert sorted(_quotes_found(client, tokoh="Ratna Wulandari")[1]) == ["Dua", "Satu"]
    assert _quotes_found(client, tokoh="ratna-wulandari-2")[1] == ["Dua"]


@pytest.mark.django_db
def test_quote_search_does_not_list_every_person_and_topic(client, ratna):
    TopicFactory(name="Banjir", slug="banjir")

    html = client.get("/kutipan/").content.decode()

    assert "<option" not in html.split('name="tokoh"', 1)[1].split("</form>", 1)[0]
    assert "Ratna Wulandari" not in html and "Banjir" not in html


def _one_story_of_quotes(section, person, word, count=31):
    """One more than a page of 30, all `person`'s, each starting with `word`."""
    article = ArticleFactory(section=section)
    for number in range(count):
        QuoteFactory(article=article, person=person, text=f"{word} {number}", position=number)


@pytest.mark.django_db
def test_quote_search_stops_counting_at_its_last_page(client, section, ratna, monkeypatch):
    monkeypatch.setattr("articles.pagination.CappedPaginator.max_pages", 1)  # 30 quotes
    _one_story_of_quotes(section, ratna, "Pernyataan")

    html = client.get("/kutipan/", {"tokoh": "Ratna Wulandari"}).content.decode()

    assert "Lebih dari 30 kutipan ditemukan." in html
    assert client.get("/kutipan/", {"tokoh": "Ratna Wulandari", "page": 2}).status_code == 404


@pytest.mark.django_db
def test_a_quote_search_for_words_shows_as_many_pages_as_it_ranks(
    client, section, ratna, monkeypatch
):
    # As many pages as article search; a person's statements alone keep 50.
    assert quote_search.QUOTE_WINDOW == SearchPaginator.max_pages * QuoteSearchView.paginate_by
    assert CappedPaginator.max_pages == 50
    monkeypatch.setattr(SearchPaginator, "max_pages", 1)
    monkeypatch.setattr(quote_search, "QUOTE_WINDOW", 30)
    _one_story_of_quotes(section, ratna, "Pompa")

    html = client.get("/kutipan/", {"q": "pompa"}).content.decode()

    assert "Lebih dari 30 kutipan ditemukan." in html
    assert client.get("/kutipan/", {"q": "pompa", "page": 2}).status_code == 404
    html = client.get("/kutipan/", {"tokoh": "ratna-wulandari", "page": 2}).content.decode()
    assert "31 kutipan ditemukan." in html


@pytest.mark.django_db
@pytest.mark.skipif(not search.uses_postgres(), reason="the ranking window is PostgreSQL's")
def test_quote_search_ranks_only_the_newest_matches_of_a_common_word(section, ratna):
    now = timezone.now()
    for days, text in ((3, "Pompa pertama"), (2, "Pompa kedua"), (1, "Pompa ketiga")):
        article = ArticleFactory(section=section, published_at=now - timedelta(days=days))
        QuoteFactory(article=article, person=ratna, text=text)
    quotes = Quote.objects.filter(article__status="published")

    results = quote_search.search_quotes("pompa", quotes, window=2)

    assert results.found == 3  # more than the window: the count says so
    assert sorted(quote.text for quote in results) == ["Pompa kedua", "Pompa ketiga"]
    assert quote_search.search_quotes("pompa", quotes, window=5).found == 3


@pytest.mark.django_db
@pytest.mark.skipif(not search.uses_postgres(), reason="the walk is PostgreSQL's")
@pytest.mark.parametrize("name", ["quotes", "stories", "merge"])
@pytest.mark.parametrize("walk", [2, 10_000], ids=["walk stops short", "walk runs out"])
def test_quote_search_counts_exactly_however_the_window_is_found(
    section, ratna, monkeypatch, walk, name
):
    monkeypatch.setattr(quote_search, "QUOTE_WALK", walk)
    monkeypatch.setattr(quote_search._Walk, "choose", lambda *args: (name, True))
    now = timezone.now()
    topic, other = TopicFactory(name="Banjir"), Person.objects.create(name="Joko", slug="joko")

    def said(days, text, person=ratna, topics=(topic,), **article):
        story = ArticleFactory(section=section, published_at=now - timedelta(days=days), topics=list(topics), **article)  # fmt: skip
        QuoteFactory(article=story, person=person, text=text)

    for days, text in ((5, "Pompa pertama"), (4, "Pompa kedua"), (3, "Pompa ketiga")):
        said(days, text)
    for days in (2, 1):  # the newest quotes in the topic do not match
        said(days, "Jalan ditutup")
    said(0.5, "Pompa di luar topik", topics=())
    said(3.5, "Pompa kata orang lain", person=other)
    said(-1, "Pompa yang terjadwal")  # scheduled: not live yet
    said(4.5, "Pompa yang ditarik", status="unpublished")
    candidates = Quote.objects.filter(person=ratna)
    quotes = candidates.in_topic(topic).filter(live_q("article__"))

    results = quote_search.search_quotes("pompa", quotes, candidates, window=5, topic=topic)

    assert results.found == 3
    # Ranked alike, so the newest story first.
    assert [quote.text for quote in results] == ["Pompa ketiga", "Pompa kedua", "Pompa pertama"]


@pytest.mark.django_db
@pytest.mark.skipif(not search.uses_postgres(), reason="the planner's estimates")
def test_one_explain_estimates_several_querysets_as_each_alone(section, ratna):
    QuoteFactory(article=ArticleFactory(section=section), person=ratna, text="Pompa air")
    querysets = [
        Quote.objects.filter(person=ratna),
        Quote.objects.filter(text__startswith="Pompa").in_topic(TopicFactory()),
        Quote.objects.all(),
    ]

    with CaptureQueriesContext(connection) as queries:
        together = pagination.planner_rows_each(querysets)

    assert len(queries) == 1
    assert together == [pagination.planner_rows(queryset) for queryset in querysets]


@pytest.mark.parametrize(
    "query, expected",
    [("evaluasi menyeluruh", 40), ('"evaluasi menyeluruh"', 40), ("evaluasi -menyeluruh", 1),
     ("evaluasi or menyeluruh", 1), ("evaluasi", 1)],
)  # fmt: skip
def test_words_that_go_together_are_expected_as_often_as_the_rarest(monkeypatch, query, expected):
    # The planner multiplies the words' frequencies (1 here); alone they
    # would match 40 and 90 times.
    monkeypatch.setattr(quote_search, "planner_rows", lambda queryset: 1)
    monkeypatch.setattr(quote_search, "planner_rows_each", lambda querysets: [40, 90])
    walk = quote_search._Walk(Quote.objects.all())

    assert walk._expected_hits(fold(query)) == expected


@pytest.mark.django_db
@pytest.mark.skipif(not search.uses_postgres(), reason="the probe is PostgreSQL's")
def test_the_full_text_probe_leaves_the_planner_as_it_found_it(section, ratna, monkeypatch):
    monkeypatch.setattr(quote_search._Walk, "choose", lambda *args: ("quotes", False))
    for text in ("Pompa air", "Pompa banjir", "Jalan ditutup"):
        QuoteFactory(article=ArticleFactory(section=section), person=ratna, text=text)

    results = quote_search.search_quotes("pompa", Quote.objects.all(), window=1)

    assert results.found == 2 and len(results) == 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)


@pytest.mark.django_db
def test_quote_search_counts_and_shows_only_live_statements_within_the_dates(
    client, section, ratna
):
    now = timezone.now()
    for days, text in ((40, "Pompa di Cawang"), (3, "Pompa di Grogol")):
        QuoteFactory(article=ArticleFactory(section=section, published_at=now - timedelta(days=days)), person=ratna, text=text)  # fmt: skip
    QuoteFactory(article=ArticleFactory(section=section, published_at=now + timedelta(hours=2)), person=ratna, text="Pompa di Bekasi")  # fmt: skip
    since = (now - timedelta(days=10)).date().isoformat()

    html = client.get("/kutipan/", {"q": "pompa", "tokoh": "ratna-wulandari"}).content.decode()
    assert "Cawang" in html and "Grogol" in html and "Bekasi" not in html
    assert "2 kutipan ditemukan" in html
    html = client.get("/kutipan/", {"q": "pompa", "dari": since}).content.decode()
    assert "Grogol" in html and "Cawang" not in html and "Bekasi" not in html
    html = client.get("/kutipan/", {"tokoh": "ratna-wulandari", "sampai": since}).content.decode()
    assert "Cawang" in html and "Grogol" not in html and "Bekasi" not in html


@pytest.mark.django_db
def test_a_person_page_names_the_topics_of_their_newest_statements(section, ratna):
    old, new = TopicFactory(name="Banjir"), TopicFactory(name="Pemilu")
    for days, topic in ((30, old), (20, old), (1, new)):
        article = ArticleFactory(
            section=section, topics=[topic], published_at=timezone.now() - timedelta(days=days)
        )
        QuoteFactory(article=article, person=ratna, text=f"Soal {topic.name}")

    assert [topic.name for topic in people.top_topics(ratna)] == ["Banjir", "Pemilu"]
    assert [topic.name for topic in people.top_topics(ratna, recent=1)] == ["Pemilu"]


@pytest.mark.django_db
def test_quote_search_lists_the_newest_story_first(client, section, ratna):
    now = timezone.now()
    for days, text in ((3, "Pompa lama"), (1, "Pompa baru"), (2, "Pompa sedang")):
        article = ArticleFactory(section=section, published_at=now - timedelta(days=days))
        QuoteFactory(article=article, person=ratna, text=text)

    assert _quotes_found(client, tokoh="Ratna Wulandari")[1] == [
        "Pompa baru", "Pompa sedang", "Pompa lama",
    ]  # fmt: skip
    if not search.uses_postgres():  # PostgreSQL ranks by relevance first
        found = [re.sub(r"</?mark>", "", text) for text in _quotes_found(client, q="pompa")[1]]
        assert found == ["Pompa baru", "Pompa sedang", "Pompa lama"]
