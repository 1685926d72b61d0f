"""Helpers shared by the browser tests (kept out of conftest.py so tests can import them)."""

from dataclasses import dataclass, field

from django.conf import settings

TIMEOUT_MS = 10_000
# Older mimetypes tables do not know these.
IMAGE_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpg": "image/jpeg"}


@dataclass
class NetworkLog:
    """What went wrong on the wire while a page was open."""

    failed: list = field(default_factory=list)
    bad_responses: list = field(default_factory=list)
    ok_urls: list = field(default_factory=list)

    def attach(self, page):
        page.set_default_timeout(TIMEOUT_MS)
        page.on("requestfailed", self._on_failed)
        page.on("response", self._on_response)
        return page

    def _on_failed(self, request):
        failure = request.failure or ""
        if "ERR_ABORTED" not in failure:  # navigations and cancelled XHRs
            self.failed.append(f"{request.method} {request.url}: {failure}")

    def _on_response(self, response):
        if response.status >= 400:
            self.bad_responses.append(f"{response.status} {response.url}")
        else:
            self.ok_urls.append(response.url)

    def assert_clean(self):
        assert not self.failed, f"failed requests: {self.failed}"
        assert not self.bad_responses, f"error responses: {self.bad_responses}"


def speak_indonesian(context, live_server):
    """Pin the newsroom's UI language by cookie, whatever LANGUAGE_CODE says."""
    cookie = {"name": settings.LANGUAGE_COOKIE_NAME, "value": "id", "url": live_server.url}
    context.add_cookies([cookie])
    return context


def serve_media(context, live_server):
    """Answer the pages' /media/ requests from Django's default storage.

    With DEBUG off (as under live_server) the project serves no media, and the
    test settings keep uploads in memory, in this process: the browser gets
    them from here, so photos show and their requests do not count as 404s.
    """
    import mimetypes
    from urllib.parse import unquote, urlsplit

    from django.core.files.storage import default_storage

    prefix = settings.MEDIA_URL  # "/media/"

    def handle(route):
        name = unquote(urlsplit(route.request.url).path).removeprefix(prefix)
        if not name or not default_storage.exists(name):
            route.fulfill(status=404, body="not found")
            return
        with default_storage.open(name) as stored:
            body = stored.read()
        extension = name.rsplit(".", 1)[-1].lower()
        content_type = (
            IMAGE_TYPES.get(extension)
            or mimetypes.guess_type(name)[0]
            or "application/octet-stream"
        )
        route.fulfill(status=200, body=body, content_type=content_type)

    context.route(f"{live_server.url}{prefix}**", handle)
    return context


PASSWORD = "correct-horse-battery"  # tests.factories.UserFactory's password


def login(page, live_server, username, next_url, password=PASSWORD):
    """Through the admin's real login form, as a person would."""
    from playwright.sync_api import expect

    page.goto(f"{live_server.url}/admin/login/?next={next_url}")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("#login-form [type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}{next_url}")


