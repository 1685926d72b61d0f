"""Take the documentation screenshots with Chromium from a running server.

Not a test (pytest collects only test_*.py). Usage, against a server with the
demo content (`manage.py load_demo`):

    .venv/bin/python tests/browser/make_screenshots.py http://127.0.0.1:8000 docs/screenshots

Writes admin-article.png, the article form in the admin after a real login.
(The public pages at 360 and 1280 px come from tests/browser/test_screenshots.py.)
"""

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import expect, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--hide-scrollbars",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 15_000


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url", help="e.g. http://127.0.0.1:8000")
    parser.add_argument("out_dir", help="e.g. docs/screenshots")
    parser.add_argument("--username", default="admin")
    parser.add_argument("--password", default="admin-demo-2026")
    parser.add_argument("--admin-path", default="/admin/")
    return parser.parse_args(argv)


def new_page(browser, viewport, **options):
    context = browser.new_context(
        viewport=viewport,
        device_scale_factor=1,
        timezone_id="Asia/Jakarta",
        locale="id-ID",
        **options,
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return page


def shoot(page, path):
    """A full-height screenshot, exactly as wide as the viewport."""
    height = page.evaluate("document.documentElement.scrollHeight")
    clip = {"x": 0, "y": 0, "width": page.viewport_size["width"], "height": height}
    page.screenshot(path=str(path), full_page=True, clip=clip, animations="disabled")
    print(f"{path} ({path.stat().st_size // 1024} KB)")


def find_story(page, base_url):
    """The first article on the home page that has a topic, and that topic."""
    page.goto(base_url)
    hrefs = page.locator("main .item-headline a").evaluate_all("els => els.map(e => e.href)")
    if not hrefs:
        sys.exit("No article links on the home page: run `manage.py load_demo` first.")
    for href in dict.fromkeys(hrefs):
        page.goto(href)
        topics = page.locator(".topics a")
        if topics.count():
            return href, urljoin(href, topics.first.get_attribute("href"))
    return hrefs[0], None


def main(argv=None):
    args = parse_args(argv)
    base_url = args.base_url.rstrip("/") + "/"
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = new_page(browser, DESKTOP)
        article_url, _ = find_story(page, base_url)

        # The admin's change form for the same article, after a real login.
        pk = re.search(r"/(\d+)/", article_url.removeprefix(base_url)).group(1)
        change_path = f"{args.admin_path.rstrip('/')}/articles/article/{pk}/change/"
        admin = new_page(browser, DESKTOP)
        admin.goto(urljoin(base_url, f"{args.admin_path.rstrip('/')}/login/?next={change_path}"))
        admin.locator("input[name=username]").fill(args.username)
        admin.locator("input[name=password]").fill(args.password)
        admin.locator("#login-form [type=submit]").click()
        expect(admin.locator(".prose-editor [contenteditable=true].ProseMirror")).to_be_visible(
            timeout=TIMEOUT_MS
        )
        admin.wait_for_load_state("networkidle")
        shoot(admin, out / "admin-article.png")

        browser.close()


if __name__ == "__main__":
    main()
