"""The journalist path through the real admin: write, tag, quote, link, publish."""

import importlib
import re
from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django.utils.formats import get_format
from playwright.sync_api import expect

from articles.models import Article, Topic
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct-horse-battery"  # tests.factories.UserFactory's password
HEADLINE = "Pelajar Naik Bus Kota Gratis Mulai Senin"
QUOTES = [
    ("Kami mulai dari rute yang paling padat", "Ratna Wulandari", "Kepala Dinas Perhubungan"),
    ("Pelajar cukup menunjukkan kartu sekolah", "Bima Santoso", "Direktur Operasional"),
]
EXTERNAL_URL = "https://example.org/kajian-tarif"
EXTERNAL_TITLE = "Kajian tarif angkutan kota"


def reporter_group():
    """The "Reporter" role as migration 0002 defines it.

    Transactional tests flush the database afterwards, so the group made by the
    data migration exists only for the first of them: build it when it is gone.
    """
    roles = importlib.import_module("articles.migrations.0002_roles")
    group, _ = Group.objects.get_or_create(name="Reporter")
    for model, actions in roles.REPORTER.items():
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="articles",
                codename__in=[f"{action}_{model}" for action in actions],
            )
        )
    return group


def pick_autocomplete(page, select_id, term, choice):
    """Open one of the admin's select2 boxes, type, and click the suggestion."""
    page.locator(f"#{select_id} + .select2").click()
    search = page.locator(".select2-container--open .select2-search__field")
    search.fill(term)
    page.locator(".select2-container--open .select2-results__option", has_text=choice).click()
    expect(page.locator(f"#{select_id} + .select2 .select2-selection")).to_contain_text(choice)


def login(page, live_server, username, next_url):
    page.goto(f"{live_server.url}/admin/login/?next={next_url}")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}{next_url}")


