"""The photo library in the admin, through the test client: upload, refuse, crop, pick, delete."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape
from PIL import ExifTags
from PIL import Image as PILImage

from articles.images import renditions
from articles.images.processing import prepare_photo
from articles.models import Article, Image
from tests.factories import ArticleFactory, AuthorFactory, ImageFactory, SectionFactory
from tests.fixtures.photos import (
    SECRET_PLACE,
    XMP,
    gps_exif,
    image_bytes,
    jpeg_bytes,
    png_header_only,
    stored_names,
)
from tests.test_admin import _article_post

pytestmark = pytest.mark.django_db
ADD = "/admin/articles/image/add/"


def _post(client, data, name="foto.jpg", **fields):
    payload = {
        "upload": SimpleUploadedFile(name, data, content_type="image/jpeg"),
        "alt_text": "Petugas memeriksa tanggul",
        "caption": "Petugas memeriksa tanggul di Muara Baru.",
        "credit": "MI/Ramdani",
        "focal_x": "",
        "focal_y": "",
        **fields,
    }
    return client.post(ADD, payload)


def test_it_uploads_a_photo_without_its_gps(
    editor_client, editor, media, django_capture_on_commit_callbacks
):
    original = jpeg_bytes((2400, 1600), exif=gps_exif(orientation=6), xmp=XMP, iptc=True)

    with django_capture_on_commit_callbacks(execute=True):
        response = _post(editor_client, original)

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.alt_text, image.credit, image.uploaded_by) == (
        "Petugas memeriksa tanggul",
        "MI/Ramdani",
        editor,
    )
    assert (image.width, image.height) == (1600, 2400)  # turned upright
    with media.open(image.file.name) as file:
        content = file.read()
    stored = PILImage.open(io.BytesIO(content))
    assert stored.size == (1600, 2400)
    assert stored.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert SECRET_PLACE.encode() not in content and b"Exif" not in content
    # Renditions are drawn once the upload is committed.
    assert set(image.renditions) == set(renditions.CROPS)
    assert set(renditions.recorded_names(image.renditions, image.pk)) <= set(stored_names(media))


def test_a_reporter_can_upload(client, reporter, media):
    client.force_login(reporter)

    response = _post(client, image_bytes("PNG"), "grafik.jpg")

    assert response.status_code == 302
    assert Image.objects.get().file.name.endswith(".png")


def _message(data, name):
    """The refusal exactly as the form shows it, in the site's language."""
    with pytest.raises(ValidationError) as caught:
        prepare_photo(SimpleUploadedFile(name, data))
    return escape(caught.value.messages[0])


REFUSALS = [
    pytest.param(b"<html><body>hai</body></html>", "foto.jpg", id="html-named-jpg"),
    pytest.param(b'<svg xmlns="http://www.w3.org/2000/svg"/>', "logo.svg", id="svg"),
    pytest.param(b"%PDF-1.4\n%%EOF", "dokumen.pdf", id="pdf"),
    pytest.param(jpeg_bytes((400, 300))[:1500], "foto.jpg", id="truncated"),
    pytest.param(png_header_only(60_000, 60_000), "bom.png", id="bomb"),
    pytest.param(
        jpeg_bytes((400, 300), comment=b"<script>x()</script>"), "foto.jpg", id="polyglot"
    ),
]


@pytest.mark.parametrize("data, name", REFUSALS)
def test_refused_uploads_are_form_errors_and_store_nothing(editor_client, media, data, name):
    response = _post(editor_client, data, name)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_upload_error"' in html and _message(data, name) in html
    assert not Image.objects.exists()
    assert stored_names(media) == []


def test_an_empty_or_missing_file_is_a_form_error(editor_client, media):
    for data in (b"", None):
        payload = {} if data is None else {"upload": SimpleUploadedFile("kosong.jpg", data)}
        response = editor_client.post(ADD, {"alt_text": "Kosong", **payload})
        assert response.status_code == 200
        assert 'id="id_upload_error"' in response.content.decode()
    assert not Image.objects.exists() and stored_names(media) == []


