"""The copy of an upload the library stores: upright, sRGB, and without metadata.

Photos carry EXIF, XMP and IPTC: camera serials, editing history and GPS
coordinates that can expose a source. None of it survives: the stored file is
re-encoded from the decoded pixels alone, with the camera's orientation applied
to the pixels (once the EXIF is gone it is the only record of which way is up).
"""

import logging
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageCms, ImageOps

from articles.images import validation

logger = logging.getLogger(__name__)

# Decoded format → stored format. GIF keeps its first frame as a PNG; MPO (a
# camera's multi-picture JPEG) keeps its main picture as a plain JPEG.
STORED_FORMAT = {
    "JPEG": "JPEG",
    "MPO": "JPEG",
    "PNG": "PNG",
    "GIF": "PNG",
    "WEBP": "WEBP",
    "AVIF": "AVIF",
}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "AVIF": "avif"}
# High quality: this copy is the source of every rendition.
ENCODER_OPTIONS = {
    "JPEG": {"quality": 92},
    "PNG": {"compress_level": 6},
    "WEBP": {"quality": 90, "method": 4},
    "AVIF": {"quality": 85, "speed": 8},
}

_SRGB = ImageCms.createProfile("sRGB")


@dataclass(frozen=True)
class PreparedPhoto:
    """A checked, cleaned photo, ready for storage."""

    content: bytes
    name: str
    width: int
    height: int


def prepare_photo(upload) -> PreparedPhoto:
    """Validate an upload and make the copy to store. Raises ValidationError."""
    image = validation.open_upload(upload)
    stored_format = STORED_FORMAT[image.format]
    try:
        image = normalise(image)
        content = encode(image, stored_format)
    except ValidationError:
        raise
    except Exception:
        # Malformed EXIF or colour profiles surface here as assorted Pillow errors.
        logger.info("Photo refused while normalising", exc_info=True)
        raise validation.corrupt() from None
    stem = slugify(PurePath(getattr(upload, "name", "") or "").stem)[:80] or "foto"
    return PreparedPhoto(
        content=content,
        name=f"{stem}.{EXTENSIONS[stored_format]}",
        width=image.width,
        height=image.height,
    )


def normalise(image: PILImage.Image) -> PILImage.Image:
    """Orientation applied, colours in sRGB, and an empty ``info``: nothing from the
    upload's metadata (EXIF, XMP, IPTC, ICC, comments) can reach an encoder."""
    ImageOps.exif_transpose(image, in_place=True)
    icc = image.info.get("icc_profile")
    image = to_srgb(image, icc)
    image.info = {}
    return image


def _plain_mode(image: PILImage.Image) -> str:
    if image.has_transparency_data:
        return "RGBA"
    return "L" if image.mode in ("1", "L") else "RGB"


def to_srgb(image: PILImage.Image, icc: bytes | None) -> PILImage.Image:
    """Pixels in sRGB (converted through the embedded profile), mode L, RGB or RGBA."""
    mode = _plain_mode(image)
    if icc and image.mode in ("RGB", "RGBA", "CMYK"):
        try:
            profile = ImageCms.ImageCmsProfile(BytesIO(icc))
            if "srgb" not in ImageCms.getProfileDescription(profile).lower():
                return ImageCms.profileToProfile(
                    image, profile, _SRGB, outputMode="RGBA" if mode == "RGBA" else "RGB"
                )
        except (ImageCms.PyCMSError, OSError, ValueError):
            # An unreadable profile: the pixels are used as they are, as browsers would.
            logger.info("Ignoring an unusable colour profile", exc_info=True)
    if image.mode == mode:
        return image
    return image.convert(mode)


def flatten(image: PILImage.Image, background=(255, 255, 255)) -> PILImage.Image:
    """Transparency onto white, for JPEG, which has none."""
    if image.mode in ("RGB", "L"):
        return image
    base = PILImage.new("RGB", image.size, background)
    base.paste(image, mask=image.getchannel("A") if "A" in image.getbands() else None)
    return base


def encode(image: PILImage.Image, fmt: str, **options) -> bytes:
    if fmt == "JPEG":
        image = flatten(image)
    out = BytesIO()
    image.save(out, fmt, **{**ENCODER_OPTIONS.get(fmt, {}), **options})
    return out.getvalue()
