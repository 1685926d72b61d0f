"""Renditions: resized, optionally cropped copies of a library photo.

Each crop (CROPS) is made at several widths (never wider than the photo) in
AVIF (when Pillow has it and IMAGE_AVIF is on), WebP and JPEG. Files go through
Django's storage API only, under deterministic names:

    renditions/<image id>/<crop>-<key>-<width>.<ext>

``key`` hashes everything the pixels depend on (stored file, crop box, hence
the focal point, widths, formats, qualities), so a change gives new names and
caches never serve a stale crop. What was made is recorded on ``Image.renditions``;
pages read that record, so showing a photo costs no query and no storage call.
"""

import hashlib
import json
import logging
import math
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import features

from articles.images.processing import encode

logger = logging.getLogger(__name__)

# Bump to rebuild every rendition after a change to the code that draws them.
PIPELINE_VERSION = 1

# name: (Pillow format, file extension, MIME type); the <picture> order, best first.
FORMATS = {
    "avif": ("AVIF", "avif", "image/avif"),
    "webp": ("WEBP", "webp", "image/webp"),
    "jpeg": ("JPEG", "jpg", "image/jpeg"),
}
# WebP (and our AVIF) cannot be taller than this; very tall panoramas get JPEG only.
WEBP_MAX_SIDE = 16383
# Encoder settings by format, given the quality. Effort is kept moderate: WebP
# method 2 is three times faster than the default 4 for about 2 % more bytes,
# AVIF speed 8 three times faster than 6 for about 5 %.
ENCODER = {
    "avif": lambda quality: {"quality": quality, "speed": 8},
    "webp": lambda quality: {"quality": quality, "method": 2},
    "jpeg": lambda quality: {"quality": quality, "optimize": True, "progressive": True},
}


@dataclass(frozen=True)
class Crop:
    ratio: tuple[int, int] | None  # width:height; None keeps the photo's own shape
    max_width: int | None = None  # leave out configured widths above this
    widths: tuple[int, ...] | None = None  # instead of the configured widths
    formats: tuple[str, ...] | None = None  # instead of every enabled format


CROPS = {
    # Article pages and photos inside the body.
    "original": Crop(ratio=None),
    # List items.
    "card": Crop(ratio=(16, 9), max_width=960),
    # The admin and small lists.
    "thumb": Crop(ratio=(1, 1), max_width=320),
    # OpenGraph and JSON-LD: 1200 wide, as sharing previews expect, in JPEG
    # because not every crawler reads WebP.
    "share": Crop(ratio=(191, 100), widths=(1200,), formats=("jpeg",)),
}


def enabled_formats() -> tuple[str, ...]:
    avif = settings.NEWSROOM_IMAGE_AVIF and features.check("avif")
    return tuple(name for name in FORMATS if name != "avif" or avif)


def crop_box(size, ratio, focal) -> tuple[int, int, int, int]:
    """The largest box of ``ratio`` inside ``size``, centred on ``focal`` as far as
    the edges allow."""
    width, height = size
    if ratio is None:
        return (0, 0, width, height)
    ratio_w, ratio_h = ratio
    if width * ratio_h > height * ratio_w:  # wider than the crop: trim the sides
        box_w, box_h = max(1, round(height * ratio_w / ratio_h)), height
    else:
        box_w, box_h = width, max(1, round(width * ratio_h / ratio_w))
    left = round(min(max(focal[0] * width - box_w / 2, 0), width - box_w))
    top = round(min(max(focal[1] * height - box_h / 2, 0), height - box_h))
    return (left, top, left + box_w, top + box_h)


@dataclass(frozen=True)
class Plan:
    """What one crop of one photo is made of."""

    crop: str
    key: str
    box: tuple[int, int, int, int]
    formats: tuple[str, ...]
    sizes: tuple[tuple[int, int], ...]  # (width, height), narrowest first

    def as_record(self) -> dict:
        return {"key": self.key, "formats": list(self.formats), "sizes": self.sizes}


