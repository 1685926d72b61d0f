"""Library photos inside article bodies.

The editor's "figure" button opens the library picker (admin: images →
picker) and stores, in the sanitised body,

    <figure><img src="…/original-…-960.jpg" alt="…" data-file="12"><figcaption>…</figcaption></figure>

The page replaces each such figure with the photo rendered through the
rendition pipeline (<picture>, srcset, lazy loading), its library credit, and
the caption written in the body (or the library's when the body has none).
Feeds and other plain consumers of the body still get a working <img>.
"""

import html
import re

from django.template.loader import render_to_string
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from articles.images import BODY_IMAGE_ATTRIBUTE
from articles.models import Image

# The body is nh3's output (articles/sanitizer.py), so its markup is regular:
# lower-case tags, double-quoted attributes, no nested <figure>.
_ID = rf'\b{BODY_IMAGE_ATTRIBUTE}="(\d+)"'
_IMG = re.compile(rf"<img\b[^>]*{_ID}[^>]*>")
_FIGURE = re.compile(
    rf"<figure\b[^>]*>(?:(?!</figure>).)*?<img\b[^>]*{_ID}[^>]*>(?:(?!</figure>).)*</figure>",
    re.DOTALL,
)
_CAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.DOTALL)

# The body column is at most the article's measure (42rem).
SIZES = "(min-width: 44rem) 42rem, 100vw"


def image_ids(body: str) -> set[int]:
    return {int(pk) for pk in re.findall(_ID, body or "")}


def _figure(image: Image | None, caption: str) -> str:
    if image is None:
        # Deleted from the library since (an old revision restored): leave no broken image.
        return ""
    return render_to_string(
        "includes/photo_figure.html",
        {
            "image": image,
            "caption": caption or image.caption,
            "crop": "original",
            "sizes": SIZES,
            "css_class": "body-image",
        },
    )


def render_body(body: str) -> SafeString:
    """The sanitised body with its library photos rendered; one query when it has any."""
    ids = image_ids(body)
    if not ids:
        return mark_safe(body)  # sanitised by the model layer on every save
    images = Image.objects.in_bulk(ids)

    def figure(match):
        found = _CAPTION.search(match.group(0))
        # The caption as plain text: the template escapes it again.
        caption = html.unescape(strip_tags(found.group(1))).strip() if found else ""
        return _figure(images.get(int(match.group(1))), caption)

    def bare_image(match):
        return _figure(images.get(int(match.group(1))), "")

    rendered = _IMG.sub(bare_image, _FIGURE.sub(figure, body))
    # Every piece is the sanitised body or a template's auto-escaped output.
    return mark_safe(rendered)
