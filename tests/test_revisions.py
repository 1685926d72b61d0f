"""Every save is a revision; history diffs, restores, and refuses lost updates."""

import pytest

from articles.models import Article, Revision
from tests.factories import ArticleFactory, AuthorFactory, QuoteFactory, UserFactory


def _form(article, **changes):
    data = {
        "headline": article.headline, "slug": article.slug, "deck": article.deck, "section": article.section_id,
        "dateline": article.dateline, "body": article.body, "summary": "", "base_version": article.version,
        "topics": [t.name for t in article.topics.all()],
        **{f"{p}-{k}": v for p in ("article_authors", "quotes", "related_links")
           for k, v in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0), ("MAX_NUM_FORMS", 1000))},
    }  # fmt: skip
    quotes = list(article.quotes.all())
    data["quotes-TOTAL_FORMS"] = data["quotes-INITIAL_FORMS"] = len(quotes)
    for index, quote in enumerate(quotes):
        data.update({f"quotes-{index}-id": quote.pk, f"quotes-{index}-article": article.pk,
                     f"quotes-{index}-text": quote.text, f"quotes-{index}-speaker": quote.speaker,
                     f"quotes-{index}-position": quote.position})  # fmt: skip
    data.update(changes)
    return data


@pytest.mark.django_db
def test_diff_and_restore_round_trip(editor_client, section):
    article = ArticleFactory(section=section, status="draft", published_at=None, headline="Judul Pertama",
                             body="<p>Kalimat awal berita.</p>", topics=["Banjir"])  # fmt: skip
    QuoteFactory(article=article, text="Kutipan asli", speaker="Ratna")
    url = f"/admin/articles/article/{article.pk}/change/"
    assert editor_client.post(url, _form(article)).status_code == 302  # v2: as created

    article.refresh_from_db()
    changed = _form(
        article, headline="Judul Kedua", body="<p>Kalimat baru berita.</p>", topics=["Gempa"]
    )
    changed["quotes-0-text"] = "Kutipan diubah"
    assert editor_client.post(url, changed).status_code == 302  # v3
    first, second = Revision.objects.order_by("created_at", "id")

    diff = editor_client.get(
        f"/admin/articles/article/{article.pk}/revisions/", {"a": first.pk, "b": second.pk}
    )
    html = diff.content.decode()
    assert "<del>Pertama</del><ins>Kedua</ins>" in html
    assert "<del>awal</del><ins>baru</ins>" in html
    assert "Kutipan <del>asli”" in html or "<del>asli" in html
    assert "<del>Banjir</del><ins>Gempa</ins>" in html

    assert (
        editor_client.post(
            f"/admin/articles/article/{article.pk}/revisions/{first.pk}/restore/"
        ).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.headline == "Judul Pertama"
    assert article.body == "<p>Kalimat awal berita.</p>"
    assert [q.text for q in article.quotes.all()] == ["Kutipan asli"]
    assert [t.name for t in article.topics.all()] == ["Banjir"]
    assert article.version == 4
    assert Revision.objects.count() == 3  # the restore is a new revision; nothing was lost
    assert Revision.objects.filter(data__headline="Judul Kedua").exists()


@pytest.mark.django_db
def test_restore_needs_the_right_to_edit(client, section):
    reporter = UserFactory(username="r1", role="Reporter")
    article = ArticleFactory(section=section)
    from articles import revisions

    revision = revisions.record(article, by=None)
    client.force_login(reporter)

    response = client.post(f"/admin/articles/article/{article.pk}/revisions/{revision.pk}/restore/")

    assert response.status_code == 403


@pytest.mark.django_db
def test_second_concurrent_save_is_refused_and_nothing_is_lost(client, section):
    sari, budi = (
        UserFactory(username="sari", role="Editor"),
        UserFactory(username="budi", role="Editor"),
    )
    article = ArticleFactory(section=section, headline="Judul Awal", body="<p>Isi awal.</p>")
    AuthorFactory()
    url = f"/admin/articles/article/{article.pk}/change/"
    opened_by_both = _form(article)  # both opened version 1
    for user in (budi, sari):
        client.force_login(user)
        assert client.get(url).status_code == 200
    assert client.post(url, {**opened_by_both, "headline": "Judul Versi Sari"}).status_code == 302

    client.force_login(budi)
    response = client.post(url, {**opened_by_both, "headline": "Judul Versi Budi"})

    html = response.content.decode()
    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).headline == "Judul Versi Sari"
    assert 'value="Judul Versi Budi"' in html  # Budi's input is kept in the form
    assert (
        "sari" in html and "<del>Awal</del><ins>Versi Sari</ins>" in html
    )  # and Sari's change is shown
    assert 'name="base_version" value="2"' in html

    resave = client.post(url, {**opened_by_both, "headline": "Judul Gabungan", "base_version": 2})
    assert resave.status_code == 302
    assert Article.objects.get(pk=article.pk).headline == "Judul Gabungan"
    assert Revision.objects.filter(data__headline="Judul Versi Sari").exists()


@pytest.mark.django_db
def test_a_save_without_a_version_is_refused(editor_client, article):
    data = _form(article, headline="Tanpa versi")
    del data["base_version"]

    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)

    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).headline != "Tanpa versi"
