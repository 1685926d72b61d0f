"""Newsroom date formats: ``Kamis, 19 Juni 2025 14:30 WIB`` and ``27 September 2025 15:39 WIB``.

Day and month names follow the active language; the zone abbreviation (WIB)
follows TIME_ZONE, so a Makassar desk configured with Asia/Makassar gets WITA.
"""

import json

from django import template
from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.safestring import mark_safe

register = template.Library()


def _format(value, *, weekday: bool) -> str:
    # Written out rather than dateformat.format("l, j F Y H:i T"): a list page
    # dates 20-60 stories, and parsing the format string each time cost more
    # than the rest of the item. Same names (the active language's) and zone.
    if not value:
        return ""
    local = timezone.localtime(value)
    text = f"{local.day} {MONTHS[local.month]} {local.year} {local:%H:%M} {local.tzname()}"
    return f"{WEEKDAYS[local.weekday()]}, {text}" if weekday else text


@register.filter
def newsroom_datetime(value):
    """Full form with the weekday, for article pages and the admin."""
    return _format(value, weekday=True)


@register.filter
def newsroom_date(value):
    """Short form without the weekday, for lists and related stories."""
    return _format(value, weekday=False)


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
