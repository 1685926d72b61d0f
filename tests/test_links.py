"""Topic governance and links that never break."""

import pytest
from django.db import IntegrityError, transaction

from articles import topics
from articles.models import Redirect, TaggedTopic, Topic, TopicAlias
from tests.factories import ArticleFactory, SectionFactory, TopicFactory


@pytest.mark.django_db
def test_case_and_accent_duplicates_are_refused_by_the_database(db):
    Topic.objects.create(name="Café Sénayan", slug="cafe-senayan")
    for duplicate in ("cafe senayan", "CAFÉ SENAYAN", "Cafe  Senayan"):
        with pytest.raises(IntegrityError), transaction.atomic():
            Topic.objects.create(name=duplicate, slug="lain")


@pytest.mark.django_db
def test_typed_names_resolve_to_existing_topics_and_aliases(db):
    kpk = Topic.objects.create(name="KPK", slug="kpk")
    TopicAlias.objects.create(topic=kpk, name="Komisi Pemberantasan Korupsi")
    cafe = Topic.objects.create(name="Café", slug="cafe")

    resolved = topics.resolve_names(["kpk", "komisi pemberantasan korupsi", "CAFE", "Banjir Rob"])

    assert resolved == [kpk, cafe, "Banjir Rob"]


@pytest.mark.django_db
def test_autocomplete_proposes_the_existing_topic_for_an_alias(editor_client):
    kpk = Topic.objects.create(name="KPK", slug="kpk")
    TopicAlias.objects.create(topic=kpk, name="Komisi Pemberantasan Korupsi")

    results = editor_client.get("/admin/articles/topic/suggest/", {"term": "pemberantasan"}).json()[
        "results"
    ]

    assert results == [{"id": "KPK", "text": "KPK"}]


@pytest.mark.django_db
def test_merge_moves_every_article_and_redirects_forever(client, editor_client, section):
    kpk, lower, long_name = (
        TopicFactory(name=n, slug=s)
        for n, s in (
            ("KPK", "kpk"),
            ("Korupsi KPK", "korupsi-kpk"),
            ("Komisi Antirasuah", "komisi-antirasuah"),
        )
    )
    both = ArticleFactory(section=section, topics=[kpk, lower])
    only_old = ArticleFactory(section=section, topics=[long_name])

    editor_client.post(
        "/admin/articles/topic/",
        {
            "action": "merge_topics",
            "_selected_action": [kpk.pk, lower.pk, long_name.pk],
            "survivor": kpk.pk,
            "apply": "1",
        },
    )

    assert list(Topic.objects.values_list("name", flat=True)) == ["KPK"]
    assert set(TaggedTopic.objects.values_list("content_object_id", flat=True)) == {
        both.pk,
        only_old.pk,
    }
    assert TaggedTopic.objects.filter(content_object=both).count() == 1
    for old in ("/topik/korupsi-kpk/", "/topik/komisi-antirasuah/"):
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, "/topik/kpk/")
    assert topics.resolve_names(["komisi antirasuah"]) == [Topic.objects.get()]


@pytest.mark.django_db
def test_pinned_and_featured_topics(client, section):
    pinned = ArticleFactory(section=section, headline="Cerita Pilihan")
    topic = TopicFactory(name="Pemilu", slug="pemilu", is_featured=True, pinned_article=pinned)
    ArticleFactory(section=section, topics=[topic], headline="Cerita Biasa")

    html = client.get("/topik/pemilu/").content.decode()
    assert html.index("Cerita Pilihan") < html.index("Cerita Biasa")
    assert 'href="/topik/pemilu/">#Pemilu</a>' in client.get("/").content.decode()


@pytest.mark.django_db
def test_every_slug_an_article_had_redirects(client, article):
    old_url = article.get_absolute_url()
    article.slug = "judul-baru"
    article.save()
    article.slug = "judul-paling-baru"
    article.save()

    for url in (old_url, f"/{article.section.slug}/{article.pk}/judul-baru/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (301, article.get_absolute_url())


@pytest.mark.django_db
def test_a_section_move_redirects(client, article):
    old_url = article.get_absolute_url()
    article.section = SectionFactory(slug="ekonomi")
    article.save()

    assert client.get(old_url)["Location"] == article.get_absolute_url()


@pytest.mark.django_db
def test_renaming_a_section_keeps_its_old_address(client, editor_client, section):
    response = editor_client.post(
        f"/admin/articles/section/{section.pk}/change/",
        {"name": "Nasional", "slug": "dalam-negeri", "position": 0},
    )
    assert response.status_code == 302

    old = client.get("/nasional/")
    assert (old.status_code, old["Location"]) == (301, "/dalam-negeri/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/read/detail/12345-warga-sambut-bus-listrik",
        "/read/detail/12345-warga-sambut-bus-listrik.html",
        "/read/detail/12345-apa-saja",
    ],
)
def test_legacy_urls_redirect_to_the_article(client, section, path):
    article = ArticleFactory(section=section, legacy_id=12345)

    response = client.get(path)

    assert (response.status_code, response["Location"]) == (301, article.get_absolute_url())


@pytest.mark.django_db
def test_legacy_urls_of_hidden_or_unknown_articles_are_404(client, section):
    ArticleFactory(section=section, legacy_id=7, status="draft", published_at=None)

    assert client.get("/read/detail/7-draf").status_code == 404
    assert client.get("/read/detail/99-tidak-ada.html").status_code == 404
    assert client.get("/read/detail/abc-x").status_code == 404


@pytest.mark.django_db
def test_manual_redirects_are_checked_before_404(client, article):
    Redirect.objects.create(old_path="/liputan-khusus/", new_path="/nasional/")
    Redirect.objects.create(old_path="/berita/lama/123/", article=article)

    assert client.get("/liputan-khusus/")["Location"] == "/nasional/"
    assert client.get("/berita/lama/123/")["Location"] == article.get_absolute_url()
    assert client.get("/berita/tidak-ada/").status_code == 404


@pytest.mark.django_db
def test_a_redirect_needs_exactly_one_target(article):
    for bad in (
        {"old_path": "/a/"},
        {"old_path": "/b/", "new_path": "/x/", "article": article},
        {"old_path": "c", "new_path": "/x/"},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            Redirect.objects.create(**bad)


@pytest.mark.django_db
def test_search_resolves_a_topic_alias_to_its_topic(client):
    kpk = Topic.objects.create(name="KPK", slug="kpk")
    TopicAlias.objects.create(topic=kpk, name="Komisi Pemberantasan Korupsi")

    html = client.get("/cari/", {"q": "komisi pemberantasan korupsi"}).content.decode()

    assert 'Topik: <a href="/topik/kpk/">KPK</a>' in html
