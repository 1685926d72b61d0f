import pytest

from tests.factories import ArticleFactory, SectionFactory, UserFactory

# Photo fixtures (a fresh in-memory storage per test: `media`).
pytest_plugins = ["tests.fixtures.photos"]


@pytest.fixture
def section(db):
    return SectionFactory(name="Nasional", slug="nasional")


@pytest.fixture
def article(section):
    return ArticleFactory(section=section)


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", role="Editor")


@pytest.fixture
def reporter(db):
    return UserFactory(username="reporter", role="Reporter")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached pages (the database is rolled back;
    the cache would otherwise remember another test's pages)."""
    from django.core.cache import cache

    cache.clear()
    yield
