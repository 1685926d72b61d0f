"""Renditions: sizes, formats, crops, names, storage, and drawing each only once."""

import io
import re
import threading

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from PIL import Image as PILImage

from articles.images import renditions
from articles.models import Image
from tests.factories import ImageFactory
from tests.fixtures.photos import RED, stored_names

pytestmark = pytest.mark.django_db
AVIF = "avif" in renditions.enabled_formats()
FORMATS = ["avif", "webp", "jpeg"] if AVIF else ["webp", "jpeg"]


def _open(name):
    with storages["default"].open(name) as file:
        image = PILImage.open(io.BytesIO(file.read()))
        image.load()
        return image


def _made(image, crop):
    image.refresh_from_db()
    entry = image.renditions[crop]
    return {
        (fmt, width, height): renditions.file_name(image.pk, crop, entry["key"], width, fmt)
        for width, height in entry["sizes"]
        for fmt in entry["formats"]
    }


def test_it_makes_every_configured_width_in_every_format(media):
    image = ImageFactory(dimensions=(2400, 1600))

    renditions.ensure(image)

    made = _made(image, "original")
    expected = [(320, 213), (640, 427), (960, 640), (1280, 853), (1920, 1280)]
    assert sorted({(w, h) for _, w, h in made}) == expected
    assert sorted({fmt for fmt, _, _ in made}) == sorted(FORMATS)
    for (fmt, width, height), name in made.items():
        stored = _open(name)
        assert stored.size == (width, height)
        assert stored.format == renditions.FORMATS[fmt][0]


def test_it_never_upscales(media):
    image = ImageFactory(dimensions=(800, 600))

    renditions.ensure(image)

    image.refresh_from_db()
    assert image.renditions["original"]["sizes"] == [[320, 240], [640, 480], [800, 600]]
    assert image.renditions["share"]["sizes"] == [[800, 419]]
    assert image.renditions["thumb"]["sizes"] == [[320, 320]]


def test_a_photo_narrower_than_every_width_gets_one_rendition_at_its_own_size(media):
    image = ImageFactory(dimensions=(200, 150))

    renditions.ensure(image)

    image.refresh_from_db()
    assert image.renditions["original"]["sizes"] == [[200, 150]]
    assert image.renditions["thumb"]["sizes"] == [[150, 150]]


@pytest.mark.parametrize(
    "crop, ratio, widths",
    [
        ("card", 16 / 9, [320, 640, 960]),
        ("thumb", 1, [320]),
        ("share", 1.91, [1200]),
    ],
)
def test_crops_have_their_aspect_ratio(media, crop, ratio, widths):
    image = ImageFactory(dimensions=(3000, 3000))

    renditions.ensure(image, [crop])

    made = _made(image, crop)
    assert sorted({w for _, w, _ in made}) == widths
    for (_, width, height), name in made.items():
        assert _open(name).size == (width, height)
        assert abs(width / height - ratio) < 0.01


def test_the_share_crop_is_a_1200_wide_jpeg(media):
    image = ImageFactory(dimensions=(2400, 1600))

    share = renditions.share_image(image)

    assert (share.width, share.height) == (1200, 628)
    assert share.url.endswith("-1200.jpg")
    assert _open(_made(image, "share")[("jpeg", 1200, 628)]).format == "JPEG"


def _red_share(stored):
    pixels = stored.convert("RGB")
    return sum(
        1
        for x in range(0, stored.width, 8)
        for y in range(0, stored.height, 8)
        if pixels.getpixel((x, y))[0] > 150
    )


def test_crops_keep_the_focal_point_in_frame(media):
    # The test photo has a red square in its top-left corner.
    centred = ImageFactory(dimensions=(2000, 1000))
    on_subject = ImageFactory(dimensions=(2000, 1000), focal_x=0.05, focal_y=0.1)

    renditions.ensure(centred, ["thumb"])
    renditions.ensure(on_subject, ["thumb"])

    assert _red_share(_open(next(iter(_made(centred, "thumb").values())))) == 0
    assert _red_share(_open(next(iter(_made(on_subject, "thumb").values())))) > 0