def plan(image, crop_name: str) -> Plan:
    crop = CROPS[crop_name]
    box = crop_box((image.width, image.height), crop.ratio, image.focal_point)
    box_w, box_h = box[2] - box[0], box[3] - box[1]
    configured = sorted(set(crop.widths or settings.NEWSROOM_IMAGE_WIDTHS))
    if crop.max_width:
        configured = [width for width in configured if width <= crop.max_width] or configured[:1]
    # Never upscaled: widths up to the box, then the box itself if it is narrower.
    widths = sorted({w for w in configured if w < box_w} | {min(box_w, configured[-1])})
    sizes = tuple((w, max(1, round(w * box_h / box_w))) for w in widths)
    formats = crop.formats or enabled_formats()
    if sizes[-1][1] > WEBP_MAX_SIDE:
        formats = ("jpeg",)
    quality = settings.NEWSROOM_IMAGE_QUALITY
    # The focal point counts through the box: moving it redraws crops, not the original.
    fingerprint = json.dumps(
        [PIPELINE_VERSION, image.file.name, crop_name, box, sizes, formats,
         [quality.get(fmt) for fmt in formats]]
    )  # fmt: skip
    key = hashlib.sha256(fingerprint.encode()).hexdigest()[:10]
    return Plan(crop_name, key, box, formats, sizes)


def file_name(image_pk, crop: str, key: str, width: int, fmt: str) -> str:
    return f"renditions/{image_pk}/{crop}-{key}-{width}.{FORMATS[fmt][1]}"


def recorded_names(record: dict, image_pk) -> list[str]:
    """Every file a stored record (Image.renditions) refers to."""
    return [
        file_name(image_pk, crop, entry["key"], width, fmt)
        for crop, entry in (record or {}).items()
        for width, _ in entry["sizes"]
        for fmt in entry["formats"]
    ]


# --- Drawing: pure Pillow, no database, no storage (the bench times this part).


def _decode(source, plans: list[Plan], size) -> PILImage.Image:
    """Decode the stored photo at the smallest scale every plan can be drawn from.

    JPEG's draft mode decodes at 1/2, 1/4 or 1/8 scale directly, which saves
    most of the time and memory a 24-50 MP photo would otherwise cost.
    """
    image = PILImage.open(source)
    needed = max(p.sizes[-1][0] / (p.box[2] - p.box[0]) for p in plans)
    if image.format == "JPEG" and needed < 1:
        image.draft("RGB", (math.ceil(size[0] * needed), math.ceil(size[1] * needed)))
    image.load()
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGBA" if image.has_transparency_data else "RGB")
    return image


def draw(source, size, plans: list[Plan]):
    """Yield (plan, width, format, bytes) for every rendition of ``plans``.

    ``source`` is the stored photo (a file object); ``size`` its full size, which
    the plans' boxes refer to even when the decode was scaled down.
    """
    image = _decode(source, plans, size)
    # Per axis: a scaled decode rounds each side up on its own (5773 → 2887).
    scale_x, scale_y = image.width / size[0], image.height / size[1]
    quality = settings.NEWSROOM_IMAGE_QUALITY
    for p in plans:
        left, top, right, bottom = p.box
        box = (left * scale_x, top * scale_y, right * scale_x, bottom * scale_y)
        # Widest first, each width drawn from the one before: half the time of
        # drawing every width from the decoded photo, and no visible difference.
        # reducing_gap: a fast box reduction first, then Lanczos for the last factor of 3.
        source = image
        for width, height in reversed(p.sizes):
            resized = source.resize(
                (width, height), PILImage.Resampling.LANCZOS, box=box, reducing_gap=3.0
            )
            source, box = resized, None
            for fmt in p.formats:
                yield p, width, fmt, encode(resized, FORMATS[fmt][0], **ENCODER[fmt](quality[fmt]))


# --- Storage and the record.


def _store(storage, name: str, content: bytes, *, replace: bool) -> None:
    """Write one rendition under its deterministic name, exactly once.

    Another process may be writing the same rendition at the same time. The
    content is the same, so whoever is first wins; a storage that gave our copy
    a fresh name (FileSystemStorage never overwrites) has that copy removed.
    """
    if storage.exists(name):
        if not replace:
            return
        storage.delete(name)
    saved = storage.save(name, ContentFile(content))
    if saved != name:
        storage.delete(saved)


