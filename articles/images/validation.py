"""What an upload must be before the photo library accepts it.

The type is decided by decoding the content with Pillow, never by the file
name or the browser's Content-Type: a PNG named .jpg is a PNG, an HTML page
named .jpg is refused. Every refusal is a ValidationError with its own code,
raised before anything is stored, so forms show a clear message instead of a 500.
"""

import io
import re
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError, features

# Pillow's decoders we let near an upload (each name → the name editors know).
# Everything else (TIFF, BMP, PSD, EPS through Ghostscript, …) is never tried.
ACCEPTED = {"JPEG": "JPEG", "PNG": "PNG", "GIF": "GIF"}
if features.check("webp"):
    ACCEPTED["WEBP"] = "WebP"
if features.check("avif"):
    ACCEPTED["AVIF"] = "AVIF"

# Markup that makes a browser, a PDF reader or a PHP interpreter treat the
# bytes as something other than a photo. Cameras never write it; polyglot
# files hide it in comments, metadata chunks or after the image data.
FOREIGN_CONTENT = re.compile(
    rb"<(?:script|html|svg|iframe|body|object|embed|\?php)\b|<!doctype|%PDF-", re.IGNORECASE
)

# Pillow's own decompression-bomb guard stays on as a backstop behind our
# limit, high enough never to refuse what the setting allows.
PILImage.MAX_IMAGE_PIXELS = max(
    PILImage.MAX_IMAGE_PIXELS or 0, 2 * settings.NEWSROOM_IMAGE_MAX_PIXELS
)


def accepted_names() -> str:
    return ", ".join(dict.fromkeys(ACCEPTED.values()))


def _too_large(size: int) -> ValidationError:
    return ValidationError(
        _("The file is too large (%(size)s). The limit is %(limit)s."),
        code="too_large",
        params={
            "size": filesizeformat(size),
            "limit": filesizeformat(settings.NEWSROOM_IMAGE_MAX_BYTES),
        },
    )


def _too_many_pixels(size=None) -> ValidationError:
    limit = f"{settings.NEWSROOM_IMAGE_MAX_PIXELS / 1_000_000:g}"
    if size is None:
        return ValidationError(
            _("The image has too many pixels. The limit is %(limit)s megapixels."),
            code="too_many_pixels",
            params={"limit": limit},
        )
    return ValidationError(
        _(
            "The image is %(width)d × %(height)d pixels, too many. "
            "The limit is %(limit)s megapixels: make it smaller and upload it again."
        ),
        code="too_many_pixels",
        params={"width": size[0], "height": size[1], "limit": limit},
    )


def _unsupported() -> ValidationError:
    return ValidationError(
        _("This file is not a photo we accept. Accepted formats: %(formats)s."),
        code="unsupported_type",
        params={"formats": accepted_names()},
    )


def corrupt() -> ValidationError:
    return ValidationError(
        _("The image is damaged or incomplete. Export it again and upload the new file."),
        code="corrupt",
    )


def _open(data: bytes) -> PILImage.Image:
    # A pixel count Pillow only warns about is an error here. (catch_warnings
    # is process-global; at worst a concurrent thread sees the warning, and the
    # explicit pixel check below still refuses the file.)
    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        return PILImage.open(io.BytesIO(data), formats=list(ACCEPTED))


def read_limited(upload) -> bytes:
    """The upload's bytes, refusing anything over the byte limit without reading it all."""
    limit = settings.NEWSROOM_IMAGE_MAX_BYTES
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        raise _too_large(size)
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise _too_large(len(data))
    if not data:
        raise ValidationError(_("The file is empty."), code="empty")
    return data


def open_upload(upload) -> PILImage.Image:
    """Check an upload and return it decoded (first frame), or raise ValidationError.

    Cheap checks first: bytes, decoded type, declared pixels, hidden markup;
    only then are the pixels decoded, which finds truncated and corrupt files.
    """
    data = read_limited(upload)
    try:
        probe = _open(data)
    except UnidentifiedImageError:
        raise _unsupported() from None
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except Exception:
        # Crafted headers make Pillow raise many exception types; all mean "unreadable".
        raise corrupt() from None
    width, height = probe.size
    if width <= 0 or height <= 0 or width * height > settings.NEWSROOM_IMAGE_MAX_PIXELS:
        raise _too_many_pixels(probe.size)
    if FOREIGN_CONTENT.search(data):
        raise ValidationError(
            _("This file hides web page or document code inside the image and is refused."),
            code="polyglot",
        )
    try:
        probe.verify()  # structure and checksums, without decoding
        image = _open(data)
        image.load()  # the full decode: truncated or corrupt data fails here
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise _too_many_pixels(probe.size) from None
    except Exception:
        raise corrupt() from None
    return image
