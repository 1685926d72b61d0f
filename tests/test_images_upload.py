"""Safe uploads: what is refused, and what the stored copy keeps (pixels) and drops (metadata)."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from PIL import ExifTags, ImageCms, ImageFile
from PIL import Image as PILImage
from PIL.PngImagePlugin import PngInfo

from articles.images import validation
from articles.images.processing import prepare_photo
from tests.fixtures.photos import (
    RED,
    SECRET_PLACE,
    XMP,
    gps_exif,
    image_bytes,
    jpeg_bytes,
    png_header_only,
    upload,
)

HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>'
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"


def _refused(data, name="foto.jpg") -> str:
    with pytest.raises(ValidationError) as caught:
        prepare_photo(upload(data, name))
    return caught.value.code


def _stored(prepared) -> PILImage.Image:
    return PILImage.open(io.BytesIO(prepared.content))


@pytest.mark.parametrize(
    "data, name",
    [
        (HTML, "foto.jpg"),
        (b"<p>Hanya teks, bukan foto.</p>", "foto.jpg"),
        (SVG, "foto.svg"),
        (PDF, "foto.pdf"),
        (b"just some text", "foto.png"),
        (image_bytes("BMP"), "foto.bmp"),
        (image_bytes("TIFF"), "foto.jpg"),
        (image_bytes("ICO", size=(64, 64)), "foto.ico"),
    ],
    ids=["html-named-jpg", "text-named-jpg", "svg", "pdf", "text-named-png", "bmp", "tiff", "ico"],
)
def test_it_refuses_what_is_not_an_accepted_photo(data, name):
    assert _refused(data, name) == "unsupported_type"


@pytest.mark.parametrize(
    "data",
    [
        jpeg_bytes((400, 300), comment=b"<script>alert(document.cookie)</script>"),
        jpeg_bytes((400, 300)) + b"%PDF-1.4 hidden document",
        jpeg_bytes((400, 300)) + HTML,
        image_bytes("PNG", pnginfo=None) + b"<?php system($_GET['c']); ?>",
    ],
    ids=["script-in-jpeg-comment", "pdf-after-jpeg", "html-after-jpeg", "php-after-png"],
)
def test_it_refuses_polyglots(data):
    assert _refused(data) == "polyglot"


def test_it_refuses_an_empty_file():
    assert _refused(b"") == "empty"


def test_it_refuses_files_over_the_byte_limit(settings):
    settings.NEWSROOM_IMAGE_MAX_BYTES = 10_000
    data = jpeg_bytes((1200, 900), quality=95)
    assert len(data) > 10_000

    with pytest.raises(ValidationError) as caught:
        prepare_photo(upload(data))

    assert caught.value.code == "too_large"
    assert filesizeformat(10_000) in caught.value.messages[0]


def test_the_byte_limit_holds_when_the_declared_size_lies(settings):
    settings.NEWSROOM_IMAGE_MAX_BYTES = 10_000
    lying = upload(jpeg_bytes((1200, 900), quality=95))
    lying.size = 100

    with pytest.raises(ValidationError) as caught:
        prepare_photo(lying)

    assert caught.value.code == "too_large"


def test_it_refuses_images_over_the_pixel_limit(settings):
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 1_000_000

    with pytest.raises(ValidationError) as caught:
        prepare_photo(upload(jpeg_bytes((1500, 1000))))

    assert caught.value.code == "too_many_pixels"
    assert "1500 × 1000" in caught.value.messages[0]


@pytest.mark.parametrize("side", [20_000, 100_000])
def test_it_refuses_decompression_bombs_before_decoding(side, monkeypatch):
    decoded = []
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: decoded.append(self))
    bomb = png_header_only(side, side)
    assert len(bomb) < 200

    assert _refused(bomb, "bom.png") == "too_many_pixels"
    assert decoded == []


@pytest.mark.parametrize(
    "data",
    [
        jpeg_bytes((800, 600))[:3000],
        image_bytes("PNG", size=(800, 600))[:2000],
        image_bytes("WEBP", size=(800, 600))[:300],
        jpeg_bytes((800, 600))[:200] + b"\x00" * 5000,
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
    ],
    ids=["truncated-jpeg", "truncated-png", "truncated-webp", "garbage-jpeg", "garbage-png"],
)
def test_it_refuses_truncated_and_corrupt_files(data):
    assert _refused(data) in {"corrupt", "unsupported_type"}


def test_truncated_jpeg_is_called_damaged():
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        prepare_photo(upload(jpeg_bytes((800, 600))[:3000]))

    assert caught.value.code == "corrupt"
    with translation.override("en"):
        assert "damaged or incomplete" in caught.value.messages[0]


@pytest.mark.parametrize(
    "fmt, name, stored",
    [
        ("JPEG", "foto.jpg", "JPEG"),
        ("PNG", "foto.jpg", "PNG"),  # a PNG named .jpg is a PNG
        ("WEBP", "foto.webp", "WEBP"),
        ("GIF", "animasi.gif", "PNG"),
        pytest.param(
            "AVIF",
            "foto.avif",
            "AVIF",
            marks=pytest.mark.skipif("AVIF" not in validation.ACCEPTED, reason="no AVIF here"),
        ),
    ],
)
def test_it_accepts_photos_by_their_content(fmt, name, stored):
    prepared = prepare_photo(upload(image_bytes(fmt, size=(640, 480)), name))

    assert _stored(prepared).format == stored
    assert prepared.name.rsplit(".", 1)[1] == {"JPEG": "jpg"}.get(stored, stored.lower())
    assert (prepared.width, prepared.height) == (640, 480)


def test_it_removes_gps_and_all_other_metadata_from_a_jpeg():
    original = jpeg_bytes(
        (1200, 800), exif=gps_exif(), xmp=XMP, iptc=True, comment=b"sumber: pejabat X"
    )
    assert SECRET_PLACE.encode() in original
    source = PILImage.open(io.BytesIO(original))
    assert source.getexif().get_ifd(ExifTags.IFD.GPSInfo)

    content = prepare_photo(upload(original)).content
    stored = PILImage.open(io.BytesIO(content))

    assert stored.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert len(stored.getexif()) == 0
    assert not {"exif", "xmp", "photoshop", "comment", "icc_profile"} & set(stored.info)
    for marker in (
        b"Exif\x00\x00",
        b"Photoshop 3.0",
        b"xmpmeta",
        SECRET_PLACE.encode(),
        b"pejabat",
    ):
        assert marker not in content


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_it_removes_gps_from_png_and_webp(fmt):
    if fmt == "PNG":
        text = PngInfo()
        text.add_itxt("XML:com.adobe.xmp", XMP.decode())
        text.add_text("Lokasi", SECRET_PLACE)
        original = image_bytes(fmt, size=(600, 400), exif=gps_exif(), pnginfo=text)
    else:
        original = image_bytes(fmt, size=(600, 400), exif=gps_exif(), xmp=XMP)
    assert SECRET_PLACE.encode() in original

    content = prepare_photo(upload(original, f"foto.{fmt.lower()}")).content

    assert SECRET_PLACE.encode() not in content
    assert PILImage.open(io.BytesIO(content)).getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}


@pytest.mark.parametrize(
    "orientation, size, red_corner",
    [
        (1, (400, 200), (5, 5)),
        (3, (400, 200), (394, 194)),  # upside down
        (6, (200, 400), (194, 5)),  # camera turned right: shown rotated 90° clockwise
        (8, (200, 400), (5, 394)),  # camera turned left
    ],
)
def test_it_applies_the_exif_orientation_to_the_pixels(orientation, size, red_corner):
    original = jpeg_bytes((400, 200), exif=gps_exif(orientation=orientation))

    prepared = prepare_photo(upload(original))
    stored = _stored(prepared)

    assert stored.size == size == (prepared.width, prepared.height)
    assert ExifTags.Base.Orientation not in stored.getexif()
    pixel = stored.convert("RGB").getpixel(red_corner)
    assert all(abs(a - b) < 40 for a, b in zip(pixel, RED, strict=True)), pixel


def test_it_converts_cmyk_to_rgb():
    stored = _stored(prepare_photo(upload(jpeg_bytes((300, 200), cmyk=True))))

    assert stored.mode == "RGB"


def test_it_keeps_srgb_colours_and_drops_the_embedded_profile():
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = jpeg_bytes((300, 200), icc_profile=srgb)

    stored = _stored(prepare_photo(upload(original)))

    assert "icc_profile" not in stored.info
    pixel = stored.convert("RGB").getpixel((5, 5))
    assert all(abs(a - b) < 40 for a, b in zip(pixel, RED, strict=True))


def test_an_unreadable_colour_profile_does_not_refuse_the_photo():
    stored = _stored(prepare_photo(upload(jpeg_bytes((300, 200), icc_profile=b"not a profile"))))

    assert stored.size == (300, 200) and "icc_profile" not in stored.info


def test_transparency_survives_in_png():
    stored = _stored(prepare_photo(upload(image_bytes("PNG", size=(50, 40), mode="RGBA"))))

    assert stored.mode == "RGBA"


def test_the_stored_name_comes_from_the_upload_but_the_extension_from_the_content():
    prepared = prepare_photo(upload(image_bytes("PNG"), "Banjir di Kampung Melayu!.JPG"))

    assert prepared.name == "banjir-di-kampung-melayu.png"
