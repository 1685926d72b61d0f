"""The editorial workflow through the admin, as each role would use it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, EditorialEvent
from tests.factories import ArticleFactory, AuthorFactory, UserFactory

S = Article.Status
LATER = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")


def _state(name, owner):
    now = timezone.now()
    fields = {
        "draft": {"status": S.DRAFT, "published_at": None},
        "in_review": {"status": S.IN_REVIEW, "published_at": None},
        "live": {"status": S.PUBLISHED, "published_at": now - timedelta(hours=1)},
        "scheduled": {"status": S.PUBLISHED, "published_at": now + timedelta(days=1)},
        "unpublished": {"status": S.UNPUBLISHED, "published_at": now - timedelta(days=1)},
        "retracted": {"status": S.RETRACTED, "published_at": now - timedelta(days=1),
                      "retraction_reason": "Keliru", "retracted_at": now},
    }[name]  # fmt: skip
    return ArticleFactory(created_by=owner, **fields)


# What each transition leads to when it is allowed.
RESULT = {
    "submit": ("in_review", False),
    "return": ("draft", False),
    "publish": ("published", False),
    "schedule": ("published", True),
    "cancel_schedule": ("in_review", False),
    "unpublish": ("unpublished", False),
    "retract": ("retracted", False),
    "reopen": ("draft", False),
}
# (role, transition, starting state) that must succeed; every other combination is refused.
ALLOWED = {
    ("owner", "submit", "draft"),
    ("editor", "submit", "draft"),
    ("editor", "return", "in_review"),
    ("editor", "publish", "in_review"),
    ("editor", "publish", "scheduled"),
    ("editor", "schedule", "in_review"),
    ("editor", "schedule", "scheduled"),
    ("editor", "cancel_schedule", "scheduled"),
    ("editor", "unpublish", "live"),
    ("editor", "unpublish", "scheduled"),
    ("editor", "retract", "live"),
    ("editor", "reopen", "unpublished"),
}
STATES = ["draft", "in_review", "live", "scheduled", "unpublished", "retracted"]
CASES = [
    (role, name, state)
    for role in ("owner", "other", "editor")
    for name in RESULT
    for state in STATES
]


@pytest.mark.django_db
@pytest.mark.parametrize("role, name, state", CASES, ids=["-".join(case) for case in CASES])
def test_permission_matrix(client, role, name, state):
    owner = UserFactory(username="owner", role="Reporter")
    users = {"owner": owner, "other": UserFactory(username="other", role="Reporter"),
             "editor": UserFactory(username="editor", role="Editor")}  # fmt: skip
    article = _state(state, owner)
    before = (article.status, article.published_at)
    client.force_login(users[role])

    response = client.post(
        f"/admin/articles/article/{article.pk}/workflow/{name}/",
        {"note": "Catatan redaksi", "at": LATER},
    )

    article.refresh_from_db()
    if (role, name, state) in ALLOWED:
        assert response.status_code == 302
        status, future = RESULT[name]
        assert article.status == status
        if status == "published":
            assert (article.published_at > timezone.now()) == future
        event = EditorialEvent.objects.get(article=article)
        assert (event.actor, event.to_status) == (users[role], status)
    else:
        assert response.status_code == 403
        assert (article.status, article.published_at) == before
        assert not EditorialEvent.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["return", "unpublish", "retract"])
def test_notes_are_required(editor_client, name):
    article = _state("in_review" if name == "return" else "live", None)

    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/workflow/{name}/", {"note": "  "}
    )

    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    article.refresh_from_db()
    assert article.status == (S.IN_REVIEW if name == "return" else S.PUBLISHED)


@pytest.mark.django_db
def test_scheduling_in_the_past_is_refused(editor_client):
    article = _state("in_review", None)
    past = (timezone.localtime() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")

    response = editor_client.post(
        f"/admin/articles/article/{article.pk}/workflow/schedule/", {"at": past}
    )

    assert response.status_code == 200
    assert "masa depan" in response.content.decode()
    assert Article.objects.get(pk=article.pk).status == S.IN_REVIEW


@pytest.mark.django_db
def test_unknown_transition_is_404(editor_client, article):
    assert (
        editor_client.post(f"/admin/articles/article/{article.pk}/workflow/delete/").status_code
        == 404
    )


@pytest.mark.django_db
def test_reporter_cannot_forge_a_status_through_the_change_form(client, reporter):
    article = _state("draft", reporter)
    client.force_login(reporter)

    response = client.post(
        f"/admin/articles/article/{article.pk}/change/",
        {
            "headline": "Diubah", "slug": article.slug, "section": article.section_id, "body": "<p>x</p>",
            "status": "published", "published_at_0": "01/01/2020", "published_at_1": "10:00:00",
            "base_version": article.version,
            **{f"{p}-{k}": v for p in ("article_authors", "quotes", "related_links")
               for k, v in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0))},
        },
    )  # fmt: skip

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.headline, article.status, article.published_at) == ("Diubah", S.DRAFT, None)


@pytest.mark.django_db
def test_reporter_edits_only_own_drafts(client, reporter):
    own_draft = _state("draft", reporter)
    own_in_review = _state("in_review", reporter)
    others = _state("draft", UserFactory(username="someone"))
    credited = _state("draft", None)
    author = AuthorFactory(user=reporter)
    credited.article_authors.create(author=author)
    client.force_login(reporter)

    for article, editable in (
        (own_draft, True),
        (credited, True),
        (own_in_review, False),
        (others, False),
    ):
        html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
        assert ('name="headline"' in html) == editable
        response = client.post(
            f"/admin/articles/article/{article.pk}/change/", {"headline": "Paksa"}
        )
        assert (response.status_code == 403) == (not editable)
        article.refresh_from_db()
        assert article.headline != "Paksa"


@pytest.mark.django_db
def test_reporter_cannot_delete_or_publish_from_the_list(client, reporter):
    article = _state("in_review", reporter)
    client.force_login(reporter)

    assert (
        client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    client.post(
        "/admin/articles/article/", {"action": "publish_selected", "_selected_action": [article.pk]}
    )

    article.refresh_from_db()
    assert article.status == S.IN_REVIEW


@pytest.mark.django_db
def test_list_actions_use_the_same_rules(editor_client):
    ready, draft = _state("in_review", None), _state("draft", None)

    editor_client.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": [ready.pk, draft.pk]},
    )

    assert Article.objects.get(pk=ready.pk) in Article.objects.live()
    assert Article.objects.get(pk=draft.pk).status == S.DRAFT


@pytest.mark.django_db
def test_save_and_submit_from_the_add_form(client, reporter, section):
    client.force_login(reporter)
    data = {
        "headline": "Laporan baru", "slug": "laporan-baru", "section": section.pk, "body": "<p>Isi</p>",
        "_submit_for_review": "1",
        **{f"{p}-{k}": v for p in ("article_authors", "quotes", "related_links")
           for k, v in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0))},
    }  # fmt: skip

    assert client.post("/admin/articles/article/add/", data).status_code == 302

    article = Article.objects.get(slug="laporan-baru")
    assert article.status == S.IN_REVIEW and article.created_by == reporter


@pytest.mark.django_db
def test_change_form_shows_timeline_and_schedule(editor_client, editor):
    article = _state("in_review", None)
    when = timezone.now() + timedelta(days=1)
    from articles import workflow

    workflow.publish(article, by=editor, at=when)
    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()

    assert "Dijadwalkan untuk" in html and "WIB" in html
    assert "Dalam peninjauan → Terbit" in html
    assert 'data-transition="cancel_schedule"' in html


@pytest.mark.django_db
def test_someone_else_editing_is_shown(client, article):
    first, second = (
        UserFactory(username="sari", role="Editor"),
        UserFactory(username="budi", role="Editor"),
    )
    client.force_login(first)
    client.get(f"/admin/articles/article/{article.pk}/change/")
    client.force_login(second)

    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()

    assert "Sedang disunting oleh sari sejak" in html
