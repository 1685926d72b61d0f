"""Embargoes, previews, retractions and corrections as readers meet them."""

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles import previews, services, workflow
from articles.models import Article, Correction
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    RelatedLinkFactory,
    TopicFactory,
    UserFactory,
)


@pytest.fixture
def scheduled_world(section, editor):
    """A story scheduled for a moment, and every place it could leak."""
    topic, author = (
        TopicFactory(name="Embargo", slug="embargo"),
        AuthorFactory(slug="penulis-embargo"),
    )
    moment = timezone.now() + timedelta(hours=3)
    story = ArticleFactory(
        section=section, headline="Laporan Rahasia Dirilis", status="in_review", published_at=None,
        topics=[topic], authors=[author],
    )  # fmt: skip
    workflow.publish(story, by=editor, at=moment)
    neighbour = ArticleFactory(
        section=section, topics=[topic], published_at=timezone.now() - timedelta(hours=1)
    )
    RelatedLinkFactory(article=neighbour, target=story)
    neighbour.next_article = story
    neighbour.save()
    urls = [
        "/",
        f"/{section.slug}/",
        "/topik/embargo/",
        "/penulis/penulis-embargo/",
        neighbour.get_absolute_url(),
    ]
    return story, moment, urls


@pytest.mark.django_db
def test_a_scheduled_story_appears_exactly_at_its_time(client, scheduled_world):
    story, moment, urls = scheduled_world

    with time_machine.travel(moment - timedelta(seconds=1), tick=False):
        assert client.get(story.get_absolute_url()).status_code == 404
        for url in urls:
            assert "Laporan Rahasia Dirilis" not in client.get(url).content.decode(), url

    with time_machine.travel(moment, tick=False):
        assert client.get(story.get_absolute_url()).status_code == 200
        for url in urls:
            assert "Laporan Rahasia Dirilis" in client.get(url).content.decode(), url


@pytest.mark.django_db
def test_staff_preview_shows_any_status_privately(editor_client, section):
    draft = ArticleFactory(
        section=section, status="draft", published_at=None, headline="Draf Pratinjau"
    )

    response = editor_client.get(f"/pratinjau/{draft.pk}/")

    assert response.status_code == 200
    assert "Draf Pratinjau</h1>" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


@pytest.mark.django_db
def test_staff_preview_needs_a_login(client, section):
    draft = ArticleFactory(section=section, status="draft", published_at=None)

    response = client.get(f"/pratinjau/{draft.pk}/")

    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.django_db
def test_share_link_works_without_login_until_it_expires(client, section, editor):
    draft = ArticleFactory(
        section=section, status="draft", published_at=None, headline="Untuk Pengacara"
    )
    link = previews.create_link(draft, by=editor, days=2, label="Hukum")
    url = previews.url_for(link)

    response = client.get(url)
    assert response.status_code == 200
    assert "Untuk Pengacara" in response.content.decode()
    assert "no-store" in response["Cache-Control"]

    with time_machine.travel(timezone.now() + timedelta(days=2, seconds=1)):
        assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_revoked_and_forged_share_links_are_404(client, section, editor):
    draft = ArticleFactory(section=section, status="draft", published_at=None)
    link = previews.create_link(draft, by=editor, days=2)
    url = previews.url_for(link)

    previews.revoke(link)

    assert client.get(url).status_code == 404
    assert client.get(url[:-3] + "abc/").status_code == 404
    assert client.get("/pratinjau/tautan/bukan-token/").status_code == 404


@pytest.mark.django_db
def test_editor_creates_and_revokes_share_links_in_the_admin(editor_client, article):
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/share/", {"label": "Hukum", "days": 3}
    )
    assert response.status_code == 302
    link = article.preview_links.get()

    editor_client.post(f"/admin/articles/article/{article.pk}/share/{link.pk}/revoke/")

    link.refresh_from_db()
    assert link.revoked_at is not None


@pytest.mark.django_db
def test_reporters_cannot_create_share_links(client, reporter, article):
    client.force_login(reporter)

    response = client.post(f"/admin/articles/article/{article.pk}/share/", {"days": 3})

    assert response.status_code == 403
    assert not article.preview_links.exists()