def pick_autocomplete(page, select_id, term, choice):
    """Open one of the admin's select2 boxes, type, and click the suggestion."""
    from playwright.sync_api import expect

    page.locator(f"#{select_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(term)
    page.locator(".select2-container--open .select2-results__option", has_text=choice).click()
    expect(page.locator(f"#{select_id} + .select2 .select2-selection")).to_contain_text(choice)


STORY_BODY = (
    "<p>Pemerintah kota menanggung tarif bus bagi pelajar selama enam bulan, "
    "dimulai dari koridor dengan penumpang terbanyak.</p>"
    "<h2>Rute pertama</h2>"
    "<p>Uji coba berlangsung di <strong>tiga koridor</strong> utama dan akan "
    "<em>dievaluasi</em> setiap bulan.</p>"
    "<h3>Koridor yang dilayani</h3>"
    "<ul><li>Koridor Timur–Barat</li><li>Koridor Utara–Selatan</li>"
    "<li>Koridor Lingkar Dalam</li></ul>"
    "<blockquote><p>Kami ingin pelajar terbiasa naik angkutan umum.</p></blockquote>"
    "<h2>Tarif setelah enam bulan</h2>"
    '<p>Keterangan lengkap tersedia di <a href="https://example.org/tarif">situs dinas</a>.</p>'
)


def build_newsroom() -> dict:
    """A small live site: a few plain stories and one fully dressed story (lead
    photo, two authors, two topics, a pull quote and a quote, an internal and an
    external related link, a correction). Returns the story and its first topic."""
    from datetime import timedelta

    from django.utils import timezone

    from articles import services
    from articles.models import Correction
    from tests.factories import (
        ArticleFactory,
        AuthorFactory,
        ImageFactory,
        QuoteFactory,
        RelatedLinkFactory,
        SectionFactory,
        TopicFactory,
        UserFactory,
    )

    now = timezone.now()
    metro = SectionFactory(name="Metropolitan", slug="metropolitan", position=0)
    economy = SectionFactory(name="Ekonomi", slug="ekonomi", position=1)
    SectionFactory(name="Olahraga", slug="olahraga", position=2)
    transport = TopicFactory(
        name="Transportasi Publik",
        slug="transportasi-publik",
        description="Bus, kereta dan angkutan kota di Jabodetabek.",
    )
    students = TopicFactory(name="Pendidikan", slug="pendidikan")
    dewi = AuthorFactory(name="Dewi Lestari", slug="dewi-lestari")
    andi = AuthorFactory(name="Andi Pratama", slug="andi-pratama")

    older = ArticleFactory(
        section=metro,
        headline="Dinas Perhubungan Uji Coba Rute Bus Baru di Pinggiran Kota",
        slug="dinas-perhubungan-uji-coba-rute-bus-baru",
        topics=[transport],
        authors=[andi],
        lead_image=ImageFactory(alt_text="Halte bus di pinggiran kota"),
        published_at=now - timedelta(minutes=50),
    )
    ArticleFactory(
        section=economy,
        headline="Harga Cabai Turun Menjelang Akhir Bulan",
        published_at=now - timedelta(minutes=40),
    )
    ArticleFactory(
        section=economy,
        headline="Ekspor Kopi Naik Dua Kali Lipat",
        topics=[students],
        published_at=now - timedelta(minutes=30),
    )
    story = ArticleFactory(
        section=metro,
        headline="Pelajar Naik Bus Kota Gratis Mulai Senin, Pemkot Tanggung Tarif Enam Bulan",
        slug="pelajar-naik-bus-kota-gratis-mulai-senin",
        deck="Pemerintah kota menanggung tarif selama enam bulan pertama.",
        dateline="Bandung",
        body=STORY_BODY,
        summary="Tarif bus kota gratis bagi pelajar.",
        authors=[dewi, andi],
        topics=[transport, students],
        lead_image=ImageFactory(alt_text="Bus listrik berhenti di halte Stasiun Kota"),
        published_at=now - timedelta(minutes=10),
    )
    QuoteFactory(
        article=story,
        text="Kami mulai dari rute yang paling padat",
        speaker="Ratna Wulandari",
        speaker_role="Kepala Dinas Perhubungan",
        is_pull_quote=True,
    )
    QuoteFactory(article=story, text="Pelajar cukup menunjukkan kartu sekolah")
    RelatedLinkFactory(article=story, target=older)
    RelatedLinkFactory(
        article=story,
        target=None,
        url="https://example.org/kajian-tarif",
        title="Kajian tarif angkutan kota",
    )
    services.add_correction(
        story,
        by=UserFactory(username="redaktur-koreksi", role="Editor"),
        kind=Correction.Kind.RALAT,
        text="Tarif gratis berlaku enam bulan, bukan tiga bulan seperti tertulis sebelumnya.",
    )
    return {"story": story, "topic": transport}