def test_crop_box_clamps_to_the_edges():
    assert renditions.crop_box((2000, 1000), (1, 1), (0.0, 0.0)) == (0, 0, 1000, 1000)
    assert renditions.crop_box((2000, 1000), (1, 1), (1.0, 1.0)) == (1000, 0, 2000, 1000)
    assert renditions.crop_box((2000, 1000), (1, 1), (0.5, 0.5)) == (500, 0, 1500, 1000)
    assert renditions.crop_box((1000, 2000), (16, 9), (0.5, 0.0)) == (0, 0, 1000, 562)
    assert renditions.crop_box((1000, 2000), None, (0.2, 0.2)) == (0, 0, 1000, 2000)


def test_avif_can_be_switched_off(media, settings):
    settings.NEWSROOM_IMAGE_AVIF = False
    image = ImageFactory(dimensions=(800, 600))

    renditions.ensure(image)

    image.refresh_from_db()
    assert image.renditions["original"]["formats"] == ["webp", "jpeg"]
    assert not [name for name in stored_names(media) if name.endswith(".avif")]


def test_names_are_deterministic_and_drawing_happens_once(media, monkeypatch):
    image = ImageFactory(dimensions=(1600, 900))
    renditions.ensure(image)
    first = stored_names(media)
    pattern = re.compile(
        rf"renditions/{image.pk}/(original|card|thumb|share)-[0-9a-f]{{10}}-\d+\.(avif|webp|jpg)"
    )
    assert all(pattern.fullmatch(name) for name in first if name.startswith("renditions/"))

    drawn = []
    monkeypatch.setattr(renditions, "draw", lambda *args: drawn.append(args) or iter(()))
    renditions.ensure(Image.objects.get(pk=image.pk))

    assert drawn == []
    assert stored_names(media) == first


def test_a_rendition_already_written_by_another_process_is_not_duplicated(media):
    image = ImageFactory(dimensions=(1600, 900))
    p = renditions.plan(image, "thumb")
    name = renditions.file_name(image.pk, "thumb", p.key, 320, "jpeg")
    media.save(name, ContentFile(b"written a moment ago by another worker"))

    renditions.ensure(image, ["thumb"])

    thumbs = [n for n in stored_names(media) if n.startswith(f"renditions/{image.pk}/thumb")]
    assert name in thumbs
    assert len(thumbs) == len(renditions.enabled_formats())  # one file per format, no copies


def test_losing_a_write_race_leaves_one_file(media, monkeypatch):
    image = ImageFactory(dimensions=(1600, 900))
    real_exists = type(media).exists
    # exists() says "not yet", then another worker finishes first: save() picks a fresh name.
    monkeypatch.setattr(type(media), "exists", lambda self, name: False)
    p = renditions.plan(image, "thumb")
    name = renditions.file_name(image.pk, "thumb", p.key, 320, "jpeg")
    media.save(name, ContentFile(b"the other worker's copy"))

    renditions.ensure(image, ["thumb"])

    monkeypatch.setattr(type(media), "exists", real_exists)
    thumbs = [n for n in stored_names(media) if n.startswith(f"renditions/{image.pk}/thumb")]
    assert len(thumbs) == len(renditions.enabled_formats())
    assert name in thumbs


def test_a_new_focal_point_redraws_the_crops_and_removes_the_old_files(
    media, django_capture_on_commit_callbacks
):
    image = ImageFactory(dimensions=(1600, 1600))
    renditions.ensure(image)
    old_cards = set(_made(image, "card").values())
    old_original = set(_made(image, "original").values())

    image.focal_x, image.focal_y = 0.1, 0.2
    image.save()
    with django_capture_on_commit_callbacks(execute=True):
        renditions.ensure(image)

    new_cards = set(_made(image, "card").values())
    names = set(stored_names(media))
    assert new_cards.isdisjoint(old_cards) and new_cards <= names
    assert old_cards.isdisjoint(names)
    assert old_original <= names  # the uncropped photo does not depend on the focal point