def test_an_oversized_upload_is_a_form_error(editor_client, media, settings):
    settings.NEWSROOM_IMAGE_MAX_BYTES = 5_000
    data = jpeg_bytes((1200, 900), quality=95)

    response = _post(editor_client, data)

    assert response.status_code == 200
    assert _message(data, "foto.jpg") in response.content.decode()
    assert not Image.objects.exists() and stored_names(media) == []


def test_a_photo_without_alternative_text_stores_nothing(editor_client, media):
    response = _post(editor_client, jpeg_bytes((400, 300)), alt_text="")

    assert response.status_code == 200
    assert not Image.objects.exists() and stored_names(media) == []


def test_replacing_the_file_removes_the_old_one_and_its_renditions(
    editor_client, media, django_capture_on_commit_callbacks
):
    image = ImageFactory(dimensions=(800, 600))
    renditions.ensure(image)
    old = {image.file.name, *renditions.recorded_names(image.renditions, image.pk)}

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/articles/image/{image.pk}/change/",
            {
                "upload": SimpleUploadedFile("baru.png", image_bytes("PNG", (1000, 500))),
                "alt_text": image.alt_text,
                "caption": image.caption,
                "credit": image.credit,
                "focal_x": "0.2",
                "focal_y": "0.5",
            },
        )

    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.width, image.height, image.focal_x) == (1000, 500, 0.2)
    assert image.file.name.endswith(".png")
    names = set(stored_names(media))
    assert old.isdisjoint(names)
    assert {image.file.name, *renditions.recorded_names(image.renditions, image.pk)} == names


def test_the_database_refuses_a_focal_point_outside_the_photo_so_the_form_does(
    editor_client, media
):
    image = ImageFactory()

    response = editor_client.post(
        f"/admin/articles/image/{image.pk}/change/",
        {"alt_text": image.alt_text, "caption": "", "credit": "", "focal_x": "1.5", "focal_y": ""},
    )

    assert response.status_code == 200
    assert "focal" in response.content.decode() or "fokus" in response.content.decode()
    image.refresh_from_db()
    assert image.focal_x is None


def test_the_library_list_has_thumbnails_search_and_filters(editor_client, editor, media):
    mine = ImageFactory(caption="Banjir rob di Muara Baru", uploaded_by=editor)
    ImageFactory(caption="Pasar tradisional", credit="MI/Susanto")

    listing = editor_client.get("/admin/articles/image/").content.decode()
    by_credit = editor_client.get("/admin/articles/image/", {"q": "susanto"}).content.decode()
    by_uploader = editor_client.get(
        "/admin/articles/image/", {"uploaded_by__id__exact": editor.pk}
    ).content.decode()

    assert listing.count('class="image-thumb"') == 2
    assert f"/renditions/{mine.pk}/thumb-" in listing
    assert "Pasar tradisional" in by_credit and "Banjir rob" not in by_credit
    assert "Banjir rob" in by_uploader and "Pasar tradisional" not in by_uploader
    assert "created_at__gte" in listing  # the date filter


def test_the_change_form_shows_the_photo_for_the_focal_point_and_its_users(
    editor_client, media, section
):
    image = ImageFactory()
    ArticleFactory(section=section, headline="Tanggul jebol", lead_image=image)

    html = editor_client.get(f"/admin/articles/image/{image.pk}/change/").content.decode()

    assert "data-focal-point" in html and "focal-point.js" in html
    assert "Tanggul jebol" in html