@pytest.mark.django_db
def test_retracted_story_answers_410_with_reason_and_leaves_lists(client, article, editor):
    article.body = "<p>ISI YANG DICABUT</p>"
    article.save()

    workflow.retract(
        article, by=editor, reason="Narasumber utama ternyata tidak pernah diwawancarai."
    )
    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 410
    assert article.headline in html
    assert "tidak pernah diwawancarai" in html
    assert "ISI YANG DICABUT" not in html
    assert "WIB" in html
    assert article.headline not in client.get("/").content.decode()
    assert article.headline not in client.get(f"/{article.section.slug}/").content.decode()


@pytest.mark.django_db
def test_a_correction_is_public_with_its_time(client, editor_client, article):
    before = Article.objects.get(pk=article.pk).updated_at

    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/correction/",
        {"kind": "ralat", "text": "Jumlah bus yang benar adalah delapan, bukan sepuluh."},
    )

    assert response.status_code == 302
    correction = Correction.objects.get()
    assert Article.objects.get(pk=article.pk).updated_at > before
    page = client.get(article.get_absolute_url()).content.decode()
    assert (
        "Ralat" in page
        and "delapan, bukan sepuluh" in page
        and f'id="koreksi-{correction.pk}"' in page
    )
    listing = client.get("/koreksi/").content.decode()
    assert "delapan, bukan sepuluh" in listing and article.get_absolute_url() in listing
    feed = client.get("/koreksi/feed/")
    assert feed.status_code == 200 and b"delapan, bukan sepuluh" in feed.content


@pytest.mark.django_db
def test_right_of_reply_names_who_replied(editor_client, article):
    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/correction/",
        {"kind": "hak_jawab", "text": "Kami membantah."},
    )

    assert response.status_code == 200
    assert not Correction.objects.exists()


@pytest.mark.django_db
def test_corrections_only_for_live_articles_and_only_by_editors(client, editor, reporter, section):
    draft = ArticleFactory(section=section, status="draft", published_at=None)
    live = ArticleFactory(section=section)

    with pytest.raises(ValidationError):
        services.add_correction(draft, by=editor, kind="ralat", text="x")
    client.force_login(reporter)
    assert (
        client.post(
            f"/admin/articles/article/{live.pk}/correction/", {"kind": "ralat", "text": "x"}
        ).status_code
        == 403
    )
    assert not Correction.objects.exists()


@pytest.mark.django_db
def test_corrections_of_hidden_articles_stay_hidden(client, editor, article):
    services.add_correction(article, by=editor, kind="koreksi", text="Koreksi rahasia")
    workflow.unpublish(article, by=editor, reason="Salah tayang")

    assert "Koreksi rahasia" not in client.get("/koreksi/").content.decode()
    assert b"Koreksi rahasia" not in client.get("/koreksi/feed/").content


@pytest.mark.django_db
def test_dashboard_shows_each_desk(client, section):
    reporter = UserFactory(username="wartawan", role="Reporter")
    editor = UserFactory(username="redaktur", role="Editor")
    returned = ArticleFactory(
        section=section,
        status="in_review",
        published_at=None,
        created_by=reporter,
        headline="Perlu Perbaikan",
    )
    workflow.return_to_reporter(returned, by=editor, note="Tambahkan tanggapan dinas.")
    ArticleFactory(
        section=section,
        status="draft",
        published_at=None,
        created_by=reporter,
        headline="Draf Saya",
    )
    ArticleFactory(
        section=section, status="in_review", published_at=None, headline="Menunggu Redaktur"
    )
    later = ArticleFactory(
        section=section, published_at=timezone.now() + timedelta(days=2), headline="Terjadwal Lusa"
    )
    sooner = ArticleFactory(
        section=section,
        published_at=timezone.now() + timedelta(hours=2),
        headline="Terjadwal Segera",
    )

    client.force_login(reporter)
    html = client.get("/admin/").content.decode()
    assert (
        "Perlu Perbaikan" in html and "Tambahkan tanggapan dinas." in html and "Draf Saya" in html
    )
    assert "Menunggu Redaktur" not in html  # a reporter's review list is their own

    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "Menunggu Redaktur" in html
    assert html.index(sooner.headline) < html.index(later.headline)
