"""Photos on public pages: <picture>/srcset markup, lazy loading, captions, sharing, queries."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.images import renditions
from articles.models import Image
from tests.factories import ArticleFactory, AuthorFactory, ImageFactory

pytestmark = pytest.mark.django_db
AVIF = "avif" in renditions.enabled_formats()


def _figure(html, css_class):
    match = re.search(rf'<figure class="{css_class}">.*?</figure>', html, re.DOTALL)
    assert match, f"no {css_class} figure"
    return match.group(0)


def _body_figure(image, caption="Jalan yang tergenang pagi ini."):
    return (
        f'<figure><img src="/media/lama.jpg" alt="x" data-file="{image.pk}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def test_the_lead_image_is_a_responsive_picture_loaded_first(client, media, section):
    image = ImageFactory(dimensions=(2400, 1600), credit="MI/Ramdani")
    article = ArticleFactory(section=section, lead_image=image)

    html = client.get(article.get_absolute_url()).content.decode()

    figure = _figure(html, "lead-image")
    assert figure.count("<picture>") == 1
    if AVIF:
        assert '<source type="image/avif"' in figure
    assert '<source type="image/webp"' in figure
    img = re.search(r"<img [^>]*>", figure).group(0)
    for width in (320, 640, 960, 1280, 1920):
        assert f"-{width}.jpg {width}w" in img
    assert 'sizes="(min-width: 44rem) 42rem, 100vw"' in img
    assert 'width="960" height="640"' in img  # 3:2, like the photo: no layout shift
    assert 'loading="eager" fetchpriority="high"' in img
    assert 'loading="lazy"' not in figure
    assert f'alt="{image.alt_text}"' in img
    assert "Warga menunggu bus listrik di halte Stasiun Kota." in figure
    assert '<span class="credit">(MI/Ramdani)</span>' in figure


def test_an_article_can_override_the_lead_caption(client, media, section):
    image = ImageFactory(caption="Keterangan dari perpustakaan")
    article = ArticleFactory(
        section=section, lead_image=image, lead_image_caption="Keterangan khusus <b>berita</b> ini"
    )

    figure = _figure(client.get(article.get_absolute_url()).content.decode(), "lead-image")

    assert "Keterangan khusus &lt;b&gt;berita&lt;/b&gt; ini" in figure
    assert "Keterangan dari perpustakaan" not in figure


def test_editor_text_around_photos_is_escaped(client, media, section):
    image = ImageFactory(
        alt_text='"><script>alert(1)</script>', caption="<img src=x onerror=alert(2)>", credit="<b>"
    )
    article = ArticleFactory(section=section, lead_image=image, body=_body_figure(image, ""))

    html = client.get(article.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in html and "onerror=alert(2)>" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "(&lt;b&gt;)" in html


def test_list_items_show_a_lazy_16_9_thumbnail(client, media, section):
    lead = ArticleFactory(section=section, lead_image=ImageFactory(dimensions=(1600, 1200)))
    older = ArticleFactory(
        section=section,
        lead_image=ImageFactory(dimensions=(1600, 1200)),
        published_at=lead.published_at.replace(year=lead.published_at.year - 1),
    )

    home = client.get("/").content.decode()
    listing = client.get(section.get_absolute_url()).content.decode()

    featured = re.search(r'<article class="item item--lead">.*?</article>', home, re.DOTALL)
    assert 'fetchpriority="high"' in featured.group(0)  # the home page's lead story
    for html in (home, listing):
        item = re.search(
            rf'<article class="item">(?:(?!</article>).)*{older.headline}.*?</article>',
            html,
            re.DOTALL,
        ).group(0)
        img = re.search(r"<img [^>]*>", item).group(0)
        assert 'loading="lazy"' in img and 'width="960" height="540"' in img
        assert "/card-" in img and "-320.jpg 320w" in img


def test_compact_items_and_stories_without_photos_have_no_thumbnail(client, media, section):
    ArticleFactory(section=section)

    assert "item-photo" not in client.get(section.get_absolute_url()).content.decode()


def test_library_photos_in_the_body_are_rendered_through_the_renditions(client, media, section):
    image = ImageFactory(dimensions=(2000, 1000), credit="MI/Sumarwoto")
    article = ArticleFactory(
        section=section, body=f"<p>Pembuka.</p>{_body_figure(image)}<p>Penutup.</p>"
    )

    html = client.get(article.get_absolute_url()).content.decode()

    figure = _figure(html, "body-image")
    assert "<picture>" in figure and '<source type="image/webp"' in figure
    assert 'loading="lazy"' in figure and 'width="960" height="480"' in figure
    assert "Jalan yang tergenang pagi ini." in figure
    assert '<span class="credit">(MI/Sumarwoto)</span>' in figure
    assert "/media/lama.jpg" not in html
    assert html.index("Pembuka.") < html.index('class="body-image"') < html.index("Penutup.")


def test_a_body_photo_without_a_caption_uses_the_library_caption(client, media, section):
    image = ImageFactory(caption="Keterangan perpustakaan")
    article = ArticleFactory(
        section=section, body=f'<p><img src="/x.jpg" alt="" data-file="{image.pk}"></p>'
    )

    figure = _figure(client.get(article.get_absolute_url()).content.decode(), "body-image")

    assert "Keterangan perpustakaan" in figure


def test_a_body_photo_deleted_from_the_library_leaves_no_broken_image(client, media, section):
    gone = ImageFactory()
    body = f"<p>Teks.</p>{_body_figure(gone)}"
    gone.delete()  # as if deleted before an old revision was restored
    article = ArticleFactory(section=section, body=body)

    html = client.get(article.get_absolute_url()).content.decode()

    assert "<p>Teks.</p>" in html and "body-image" not in html and "lama.jpg" not in html


def test_other_images_in_the_body_are_left_as_they_are(client, section):
    article = ArticleFactory(
        section=section,
        body='<figure><img src="https://example.org/peta.png" alt="Peta"><figcaption>Peta</figcaption></figure>',
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<img src="https://example.org/peta.png" alt="Peta">' in html


def test_sharing_uses_the_1200_wide_rendition(client, media, section):
    image = ImageFactory(dimensions=(2400, 1600))
    article = ArticleFactory(section=section, lead_image=image)

    response = client.get(article.get_absolute_url())

    share = response.context["share_image"]
    assert (share.width, share.height) == (1200, 628) and share.url.endswith("-1200.jpg")
    html = response.content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    news = next(json.loads(b) for b in blocks if json.loads(b)["@type"] == "NewsArticle")
    assert news["image"] == [f"http://testserver{share.url}"]


def test_a_story_without_a_photo_has_no_share_image(client, article):
    response = client.get(article.get_absolute_url())

    assert response.context["share_image"] is None


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_photos_cost_no_query_and_body_photos_one_whatever_their_number(client, media, section):
    images = ImageFactory.create_batch(3, dimensions=(800, 600))
    for image in images:
        renditions.ensure(image)
    author = AuthorFactory()
    plain = ArticleFactory(section=section, authors=[author])
    with_lead = ArticleFactory(section=section, authors=[author], lead_image=images[0])
    one_body = ArticleFactory(section=section, authors=[author], body=_body_figure(images[1]))
    three_body = ArticleFactory(
        section=section,
        authors=[author],
        lead_image=images[0],
        body="".join(_body_figure(image) for image in images),
    )

    baseline = _count(client, plain.get_absolute_url())

    # The lead image comes with the article (select_related) and its renditions
    # from its own row: no query. Body photos: one query for all of them.
    assert _count(client, with_lead.get_absolute_url()) == baseline
    assert _count(client, one_body.get_absolute_url()) == baseline + 1
    assert _count(client, three_body.get_absolute_url()) == baseline + 1


def test_list_query_counts_do_not_grow_with_photos(client, media, section):
    url = section.get_absolute_url()
    ArticleFactory(section=section)
    few = _count(client, url)
    for image in ImageFactory.create_batch(5, dimensions=(640, 480)):
        renditions.ensure(image)
        ArticleFactory(section=section, lead_image=image)

    assert _count(client, url) == few


def test_a_photo_whose_file_is_gone_still_renders_the_page(client, media, section):
    image = ImageFactory()
    article = ArticleFactory(section=section, lead_image=image)
    media.delete(image.file.name)

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    figure = _figure(response.content.decode(), "lead-image")
    assert f'src="{image.file.url}"' in figure and 'width="1600" height="900"' in figure


def test_a_photo_row_without_a_file_never_breaks_a_page(client, editor_client, media, section):
    image = ImageFactory()
    Image.objects.filter(pk=image.pk).update(file="", renditions={})
    article = ArticleFactory(section=section, lead_image=image)

    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get("/").status_code == 200
    for url in ("/admin/articles/image/", f"/admin/articles/image/{image.pk}/change/",
                "/admin/articles/image/picker/"):  # fmt: skip
        assert editor_client.get(url).status_code == 200
