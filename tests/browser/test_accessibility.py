"""Accessibility of the public pages, with axe-core and the keyboard, in Chromium.

Every page a reader commonly lands on is scanned with axe-core (the copy
bundled with axe-playwright-python, so nothing is downloaded) and walked with
the keyboard: the skip link comes first and leads into the content, focus is
visible, every image has an alt attribute and headings never skip a level.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.support import build_newsroom, serve_media, speak_indonesian

# Like the other browser tests: each test restores the migrated data (the
# roles), so the folder runs in any order.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEARCH_WORD = "bus"
# What axe calls a barrier rather than an annoyance; "moderate" and "minor" are
# reported by axe too but not asserted here.
BLOCKING = {"serious", "critical"}


@pytest.fixture
def newsroom(db):
    """The addresses to check, on a small live site (tests/browser/support.py)."""
    site = build_newsroom()
    return {
        "home": "/",
        "article": site["story"].get_absolute_url(),
        "topic": f"/topik/{site['topic'].slug}/",
        "search": f"/cari/?q={SEARCH_WORD}",
        "not_found": "/tidak-ada/halaman/",
        "index": "/indeks/",
    }


PAGES = ["home", "article", "topic", "search", "not_found", "index"]


def open_page(new_context, live_server, network, url, expected_status):
    context = serve_media(speak_indonesian(new_context(), live_server), live_server)
    page = network.attach(context.new_page())
    response = page.goto(live_server.url + url)
    assert response.status == expected_status, f"{url} answered {response.status}"
    if expected_status == 404:
        # The one error the page is meant to produce.
        network.bad_responses.remove(f"404 {live_server.url}{url}")
    page.wait_for_load_state("load")
    return page


def status_for(name):
    return 404 if name == "not_found" else 200


def describe(violations) -> str:
    """What axe found, in enough detail to fix it without rerunning."""
    lines = []
    for violation in violations:
        lines.append(
            f"\n[{violation['impact']}] {violation['id']}: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:8]:
            lines.append(f"    at {' '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", " / ")
            if summary:
                lines.append(f"       {summary[:300]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"    … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_serious_violations(new_context, live_server, network, newsroom, name):
    page = open_page(new_context, live_server, network, newsroom[name], status_for(name))
    expect(page.locator("h1")).to_have_count(1)

    results = Axe().run(page)

    violations = results.response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"axe on {newsroom[name]}:{describe(blocking)}"
    network.assert_clean()


FOCUSABLE = """
() => Array.from(document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex]'
)).filter(el => !el.disabled && el.tabIndex >= 0 && el.type !== 'hidden')
  .map(el => el.outerHTML.slice(0, 120))
"""
ACTIVE = "() => document.activeElement.outerHTML.slice(0, 120)"
IN_CONTENT = "() => document.getElementById('content').contains(document.activeElement)"
OUTLINE = "() => getComputedStyle(document.activeElement).outlineStyle"
HEADINGS = """
() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
  .map(h => [Number(h.tagName[1]), h.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60)])
"""
IMAGES_WITHOUT_ALT = """
() => Array.from(document.querySelectorAll('img'))
  .filter(img => !img.hasAttribute('alt')).map(img => img.outerHTML.slice(0, 160))
"""


@pytest.mark.parametrize("name", PAGES)
def test_skip_link_leads_into_the_content(new_context, live_server, network, newsroom, name):
    page = open_page(new_context, live_server, network, newsroom[name], status_for(name))
    skip_link = page.locator("a.skip-link")

    # First in the tab order, by the DOM and by the keyboard.
    focusable = page.evaluate(FOCUSABLE)
    assert focusable and "skip-link" in focusable[0], f"first focusable: {focusable[:1]}"
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_have_attribute("href", "#content")
    expect(skip_link).to_be_in_viewport()  # it leaves its off-screen spot on focus
    assert page.evaluate(OUTLINE) != "none", "the focused skip link shows no outline"

    # Following it moves the keyboard into #content: the next Tab lands on the
    # first control there (test_skip_link_moves_focus_to_main checks <main> itself).
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}{newsroom[name]}#content")
    page.keyboard.press("Tab")
    assert page.evaluate(IN_CONTENT), f"focus went to {page.evaluate(ACTIVE)}"
    assert page.evaluate(OUTLINE) != "none", (
        f"no visible focus on {page.evaluate(ACTIVE)} after the skip link"
    )
    network.assert_clean()


@pytest.mark.parametrize("name", PAGES)
def test_images_have_alt_and_headings_do_not_skip(
    new_context, live_server, network, newsroom, name
):
    page = open_page(new_context, live_server, network, newsroom[name], status_for(name))

    assert page.evaluate(IMAGES_WITHOUT_ALT) == []
    if name in ("home", "article"):  # the pages with photos in this newsroom
        assert page.locator("img").count() > 0

    headings = page.evaluate(HEADINGS)
    outline = "\n".join(f"{'  ' * (level - 1)}h{level} {text}" for level, text in headings)
    assert headings and headings[0][0] == 1, f"the page does not open with its h1:\n{outline}"
    assert [level for level, _text in headings].count(1) == 1, f"more than one h1:\n{outline}"
    for (previous, _), (level, text) in zip(headings, headings[1:], strict=False):
        assert level <= previous + 1, f"h{previous} → h{level} ({text!r}) skips a level:\n{outline}"
    network.assert_clean()


def test_skip_link_moves_focus_to_main(new_context, live_server, network, newsroom):
    page = open_page(new_context, live_server, network, newsroom["home"], 200)

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    expect(page.locator("#content")).to_be_focused(timeout=2_000)