def delete_files(storage, names) -> None:
    for name in names:
        try:
            storage.delete(name)
        except Exception:
            # A leftover file wastes space but breaks nothing; never fail the caller for it.
            logger.warning("Could not delete %s", name, exc_info=True)


def is_current(image, crop: str) -> bool:
    entry = (image.renditions or {}).get(crop)
    return bool(entry) and entry.get("key") == plan(image, crop).key


def ensure(image, crops=None, *, force: bool = False) -> None:
    """Make the renditions of ``crops`` (all by default) that are missing or stale.

    Safe to call from concurrent requests: on PostgreSQL the photo's row is
    locked while it is drawn, so the second caller waits and then finds the
    work done; anywhere, _store() keeps one file per name.
    """
    crops = list(crops or CROPS)
    if not force and all(is_current(image, crop) for crop in crops):
        return
    from articles.models import Image

    with transaction.atomic():
        locked = Image.objects.select_for_update().get(pk=image.pk)
        todo = [crop for crop in crops if force or not is_current(locked, crop)]
        record = dict(locked.renditions or {})
        if todo:
            plans = [plan(locked, crop) for crop in todo]
            storage = locked.file.storage
            with storage.open(locked.file.name, "rb") as source:
                for p, width, fmt, content in draw(source, (locked.width, locked.height), plans):
                    name = file_name(locked.pk, p.crop, p.key, width, fmt)
                    _store(storage, name, content, replace=force)
            before = set(recorded_names(record, locked.pk))
            record.update({p.crop: p.as_record() for p in plans})
            Image.objects.filter(pk=locked.pk).update(renditions=record)
            obsolete = before - set(recorded_names(record, locked.pk))
            transaction.on_commit(partial(delete_files, storage, sorted(obsolete)))
    image.renditions = record


@dataclass(frozen=True)
class Candidate:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class RenditionSet:
    """One crop of one photo, as <picture> needs it."""

    by_format: dict[str, list[Candidate]]  # best format first, each narrowest first
    fallback: str  # the format <img> carries: JPEG where it was made
    # <img src> for browsers without srcset: the widest up to this.
    default_width: int = 960

    @classmethod
    def from_record(cls, image, crop: str, entry: dict) -> "RenditionSet":
        storage = image.file.storage
        by_format = {
            fmt: [
                Candidate(storage.url(file_name(image.pk, crop, entry["key"], w, fmt)), w, h)
                for w, h in entry["sizes"]
            ]
            for fmt in entry["formats"]
        }
        fallback = "jpeg" if "jpeg" in by_format else entry["formats"][-1]
        return cls(by_format, fallback)

    @staticmethod
    def _srcset(candidates) -> str:
        return ", ".join(f"{c.url} {c.width}w" for c in candidates)

    @property
    def sources(self) -> list[tuple[str, str]]:
        """(MIME type, srcset) for each <source>, best format first."""
        return [
            (FORMATS[fmt][2], self._srcset(candidates))
            for fmt, candidates in self.by_format.items()
            if fmt != self.fallback
        ]

    @property
    def srcset(self) -> str:
        return self._srcset(self.by_format[self.fallback])

    @property
    def img(self) -> Candidate:
        candidates = self.by_format[self.fallback]
        fitting = [c for c in candidates if c.width <= self.default_width]
        return fitting[-1] if fitting else candidates[0]

    @property
    def largest(self) -> Candidate:
        return self.by_format[self.fallback][-1]


def rendition_set(image, crop: str) -> RenditionSet | None:
    """The renditions of ``crop``, made now if missing (once: see ensure()).

    When they cannot be made (say the stored file is missing), older renditions
    are used if there are any, else None: pages then show the file itself
    rather than fail.
    """
    if not is_current(image, crop):
        try:
            ensure(image, [crop])
        except Exception:
            logger.exception("Renditions of image %s (%s) could not be made", image.pk, crop)
    entry = (image.renditions or {}).get(crop)
    return RenditionSet.from_record(image, crop, entry) if entry else None


def share_image(image) -> Candidate | None:
    """The 1200-wide JPEG that OpenGraph and JSON-LD point to, if the story has a photo."""
    renditions = rendition_set(image, "share") if image else None
    return renditions.largest if renditions else None
