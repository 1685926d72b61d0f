"""The one HTML sanitiser for article bodies (and anything else editors write as HTML)."""

import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from articles.images import BODY_IMAGE_ATTRIBUTE

# Fit for news copy: structure, emphasis, links, lists, quotes and figures.
ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "a",
    "ul", "ol", "li", "blockquote", "figure", "figcaption", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    # data-file: the photo library id the editor's figure button writes
    # (articles/images/body.py renders such figures through the renditions).
    "img": {"src", "alt", "width", "height", BODY_IMAGE_ATTRIBUTE},
    "ol": {"start"},
}
# Explicit, so javascript:, data: and vbscript: can never slip through.
URL_SCHEMES = {"http", "https", "mailto"}

MAX_PASSES = 5

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    link_rel="noopener noreferrer",
    clean_content_tags={"script", "style"},
    strip_comments=True,
)


def validate_html_size(value: str) -> None:
    limit = settings.NEWSROOM_BODY_MAX_BYTES
    if value and len(value.encode("utf-8")) > limit:
        raise ValidationError(
            _("The text is too long (at most %(limit)d KB)."),
            code="too_long",
            params={"limit": limit // 1024},
        )


def sanitize_html(value: str) -> str:
    """Return clean HTML; refuse oversized input before nh3 ever sees it.

    Idempotent: cleaning already clean HTML returns it unchanged. One nh3
    pass is not always enough for that (invalid nesting such as
    <p><object><blockquote> is re-parsed into siblings on the next pass), so
    it cleans until the output stops changing; real copy settles in one or two.
    """
    if not value:
        return ""
    validate_html_size(value)
    clean = _cleaner.clean(value).strip()
    for _pass in range(MAX_PASSES):
        again = _cleaner.clean(clean).strip()
        if again == clean:
            break
        clean = again
    return clean
