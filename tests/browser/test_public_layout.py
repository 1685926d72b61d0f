"""The public pages at phone and desktop widths, and without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    QuoteFactory,
    RelatedLinkFactory,
    SectionFactory,
    TopicFactory,
)

# Like test_admin_editor.py: every browser test restores the migrated data, so
# they can run in any order (mixing plain and serialized flushes breaks that).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 900},
}
BODY = (
    "<p>Pemerintah kota menanggung tarif bus bagi pelajar selama enam bulan, "
    "dimulai dari koridor dengan penumpang terbanyak.</p>"
    "<h2>Rute pertama</h2>"
    "<p>Uji coba berlangsung di <strong>tiga koridor</strong> utama dan akan "
    "<em>dievaluasi</em> setiap bulan.</p>"
    "<ul><li>Koridor Timur–Barat</li><li>Koridor Utara–Selatan</li>"
    "<li>Koridor Lingkar Dalam</li></ul>"
    "<blockquote><p>Kami ingin pelajar terbiasa naik angkutan umum.</p></blockquote>"
    '<p>Keterangan lengkap tersedia di <a href="https://example.org/tarif">situs dinas</a>.</p>'
)


@pytest.fixture
def newsroom(db):
    """A small live site: one fully dressed story and a few plain ones."""
    metro = SectionFactory(name="Metropolitan", slug="metropolitan", position=0)
    economy = SectionFactory(name="Ekonomi", slug="ekonomi", position=1)
    SectionFactory(name="Olahraga", slug="olahraga", position=2)
    transport = TopicFactory(name="Transportasi Publik", slug="transportasi-publik")
    students = TopicFactory(name="Pendidikan", slug="pendidikan")
    dewi = AuthorFactory(name="Dewi Lestari", slug="dewi-lestari")
    andi = AuthorFactory(name="Andi Pratama", slug="andi-pratama")
    older = ArticleFactory(
        section=metro,
        headline="Dinas Perhubungan Uji Coba Rute Bus Baru di Pinggiran Kota",
        topics=[transport],
        authors=[andi],
    )
    ArticleFactory(section=economy, headline="Harga Cabai Turun Menjelang Akhir Bulan")
    ArticleFactory(section=economy, headline="Ekspor Kopi Naik Dua Kali Lipat")
    story = ArticleFactory(
        section=metro,
        headline="Pelajar Naik Bus Kota Gratis Mulai Senin, Pemkot Tanggung Tarif Enam Bulan",
        deck="Pemerintah kota menanggung tarif selama enam bulan pertama.",
        dateline="Bandung",
        body=BODY,
        summary="Tarif bus kota gratis bagi pelajar.",
        authors=[dewi, andi],
        topics=[transport, students],
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
    return {"story": story, "topic": transport}


def urls(newsroom):
    return {
        "home": "/",
        "article": newsroom["story"].get_absolute_url(),
        "topic": newsroom["topic"].get_absolute_url(),
    }


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("page_name", ["home", "article", "topic"])
def test_page_fits_the_screen(new_context, live_server, network, newsroom, viewport, page_name):
    context = new_context(viewport=VIEWPORTS[viewport])
    page = network.attach(context.new_page())

    response = page.goto(live_server.url + urls(newsroom)[page_name])
    assert response.status == 200

    expect(page.locator("h1")).to_have_count(1)
    if page_name == "article":
        expect(page.locator("h1")).to_have_text(newsroom["story"].headline)
    if page_name == "topic":
        expect(page.locator("h1")).to_have_text("Transportasi Publik")
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"{page_name} scrolls sideways at {viewport}"
    # The stylesheet arrived and applies: the header is laid out by site.css.
    assert any(url.endswith("/static/css/site.css") for url in network.ok_urls)
    expect(page.locator(".site-header .wrap")).to_have_css("display", "flex")
    network.assert_clean()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_article_reads_without_javascript(new_context, live_server, network, newsroom, viewport):
    context = new_context(viewport=VIEWPORTS[viewport], java_script_enabled=False)
    page = network.attach(context.new_page())
    story = newsroom["story"]

    page.goto(live_server.url + story.get_absolute_url())

    expect(page.locator("h1")).to_have_text(story.headline)
    body = page.locator(".article-body")
    expect(body).to_be_visible()
    expect(body).to_contain_text("dimulai dari koridor dengan penumpang terbanyak")
    expect(body.locator("strong")).to_have_text("tiga koridor")
    expect(page.locator(".quotes")).to_contain_text("Kami mulai dari rute yang paling padat")
    expect(page.locator(".related")).to_contain_text("Kajian tarif angkutan kota")
    network.assert_clean()


def test_home_and_topic_read_without_javascript(new_context, live_server, network, newsroom):
    page = network.attach(new_context(java_script_enabled=False).new_page())
    story = newsroom["story"]

    page.goto(live_server.url + "/")
    expect(page.get_by_role("link", name=story.headline).first).to_be_visible()
    page.get_by_role("link", name=story.headline).first.click()
    expect(page.locator("h1")).to_have_text(story.headline)
    page.get_by_role("link", name="Transportasi Publik").click()
    expect(page.locator("h1")).to_have_text("Transportasi Publik")
    expect(page.get_by_role("link", name=story.headline)).to_be_visible()
    network.assert_clean()


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "<p>Unduh dokumen di https://drive.example.org/file/d/"
            "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFGH/view?usp=sharing segera.</p>",
            id="pasted-url",
        ),
        pytest.param(
            '<figure><img src="/static/admin/img/search.svg" alt="Peta rute" '
            'width="1200" height="800"><figcaption>Peta rute baru.</figcaption></figure>',
            id="wide-image",
        ),
    ],
)
def test_article_body_fits_a_phone(new_context, live_server, network, body):
    story = ArticleFactory(
        section=SectionFactory(name="Metropolitan", slug="metropolitan"), body=body
    )
    page = network.attach(new_context(viewport=VIEWPORTS["phone"]).new_page())

    page.goto(live_server.url + story.get_absolute_url())

    expect(page.locator("h1")).to_have_text(story.headline)
    network.assert_clean()
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"the article scrolls sideways: {scroll_width}px"