def test_force_redraws_in_place(media):
    image = ImageFactory(dimensions=(800, 600))
    renditions.ensure(image)
    before = stored_names(media)

    renditions.ensure(image, force=True)

    assert stored_names(media) == before


def test_renditions_go_through_any_storage(tmp_path, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": "https://cdn.example.org/m/"},
        },
    }
    image = ImageFactory(dimensions=(1000, 700))

    renditions.ensure(image)

    image.refresh_from_db()
    on_disk = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.*"))
    assert image.file.name in on_disk
    assert set(renditions.recorded_names(image.renditions, image.pk)) <= set(on_disk)
    assert image.rendition_set("original").img.url.startswith(
        f"https://cdn.example.org/m/renditions/{image.pk}/original-"
    )


def test_a_missing_stored_file_falls_back_instead_of_failing(media):
    image = ImageFactory(dimensions=(800, 600))
    media.delete(image.file.name)

    assert image.rendition_set("card") is None


def test_a_missing_file_keeps_older_renditions_in_use(media, settings):
    image = ImageFactory(dimensions=(800, 600))
    renditions.ensure(image, ["card"])
    media.delete(image.file.name)
    settings.NEWSROOM_IMAGE_WIDTHS = [300, 600]  # the record is now out of date

    card = image.rendition_set("card")

    assert card is not None and card.img.width == 800


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_concurrent_requests_draw_a_rendition_once(media, monkeypatch):
    image = ImageFactory(dimensions=(1600, 900))
    Image.objects.filter(pk=image.pk).update(renditions={})
    real_draw, calls = renditions.draw, []

    def counting_draw(*args):
        calls.append(args)
        yield from real_draw(*args)

    monkeypatch.setattr(renditions, "draw", counting_draw)
    barrier, errors = threading.Barrier(4), []

    def request():
        try:
            barrier.wait()
            renditions.rendition_set(Image.objects.get(pk=image.pk), "card")
        except Exception as error:  # surfaced below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == [] and len(calls) == 1
    cards = [n for n in stored_names(media) if "/card-" in n]
    assert len(cards) == 3 * len(renditions.enabled_formats())


def test_jpeg_renditions_of_transparent_photos_are_flattened(media):
    image = ImageFactory(dimensions=(400, 300), image_format="PNG")

    renditions.ensure(image, ["thumb"])

    jpeg = _open(_made(image, "thumb")[("jpeg", 300, 300)])
    assert jpeg.mode == "RGB"
    pixel = jpeg.getpixel((3, 3))
    assert all(abs(a - b) < 40 for a, b in zip(pixel, RED, strict=True))


def test_a_very_tall_photo_gets_jpeg_renditions_only(media, settings):
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 50_000_000
    image = ImageFactory(dimensions=(1000, 18_000))

    renditions.ensure(image, ["original"])

    image.refresh_from_db()
    assert image.renditions["original"]["formats"] == ["jpeg"]
    assert image.rendition_set("original").sources == []


@pytest.mark.parametrize("dimensions", [(5773, 8660), (8660, 5773), (2887, 4331), (1999, 1001)])
def test_odd_sizes_decoded_at_a_smaller_scale_stay_inside_the_photo(media, settings, dimensions):
    # JPEG's scaled decode rounds each side up on its own; the crop boxes must follow.
    settings.NEWSROOM_IMAGE_WIDTHS = [100, 200]
    image = ImageFactory(dimensions=dimensions)

    renditions.ensure(image)

    image.refresh_from_db()
    assert set(image.renditions) == set(renditions.CROPS)
