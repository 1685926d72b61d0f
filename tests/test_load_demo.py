import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Person,
    Quote,
    RelatedLink,
    Section,
    Topic,
    live_q,
)

MODELS = [
    Article,
    ArticleAuthor,
    Author,
    Person,
    Quote,
    RelatedLink,
    Section,
    Topic,
    get_user_model(),
]


def _counts():
    return {model.__name__: model.objects.count() for model in MODELS}


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_content(capsys):
    call_command("load_demo", force=True)
    first = _counts()
    call_command("load_demo", force=True)

    assert _counts() == first
    assert first["Article"] >= 12 and first["Section"] >= 3 and first["Topic"] >= 8
    assert first["Quote"] > 0 and first["RelatedLink"] > 0
    assert "editor / editor-demo-2026" in capsys.readouterr().out


@pytest.mark.django_db
def test_demo_has_hidden_draft_and_scheduled_stories(client):
    call_command("load_demo", force=True)
    draft = Article.objects.get(status="draft")
    scheduled = (
        Article.objects.filter(status="published").exclude(pk__in=Article.objects.live()).get()
    )

    for article in (draft, scheduled):
        assert client.get(article.get_absolute_url()).status_code == 404
        assert article.headline not in client.get("/").content.decode()
    assert Article.objects.live().count() >= 12


@pytest.mark.django_db
def test_demo_accounts_can_log_in_with_their_roles(client):
    call_command("load_demo", force=True)
    User = get_user_model()

    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="editor").groups.filter(name="Editor").exists()
    assert User.objects.get(username="reporter").groups.filter(name="Reporter").exists()
    # Through the login form: django-axes needs the request Client.login() lacks.
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "reporter", "password": "reporter-demo-2026"},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_demo_refuses_to_run_in_production(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError):
        call_command("load_demo")
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_every_demo_speaker_has_a_page_and_can_be_searched_by_name(client):
    call_command("load_demo", force=True)
    quote = Quote.objects.filter(live_q("article__")).select_related("person").first()

    assert not Quote.objects.filter(person=None).exists()
    assert quote.text in client.get(quote.person.get_absolute_url()).content.decode()
    found = client.get("/kutipan/", {"tokoh": quote.speaker.upper()}).content.decode()
    assert quote.text[:40] in found