def test_deleting_an_unused_photo_removes_its_files(
    editor_client, media, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    renditions.ensure(image)
    assert stored_names(media)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"/admin/articles/image/{image.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Image.objects.exists()
    assert stored_names(media) == []


@pytest.mark.parametrize("where", ["lead", "body", "author", "section"])
def test_deleting_a_photo_in_use_is_refused_with_the_list_of_users(
    editor_client, media, section, where
):
    image = ImageFactory()
    if where == "lead":
        ArticleFactory(section=section, headline="Tanggul jebol", lead_image=image)
    elif where == "body":
        ArticleFactory(
            section=section,
            headline="Tanggul jebol",
            body=f'<figure><img src="/x.jpg" alt="" data-file="{image.pk}"></figure>',
        )
    elif where == "author":
        AuthorFactory(name="Tanggul jebol", photo=image)
    else:
        SectionFactory(name="Tanggul jebol", slug="tanggul", image=image)
    url = f"/admin/articles/image/{image.pk}/delete/"

    refused = editor_client.get(url, follow=True)
    editor_client.post(url, {"post": "yes"})

    assert refused.redirect_chain == [(f"/admin/articles/image/{image.pk}/change/", 302)]
    message = str(next(iter(refused.context["messages"])))
    assert "Tanggul jebol" in message
    assert Image.objects.filter(pk=image.pk).exists()
    assert image.file.name in stored_names(media)


def test_bulk_delete_refuses_when_any_photo_is_in_use(editor_client, media, section):
    used, unused = ImageFactory(), ImageFactory()
    ArticleFactory(
        section=section,
        headline="Tanggul jebol",
        body=f'<figure><img src="/x.jpg" alt="" data-file="{used.pk}"></figure>',
    )

    response = editor_client.post(
        "/admin/articles/image/",
        {"action": "delete_selected", "_selected_action": [used.pk, unused.pk], "post": "yes"},
    )

    assert "Tanggul jebol" in response.content.decode()
    assert Image.objects.count() == 2


def test_the_picker_offers_library_photos_to_the_body_editor(editor_client, media):
    image = ImageFactory(caption="Banjir rob", credit="MI/Ramdani")
    ImageFactory(caption="Pasar tradisional")

    html = editor_client.get(
        "/admin/articles/image/picker/", {"CKEditorFuncNum": "-1", "q": "banjir"}
    ).content.decode()

    assert 'data-picker-callback="-1"' in html and "picker.js" in html
    assert f'data-id="{image.pk}"' in html and "Pasar tradisional" not in html
    assert f'data-url="/media/renditions/{image.pk}/original-' in html
    assert 'data-caption="Banjir rob"' in html


def test_the_picker_ignores_a_malformed_callback_and_needs_a_login(editor_client, media):
    ImageFactory()
    html = editor_client.get(
        "/admin/articles/image/picker/", {"CKEditorFuncNum": '1");alert(1)//'}
    ).content.decode()

    assert 'data-picker-callback=""' in html and "alert(1)" not in html
    assert Client().get("/admin/articles/image/picker/").status_code == 302


def test_a_reporter_can_use_the_picker(client, reporter, media):
    client.force_login(reporter)
    ImageFactory()

    assert client.get("/admin/articles/image/picker/").status_code == 200


def test_the_thumbnail_view_redirects_to_the_square_rendition(editor_client, media):
    image = ImageFactory()

    response = editor_client.get(f"/admin/articles/image/{image.pk}/thumbnail/")

    assert response.status_code == 302
    assert f"/renditions/{image.pk}/thumb-" in response["Location"]
    assert editor_client.get("/admin/articles/image/999999/thumbnail/").status_code == 404


def test_the_article_form_picks_photos_by_search_with_a_preview(editor_client, media, section):
    image = ImageFactory(caption="Banjir rob di Muara Baru")
    article = ArticleFactory(section=section, lead_image=image)

    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    found = editor_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "articles",
            "model_name": "article",
            "field_name": "lead_image",
            "term": "muara",
        },
    ).json()

    assert 'class="image-select"' in html and "image-select.js" in html
    assert f'src="/admin/articles/image/{image.pk}/thumbnail/"' in html
    assert "/admin/articles/image/picker/" in html  # the body editor's figure picker
    assert [r["id"] for r in found["results"]] == [str(image.pk)]


def test_it_saves_the_lead_image_and_its_caption_from_the_article_form(
    editor_client, media, section
):
    image = ImageFactory()

    response = editor_client.post(
        "/admin/articles/article/add/",
        _article_post(
            section, lead_image=str(image.pk), lead_image_caption="Keterangan untuk berita ini"
        ),
    )

    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.lead_image, article.lead_image_caption) == (
        image,
        "Keterangan untuk berita ini",
    )


def test_author_and_section_forms_pick_photos_the_same_way(editor_client, media):
    for url in ("/admin/articles/author/add/", "/admin/articles/section/add/"):
        assert 'class="image-select"' in editor_client.get(url).content.decode()
