"""Read replica routing (newsroom/routers.py): public reads to the replica,
the admin, staff and every write to the primary."""

import pytest
from django.conf import settings
from django.test import RequestFactory

from articles.models import Article
from newsroom.routers import PrimaryOnlyMiddleware, PrimaryReplicaRouter
from tests.test_production import _setting

router = PrimaryReplicaRouter()


def _decisions(request, write=False):
    """Where reads go during the request (before and after an optional write)."""
    seen = []

    def view(request):
        seen.append(router.db_for_read(Article))
        if write:
            seen.append(router.db_for_write(Article))
            seen.append(router.db_for_read(Article))
        return None

    PrimaryOnlyMiddleware(view)(request)
    return seen


@pytest.fixture
def rf(monkeypatch):
    # A replica alias to route to (never connected: decisions only).
    monkeypatch.setitem(settings.DATABASES, "replica", settings.DATABASES["default"])
    return RequestFactory()


def test_anonymous_public_reads_go_to_the_replica(rf):
    assert _decisions(rf.get("/")) == ["replica"]
    assert _decisions(rf.head("/nasional/")) == ["replica"]


@pytest.mark.parametrize(
    "request_for",
    [
        lambda rf: rf.get(f"/{settings.ADMIN_URL}articles/article/"),
        lambda rf: rf.get("/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=abc"),
        lambda rf: rf.post("/i18n/setlang/", {"language": "en"}),
    ],
    ids=["admin", "staff-session", "post"],
)
def test_the_admin_staff_and_forms_read_the_primary(rf, request_for):
    assert _decisions(request_for(rf)) == ["default"]


def test_after_a_write_the_request_sticks_to_the_primary(rf):
    assert _decisions(rf.get("/"), write=True) == ["replica", "default", "default"]
    # …and the next request starts afresh.
    assert _decisions(rf.get("/")) == ["replica"]


def test_outside_a_request_everything_uses_the_primary():
    assert router.db_for_read(Article) == "default"
    assert router.db_for_write(Article) == "default"
    assert router.allow_migrate("default", "articles")
    assert not router.allow_migrate("replica", "articles")


def test_database_replica_url_adds_the_alias_and_the_router():
    env = {
        "DATABASE_URL": "postgres://newsroom@127.0.0.1:5432/newsroom",
        "DATABASE_REPLICA_URL": "postgres://reader@127.0.0.1:5433/newsroom",
    }
    assert _setting("DATABASES['replica']['PORT']", env) == "5433"
    assert _setting("DATABASES['replica']['TEST']['MIRROR']", env) == "'default'"
    assert "statement_timeout" in _setting("DATABASES['replica']['OPTIONS']", env)
    assert _setting("DATABASE_ROUTERS", env) == "['newsroom.routers.PrimaryReplicaRouter']"
    assert "replica" not in _setting("DATABASES", {"DATABASE_URL": env["DATABASE_URL"]})


@pytest.mark.django_db
def test_without_the_replica_alias_everything_stays_on_the_primary(client, article, settings):
    settings.DATABASE_ROUTERS = ["newsroom.routers.PrimaryReplicaRouter"]
    assert _decisions(RequestFactory().get("/")) == ["default"]
    assert client.get(article.get_absolute_url()).status_code == 200
