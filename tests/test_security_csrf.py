"""CSRF: every state-changing form refuses a POST without the token."""

import pytest
from django.test import Client

from articles.models import Article
from tests.factories import ArticleFactory, UserFactory


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def _token(client, url):
    client.get(url)
    return client.cookies["csrftoken"].value


@pytest.mark.django_db
def test_the_language_switch_needs_no_token_and_never_leaves_the_site(csrf_client):
    # Deliberately exempt: it only sets a display preference, and a token in
    # every public page would make those pages impossible to share in a cache.
    switched = csrf_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    offsite = csrf_client.post(
        "/i18n/setlang/", {"language": "en", "next": "https://evil.example/"}
    )

    assert switched.status_code == 302
    assert switched.cookies["django_language"].value == "en"
    assert offsite["Location"] == "/"


@pytest.mark.django_db
def test_the_admin_login_needs_the_token(csrf_client):
    UserFactory(username="ratna", role="Editor")
    credentials = {"username": "ratna", "password": "correct-horse-battery"}

    refused = csrf_client.post("/admin/login/", credentials)
    token = _token(csrf_client, "/admin/login/")
    accepted = csrf_client.post("/admin/login/", {**credentials, "csrfmiddlewaretoken": token})

    assert refused.status_code == 403
    assert accepted.status_code == 302


@pytest.mark.django_db
def test_a_workflow_move_needs_the_token(csrf_client, section, reporter):
    draft = ArticleFactory(
        section=section, status=Article.Status.DRAFT, published_at=None, created_by=reporter
    )
    csrf_client.force_login(reporter)
    url = f"/admin/articles/article/{draft.pk}/workflow/submit/"

    refused = csrf_client.post(url)
    draft.refresh_from_db()
    assert refused.status_code == 403
    assert draft.status == Article.Status.DRAFT

    csrf_client.post(url, {"csrfmiddlewaretoken": _token(csrf_client, url)})
    draft.refresh_from_db()
    assert draft.status == Article.Status.IN_REVIEW


@pytest.mark.django_db
def test_saving_an_article_needs_the_token(csrf_client, section, editor):
    story = ArticleFactory(section=section, headline="Judul asli")
    csrf_client.force_login(editor)

    response = csrf_client.post(
        f"/admin/articles/article/{story.pk}/change/", {"headline": "Judul palsu"}
    )

    story.refresh_from_db()
    assert response.status_code == 403
    assert story.headline == "Judul asli"


@pytest.mark.django_db
def test_another_reporter_cannot_move_a_draft_even_with_the_token(client, section, reporter):
    draft = ArticleFactory(
        section=section, status=Article.Status.DRAFT, published_at=None, created_by=reporter
    )
    client.force_login(UserFactory(username="rep-other", role="Reporter"))

    response = client.post(f"/admin/articles/article/{draft.pk}/workflow/submit/")

    draft.refresh_from_db()
    assert response.status_code == 403
    assert draft.status == Article.Status.DRAFT
