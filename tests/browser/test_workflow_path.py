"""The whole editorial path in Chromium, with real logins: a reporter submits,
an editor returns the story with a note, the reporter fixes and resubmits, the
editor schedules it, and the story stays hidden until its time comes."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, EditorialEvent
from tests.browser.support import login, pick_autocomplete, speak_indonesian
from tests.factories import ArticleFactory, SectionFactory, UserFactory

# Like the other browser tests: every test restores the migrated data (the roles).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HEADLINE = "Banjir Rob Rendam Jalan Pantai Utara Jakarta"
FIRST_BODY = "Air laut pasang merendam jalan di pesisir utara sejak Selasa pagi."
FIXED_BODY = "Air laut pasang merendam Jalan R.E. Martadinata sejak Selasa pagi pukul 06.00 WIB."
NOTE = "Sebutkan nama jalan dan jam kejadiannya, jangan hanya 'pesisir utara'."
EDITOR_SELECTOR = ".prose-editor [contenteditable=true].ProseMirror"
ADD_URL = "/admin/articles/article/add/"


def type_body(page, text):
    """Replace whatever the rich-text editor holds with ``text``, by keyboard."""
    editor = page.locator(EDITOR_SELECTOR)
    expect(editor).to_be_visible()  # built by JavaScript: the JS loaded
    editor.click()
    editor.press("Control+a")
    editor.press("Delete")
    editor.press_sequentially(text)
    expect(editor).to_have_text(text)


def submitted(page):
    """After "Save and submit for review": saved, submitted, no error shown."""
    page.locator("input[name=_submit_for_review]").click()
    expect(page.locator(".messagelist .success").last).to_be_visible()  # the next page
    expect(page.locator(".errornote")).to_have_count(0)
    expect(page.locator(".messagelist .error")).to_have_count(0)


def transition(page, name, *, note=None, at=None):
    """Click a workflow button on the change form and confirm on the next page."""
    page.locator(f"#workflow-panel a[data-transition={name}]").click()
    expect(page.locator("input[name=confirm]")).to_be_visible()
    if note is not None:
        page.locator("textarea[name=note]").fill(note)
    if at is not None:
        page.locator("input[name=at]").fill(at)
    page.locator("input[name=confirm]").click()
    expect(page.locator("#workflow-panel")).to_be_visible()  # back on the change form
    expect(page.locator(".messagelist .success").first).to_be_visible()
    expect(page.locator(".errornote, .errorlist")).to_have_count(0)


def test_submit_return_resubmit_schedule_and_go_live(new_context, live_server, network):
    section = SectionFactory(name="Metropolitan", slug="metropolitan")
    SectionFactory(name="Ekonomi", slug="ekonomi")
    ArticleFactory(section=section, headline="Sudah Terbit: Jadwal KRL Berubah Mulai Besok")
    reporter = UserFactory(username="wartawan", role="Reporter")
    editor = UserFactory(username="redaktur", role="Editor")

    # 1. The reporter writes the story and sends it to the desk.
    desk_of_reporter = network.attach(speak_indonesian(new_context(), live_server).new_page())
    login(desk_of_reporter, live_server, "wartawan", ADD_URL)
    desk_of_reporter.locator("input[name=headline]").press_sequentially(HEADLINE)
    pick_autocomplete(desk_of_reporter, "id_section", "Metro", "Metropolitan")
    type_body(desk_of_reporter, FIRST_BODY)
    submitted(desk_of_reporter)

    article = Article.objects.get(headline=HEADLINE)
    assert (article.status, article.section, article.created_by) == (
        Article.Status.IN_REVIEW,
        section,
        reporter,
    )
    assert FIRST_BODY in article.body
    change_url = f"/admin/articles/article/{article.pk}/change/"

    # 2. The editor returns it with a note.
    desk_of_editor = network.attach(speak_indonesian(new_context(), live_server).new_page())
    login(desk_of_editor, live_server, "redaktur", change_url)
    transition(desk_of_editor, "return", note=NOTE)
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT

    # 3. The reporter finds it on the dashboard, with the note, fixes it and resubmits.
    desk_of_reporter.goto(f"{live_server.url}/admin/")
    returned = desk_of_reporter.locator("#dashboard-returned")
    expect(returned).to_contain_text(HEADLINE)
    expect(returned).to_contain_text(NOTE)
    returned.get_by_role("link", name=HEADLINE).click()
    expect(desk_of_reporter).to_have_url(f"{live_server.url}{change_url}")
    type_body(desk_of_reporter, FIXED_BODY)
    submitted(desk_of_reporter)

    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW
    assert FIXED_BODY in article.body and FIRST_BODY not in article.body

    # 4. The editor schedules it a few minutes ahead (the field is in WIB).
    due = timezone.localtime(timezone.now() + timedelta(minutes=5)).replace(second=0, microsecond=0)
    desk_of_editor.goto(f"{live_server.url}{change_url}")
    transition(desk_of_editor, "schedule", at=due.strftime("%Y-%m-%dT%H:%M"))
    expect(desk_of_editor.locator("#workflow-panel .newsroom-status")).to_contain_text(
        due.strftime("%H:%M")
    )
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at == due
    assert article.is_scheduled

    # 5. Until then readers get a 404 and the front page does not list it.
    reader = network.attach(new_context().new_page())
    public_url = f"{live_server.url}{article.get_absolute_url()}"
    assert reader.goto(public_url).status == 404
    network.bad_responses.remove(f"404 {public_url}")  # the one expected error
    assert reader.goto(f"{live_server.url}/").status == 200
    expect(reader.locator("main")).to_contain_text("Sudah Terbit: Jadwal KRL Berubah")
    expect(reader.locator("main")).not_to_contain_text(HEADLINE)

    # 6. Past the scheduled moment (time_machine patches the clock process-wide,
    # so the live server's threads see the new time too), it is public.
    with time_machine.travel(due + timedelta(seconds=30), tick=True):
        assert timezone.now() > due
        assert reader.goto(public_url).status == 200
        expect(reader.locator("h1")).to_have_text(HEADLINE)
        expect(reader.locator(".article-body")).to_contain_text(FIXED_BODY)
        assert reader.goto(f"{live_server.url}/").status == 200
        expect(reader.get_by_role("link", name=HEADLINE).first).to_be_visible()
        assert article in Article.objects.live()

    # The timeline, in order: who moved it, from where to where, with what note.
    events = list(
        EditorialEvent.objects.filter(article=article)
        .order_by("created_at", "id")
        .values_list("actor", "from_status", "to_status", "note", "scheduled_for")
    )
    assert events == [
        (reporter.pk, "draft", "in_review", "", None),
        (editor.pk, "in_review", "draft", NOTE, None),
        (reporter.pk, "draft", "in_review", "", None),
        (editor.pk, "in_review", "published", "", due),
    ]
    network.assert_clean()