def test_a_reporter_writes_and_publishes_an_article(page, indonesian, live_server, network):
    section = SectionFactory(name="Metropolitan", slug="metropolitan")
    SectionFactory(name="Ekonomi", slug="ekonomi")
    AuthorFactory(name="Dewi Lestari", slug="dewi-lestari")
    AuthorFactory(name="Andi Pratama", slug="andi-pratama")
    TopicFactory(name="Transportasi Publik", slug="transportasi-publik")
    earlier = ArticleFactory(section=section, headline="Dinas Uji Coba Rute Bus Baru")
    reporter = UserFactory(username="wartawan", is_staff=True)
    reporter.groups.add(reporter_group())
    topics_before = Topic.objects.count()

    network.attach(page)
    login(page, live_server, "wartawan", "/admin/articles/article/add/")

    # The editor is built by JavaScript: its appearance proves the JS loaded.
    editor = page.locator(".prose-editor [contenteditable=true].ProseMirror")
    expect(editor).to_be_visible()

    page.locator("input[name=headline]").press_sequentially(HEADLINE)
    # prepopulate.js fills the slug as the headline is typed.
    expect(page.locator("input[name=slug]")).to_have_value(
        "pelajar-naik-bus-kota-gratis-mulai-senin"
    )
    page.locator("input[name=deck]").fill("Pemerintah kota menanggung tarif selama enam bulan.")
    page.locator("input[name=dateline]").fill("Bandung")
    pick_autocomplete(page, "id_section", "Metro", "Metropolitan")

    editor.click()
    editor.press_sequentially("Mulai Senin, pelajar naik bus kota ")
    editor.press("Control+b")
    editor.press_sequentially("gratis")
    editor.press("Control+b")
    editor.press_sequentially(" di semua rute.")
    expect(editor.locator("strong")).to_have_text("gratis")

    # Two quotes: fill the first row, add another, fill the second.
    quotes = page.locator("#quotes-group")
    for index, (text, speaker, role) in enumerate(QUOTES):
        if index:
            quotes.locator(".add-row a").click()
        page.locator(f"textarea[name=quotes-{index}-text]").fill(text)
        page.locator(f"input[name=quotes-{index}-speaker]").fill(speaker)
        page.locator(f"input[name=quotes-{index}-speaker_role]").fill(role)
        page.locator(f"input[name=quotes-{index}-position]").fill(str(index))

    pick_autocomplete(page, "id_article_authors-0-author", "Dewi", "Dewi Lestari")

    # Topic picker (select2 in tags mode): an existing topic by suggestion...
    topic_search = page.locator("#id_topics + .select2 .select2-search__field")
    topic_search.click()
    topic_search.press_sequentially("Trans")
    page.locator(
        ".select2-container--open .select2-results__option",
        has_text=re.compile(r"^Transportasi Publik$"),
    ).click()
    # ...and a new one by typing it and pressing Enter.
    topic_search.press_sequentially("Banjir Rob")
    expect(
        page.locator(
            ".select2-container--open .select2-results__option--highlighted",
            has_text=re.compile(r"^Banjir Rob$"),
        )
    ).to_be_visible()
    topic_search.press("Enter")
    chosen = page.locator("#id_topics + .select2 .select2-selection__choice")
    expect(chosen).to_have_count(2)
    expect(page.locator("#id_topics option:checked")).to_have_count(2)

    # Related links: one of our stories, then an external address.
    pick_autocomplete(page, "id_related_links-0-target", "Rute Bus", earlier.headline)
    page.locator("#related_links-group .add-row a").click()
    page.locator("input[name=related_links-1-url]").fill(EXTERNAL_URL)
    page.locator("input[name=related_links-1-title]").fill(EXTERNAL_TITLE)
    page.locator("input[name=related_links-1-position]").fill("1")

    # Publication: the admin's own "today" shortcut shows the locale's date format.
    page.locator("select[name=status]").select_option("published")
    date_input = page.locator("input[name=published_at_0]")
    time_input = page.locator("input[name=published_at_1]")
    date_input.locator("xpath=..").locator(".datetimeshortcuts a").first.click()
    expect(date_input).not_to_have_value("")
    lang = page.locator("html").get_attribute("lang")
    date_format = get_format("DATE_INPUT_FORMATS", lang=lang)[0]
    time_format = get_format("TIME_INPUT_FORMATS", lang=lang)[0]
    datetime.strptime(date_input.input_value(), date_format)  # raises if the format differs
    when = timezone.localtime() - timedelta(days=1, hours=2)
    date_input.fill(when.strftime(date_format))
    time_input.fill(when.strftime(time_format))

    page.locator("input[name=_save]").click()
    expect(page.locator(".errornote")).to_have_count(0)
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(page).to_have_url(f"{live_server.url}/admin/articles/article/")

    # The database, not the page, is the proof.
    article = Article.objects.get(headline=HEADLINE)
    assert article.slug == "pelajar-naik-bus-kota-gratis-mulai-senin"
    assert article.section == section
    assert article.dateline == "Bandung"
    assert "<strong>gratis</strong>" in article.body
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at < timezone.now()
    assert abs(article.published_at - when.replace(second=0, microsecond=0)) < timedelta(
        minutes=1
    )
    assert article.created_by == reporter
    assert [(q.text, q.speaker, q.speaker_role) for q in article.quotes.all()] == QUOTES
    assert {topic.name for topic in article.topics.all()} == {"Transportasi Publik", "Banjir Rob"}
    assert Topic.objects.count() == topics_before + 1
    assert [author.name for author in article.byline()] == ["Dewi Lestari"]
    links = list(article.related_links.order_by("position"))
    assert [(link.target, link.url, link.title) for link in links] == [
        (earlier, "", ""),
        (None, EXTERNAL_URL, EXTERNAL_TITLE),
    ]
    assert article in Article.objects.live()

    # And the public page shows it.
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text(HEADLINE)
    expect(page.locator(".article-body strong")).to_have_text("gratis")
    expect(page.get_by_role("heading", name="Topik:")).to_be_visible()
    expect(page.get_by_role("heading", name="Berita Terkait")).to_be_visible()
    expect(page.locator(".quotes")).to_contain_text(QUOTES[0][0])
    expect(page.locator(".quotes")).to_contain_text(QUOTES[1][0])
    expect(page.locator(".topics")).to_contain_text("Banjir Rob")
    expect(page.locator(".related")).to_contain_text(earlier.headline)
    expect(page.locator(".related")).to_contain_text(EXTERNAL_TITLE)

    network.assert_clean()
    assert any("/static/admin/css/" in url for url in network.ok_urls)
    assert any("/static/admin/js/vendor/select2/" in url for url in network.ok_urls)
    assert any("/static/django_prose_editor/" in url and url.endswith(".js") for url in network.ok_urls)
