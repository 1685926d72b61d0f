"""Newsroom date formats: ``Kamis, 19 Juni 2025 14:30 WIB`` and ``27 September 2025 15:39 WIB``.

Day and month names follow the active language; the zone abbreviation (WIB)
follows TIME_ZONE, so a Makassar desk configured with Asia/Makassar gets WITA.
"""

import json

from django import template
from django.utils import dateformat, timezone
from django.utils.safestring import mark_safe

register = template.Library()

LONG_FORMAT = "l, j F Y H:i T"
SHORT_FORMAT = "j F Y H:i T"


def _format(value, fmt):
    if not value:
        return ""
    return dateformat.format(timezone.localtime(value), fmt)


@register.filter
def newsroom_datetime(value):
    """Full form with the weekday, for article pages and the admin."""
    return _format(value, LONG_FORMAT)


@register.filter
def newsroom_date(value):
    """Short form without the weekday, for lists and related stories."""
    return _format(value, SHORT_FORMAT)


# What json_script escapes, so editor text can never close the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(value):
    """Serialise structured data for a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(value, ensure_ascii=False).translate(_JSON_ESCAPES))


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current list's address on another page, keeping its filters."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.filter
def isotime(value):
    """ISO 8601 in the site's zone, to the second: for <time datetime> and metadata."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")


@register.filter
def absolute(path):
    """An address on the configured SITE_URL, for metadata other sites read."""
    from newsroom.site import absolute_url

    return absolute_url(path) if path else ""
