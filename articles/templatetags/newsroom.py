"""Newsroom date formats: ``Kamis, 19 Juni 2025 14:30 WIB`` and ``27 September 2025 15:39 WIB``.

Day and month names follow the active language; the zone abbreviation (WIB)
follows TIME_ZONE, so a Makassar desk configured with Asia/Makassar gets WITA.
"""

from django import template
from django.utils import dateformat, timezone

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
