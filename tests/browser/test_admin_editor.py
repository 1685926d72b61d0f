"""The journalist path through the real admin: a reporter writes, tags, quotes,
links and submits a story; an editor publishes it; readers see it."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, EditorialEvent, Topic
from tests.browser.support import PASSWORD, login, pick_autocomplete, speak_indonesian
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory, UserFactory

# Other browser tests import these from here (they live in support.py now).
__all__ = ["PASSWORD", "pick_autocomplete"]

# serialized_rollback: each test starts with what the migrations made (the
# "Reporter" and "Editor" groups), although transactional tests flush the tables.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HEADLINE = "Pelajar Naik Bus Kota Gratis Mulai Senin"
SLUG = "pelajar-naik-bus-kota-gratis-mulai-senin"
QUOTES = [
    ("Kami mulai dari rute yang paling padat", "Ratna Wulandari", "Kepala Dinas Perhubungan"),
    ("Pelajar cukup menunjukkan kartu sekolah", "Bima Santoso", "Direktur Operasional"),
]
EXTERNAL_URL = "https://example.org/kajian-tarif"
EXTERNAL_TITLE = "Kajian tarif angkutan kota"


def write_story(page, section_name, author_name, related_headline):
    page.locator("input[name=headline]").press_sequentially(HEADLINE)
    # prepopulate.js fills the slug while the headline is typed.
    expect(page.locator("input[name=slug]")).to_have_value(SLUG)
    page.locator("input[name=deck]").fill("Pemerintah kota menanggung tarif selama enam bulan.")
    page.locator("input[name=dateline]").fill("Bandung")
    pick_autocomplete(page, "id_section", section_name[:5], section_name)

    editor = page.locator(".prose-editor [contenteditable=true].ProseMirror")
    editor.click()
    editor.press_sequentially("Mulai Senin, pelajar naik bus kota ")
    editor.press("Control+b")
    editor.press_sequentially("gratis")
    editor.press("Control+b")
    editor.press_sequentially(" di semua rute.")
    expect(editor.locator("strong")).to_have_text("gratis")

    # Two quotes: fill the first row, add another, fill the second.
    for index, (text, speaker, role) in enumerate(QUOTES):
        if index:
            page.locator("#quotes-group .add-row a").click()
        page.locator(f"textarea[name=quotes-{index}-text]").fill(text)
        page.locator(f"input[name=quotes-{index}-speaker]").fill(speaker)
        page.locator(f"input[name=quotes-{index}-speaker_role]").fill(role)
        page.locator(f"input[name=quotes-{index}-position]").fill(str(index))

    pick_autocomplete(page, "id_article_authors-0-author", author_name[:4], author_name)

    # The topic picker (select2 in tags mode): an existing topic by its suggestion...
    topic_search = page.locator("#id_topics + .select2 .select2-search__field")
    topic_search.click()
    topic_search.press_sequentially("Trans")
    page.locator(
        ".select2-container--open .select2-results__option",
        has_text=re.compile(r"^Transportasi Publik$"),
    ).click()
    # ...and a new one, typed and confirmed with Enter.
    topic_search.press_sequentially("Banjir Rob")
    expect(
        page.locator(
            ".select2-container--open .select2-results__option--highlighted",
            has_text=re.compile(r"^Banjir Rob$"),
        )
    ).to_be_visible()
    topic_search.press("Enter")
    expect(page.locator("#id_topics + .select2 .select2-selection__choice")).to_have_count(2)
    expect(page.locator("#id_topics option:checked")).to_have_count(2)

    # Related links: one of our stories, then an external address.
    pick_autocomplete(page, "id_related_links-0-target", "Rute Bus", related_headline)
    page.locator("#related_links-group .add-row a").click()
    page.locator("input[name=related_links-1-url]").fill(EXTERNAL_URL)
    page.locator("input[name=related_links-1-title]").fill(EXTERNAL_TITLE)
    page.locator("input[name=related_links-1-position]").fill("1")


def test_a_reporter_writes_and_an_editor_publishes(page, new_context, live_server, network):
    section = SectionFactory(name="Metropolitan", slug="metropolitan")
    SectionFactory(name="Ekonomi", slug="ekonomi")
    AuthorFactory(name="Dewi Lestari", slug="dewi-lestari")
    AuthorFactory(name="Andi Pratama", slug="andi-pratama")
    TopicFactory(name="Transportasi Publik", slug="transportasi-publik")
    earlier = ArticleFactory(section=section, headline="Dinas Uji Coba Rute Bus Baru")
    reporter = UserFactory(username="wartawan", role="Reporter")
    editor = UserFactory(username="redaktur", role="Editor")
    topics_before = Topic.objects.count()

    # The reporter writes the story and sends it to the desk.
    speak_indonesian(page.context, live_server)
    network.attach(page)
    login(page, live_server, "wartawan", "/admin/articles/article/add/")
    # The editor is built by JavaScript: its appearance proves the JS loaded.
    expect(page.locator(".prose-editor [contenteditable=true].ProseMirror")).to_be_visible()
    write_story(page, "Metropolitan", "Dewi Lestari", earlier.headline)
    page.locator("input[name=_submit_for_review]").click()
    expect(page.locator(".errornote")).to_have_count(0)
    expect(page.locator(".messagelist .error")).to_have_count(0)
    expect(page.locator(".messagelist .success").first).to_be_visible()

    # The database, not the page, is the proof.
    article = Article.objects.get(headline=HEADLINE)
    assert article.slug == SLUG
    assert article.section == section
    assert article.dateline == "Bandung"
    assert article.status == Article.Status.IN_REVIEW
    assert article.created_by == reporter
    assert "<strong>gratis</strong>" in article.body
    assert [(q.text, q.speaker, q.speaker_role) for q in article.quotes.all()] == QUOTES
    assert {topic.name for topic in article.topics.all()} == {"Transportasi Publik", "Banjir Rob"}
    assert Topic.objects.count() == topics_before + 1  # the existing topic was reused
    assert [author.name for author in article.byline()] == ["Dewi Lestari"]
    links = list(article.related_links.order_by("position"))
    assert [(link.target, link.url, link.title) for link in links] == [
        (earlier, "", ""),
        (None, EXTERNAL_URL, EXTERNAL_TITLE),
    ]
    assert article not in Article.objects.live()

    # The editor publishes it from the change form's workflow panel.
    desk = network.attach(speak_indonesian(new_context(), live_server).new_page())
    change_url = f"/admin/articles/article/{article.pk}/change/"
    login(desk, live_server, "redaktur", change_url)
    desk.locator("#workflow-panel [data-transition=publish]").click()
    desk.locator("input[name=confirm]").click()
    expect(desk).to_have_url(f"{live_server.url}{change_url}")
    expect(desk.locator(".messagelist .success").first).to_be_visible()

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at <= timezone.now()
    assert article in Article.objects.live()
    assert article.created_by == reporter
    publication = EditorialEvent.objects.get(article=article, to_status="published")
    assert (publication.actor, publication.from_status) == (editor, "in_review")

    # Readers see it.
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text(HEADLINE)
    expect(page.locator(".article-body strong")).to_have_text("gratis")
    expect(page.get_by_role("heading", name="Topik:")).to_be_visible()
    expect(page.get_by_role("heading", name="Berita Terkait")).to_be_visible()
    for text, _speaker, _role in QUOTES:
        expect(page.locator(".quotes")).to_contain_text(text)
    expect(page.locator(".topics")).to_contain_text("Banjir Rob")
    expect(page.locator(".related")).to_contain_text(earlier.headline)
    expect(page.locator(".related")).to_contain_text(EXTERNAL_TITLE)

    network.assert_clean()
    assert any("/static/admin/css/" in url for url in network.ok_urls)
    assert any("/static/admin/js/vendor/select2/" in url for url in network.ok_urls)
    assert any(re.search(r"/static/django_prose_editor/.*\.js$", url) for url in network.ok_urls)
