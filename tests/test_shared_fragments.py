"""The site's header and footer, kept rendered between requests ({% shared_fragment %})."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.factories import ArticleFactory, SectionFactory, TopicFactory


def site_nav(html):
    return html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.NEWSROOM_FRAGMENT_CACHE = True
    settings.NEWSROOM_PAGE_CACHE = False  # every request renders its page


@pytest.mark.django_db
def test_each_language_gets_its_own_header_and_footer(client, article):
    indonesian = client.get(article.get_absolute_url()).content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get(article.get_absolute_url()).content.decode()

    assert "Cari berita" in indonesian and "Indeks berita" in indonesian
    assert "Search news" in english and "News index" in english
    assert "Cari berita" not in english
    assert '<option value="en" selected>' in english


@pytest.mark.django_db
def test_only_the_current_section_is_marked_in_the_navigation(client):
    news, sport = SectionFactory(name="Nasional"), SectionFactory(name="Olahraga")

    for current, other in ((news, sport), (sport, news), (news, sport)):
        html = client.get(current.get_absolute_url()).content.decode()
        assert f'href="{current.get_absolute_url()}" aria-current="page"' in html
        assert f'href="{other.get_absolute_url()}" aria-current' not in html


@pytest.mark.django_db
def test_a_renamed_section_shows_in_the_header_at_once(client, article):
    client.get(article.get_absolute_url())
    article.section.name = "Rubrik Baru"
    article.section.save()

    assert "Rubrik Baru" in site_nav(client.get("/").content.decode())


@pytest.mark.django_db
def test_a_page_rendered_without_a_request_leaves_nothing_behind(client, article):
    # No context processor runs without a request: no navigation to show.
    with translation.override("id"):
        bare = render_to_string("base.html")
    html = client.get(article.get_absolute_url()).content.decode()

    assert article.section.name not in site_nav(bare)
    assert article.section.name in site_nav(html)


@pytest.mark.django_db
def test_the_language_switch_returns_to_the_page_it_was_used_on(client):
    first, second = ArticleFactory(), ArticleFactory()

    for story in (first, second):
        html = client.get(story.get_absolute_url()).content.decode()
        assert f'name="next" value="{story.get_absolute_url()}"' in html


@pytest.mark.django_db
def test_the_navigation_lists_sections_in_order_then_featured_topics_by_name(client):
    SectionFactory(name="Olahraga", slug="olahraga", position=2)
    SectionFactory(name="Ekonomi", slug="ekonomi", position=1)
    SectionFactory(name="Nasional", slug="nasional", position=1)
    TopicFactory(name="Pemilu", slug="pemilu", is_featured=True)
    TopicFactory(name="Banjir", slug="banjir", is_featured=True)
    TopicFactory(name="Cuaca", slug="cuaca")

    nav = site_nav(client.get("/").content.decode())

    order = ["/ekonomi/", "/nasional/", "/olahraga/", "/topik/banjir/", "/topik/pemilu/"]
    assert [nav.index(f'href="{url}"') for url in order] == sorted(
        nav.index(f'href="{url}"') for url in order
    )
    assert "Cuaca" not in nav
