"""Full-page screenshots of the front, article and topic pages at 360 and 1280 px.

An ordinary run writes them to pytest's tmp_path and only checks that the pages
fit the screen and that the files were written. To refresh the documentation's
screenshots (docs/screenshots/<page>-<width>.png) from the product's own demo
stories (`load_demo`):

    UPDATE_SCREENSHOTS=1 .venv/bin/pytest tests/browser/test_screenshots.py
"""

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article
from tests.browser.support import build_newsroom, serve_media, speak_indonesian

# Like the other browser tests: every test restores the migrated data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UPDATE = os.environ.get("UPDATE_SCREENSHOTS") == "1"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WIDTHS = [360, 1280]
HEIGHT = 800
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The committed files are cut to this many colours (a few times smaller; the
# pages are mostly flat text, and the drawn demo photos survive it well).
COLOURS = 256

# Lazy photos below the fold load only when scrolled to: load them all, then
# wait until every <img> has its pixels, before a full-page shot.
LOAD_ALL_IMAGES = """
async () => {
  for (const img of document.images) img.loading = "eager";
  await Promise.all(Array.from(document.images).map(img => img.decode().catch(() => null)));
  return Array.from(document.images).filter(img => !img.complete || !img.naturalWidth)
    .map(img => img.currentSrc || img.src);
}
"""


def demo_story_and_topic():
    """From the demo: the newest live story with a photo, a pull quote and related
    links, and of its topics the one with the most live stories."""
    story = (
        Article.objects.live()
        .filter(lead_image__isnull=False, quotes__is_pull_quote=True, related_links__isnull=False)
        .newest_first()
        .distinct()
        .first()
    )
    assert story is not None, "the demo content has no fully dressed live story"
    live = Article.objects.live()
    topic = max(
        story.topics.all(),  # ties: the first the page lists
        key=lambda topic: live.filter(topics=topic).count(),
        default=None,
    )
    assert topic is not None, f"{story.headline!r} has no topic"
    return story, topic


@pytest.fixture
def site(db):
    if UPDATE:
        call_command("load_demo", force=True, stdout=io.StringIO())
        story, topic = demo_story_and_topic()
    else:
        built = build_newsroom()
        story, topic = built["story"], built["topic"]
    return {
        "home": ("/", None),
        "article": (story.get_absolute_url(), story.headline),
        "topic": (topic.get_absolute_url(), topic.name),
    }


@pytest.fixture
def out_dir(tmp_path):
    if UPDATE:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        return SCREENSHOTS
    return tmp_path


def shrink(path):
    """Re-encode a screenshot as an optimised palette PNG."""
    from PIL import Image

    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["home", "article", "topic"])
def test_page_screenshot(new_context, live_server, network, site, out_dir, name, width):
    url, heading = site[name]
    context = new_context(viewport={"width": width, "height": HEIGHT}, device_scale_factor=1)
    page = network.attach(
        serve_media(speak_indonesian(context, live_server), live_server).new_page()
    )

    assert page.goto(live_server.url + url).status == 200
    if heading:
        expect(page.locator("h1")).to_have_text(heading)
    assert page.evaluate(LOAD_ALL_IMAGES) == [], "some photos did not load"

    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"{url} scrolls sideways at {width} px: {scroll_width} px"

    path = out_dir / f"{name}-{width}.png"
    page.screenshot(path=path, full_page=True, animations="disabled", caret="hide")
    if UPDATE:
        shrink(path)
    assert path.is_file() and path.stat().st_size > 0, f"{path} was not written"
    with path.open("rb") as written:
        assert written.read(8) == PNG_SIGNATURE
    network.assert_clean()
