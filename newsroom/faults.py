"""A database outage answers 503 with a branded page, never a traceback.

Pages already in the page cache keep being served: PageCacheMiddleware runs
before anything that touches the database. Everything else needs the
database, so it gets ``templates/503.html`` with ``Retry-After``. Nothing is
remembered between requests: once the database answers again, so does the
site (Django reconnects on the next request; psycopg's pool refills itself).
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.template import loader
from django.views import defaults

log = logging.getLogger(__name__)

# What a lost, refused or timed-out database connection raises. A statement
# timeout is an OperationalError too: answering "try again" fits it as well.
DATABASE_DOWN = (OperationalError, InterfaceError)


def unavailable_response(request):
    from django.http import HttpResponse

    # A standalone template (no context processors, no database, no static
    # files), like 500.html: it must render with the database gone.
    html = loader.get_template("503.html").render({})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(settings.NEWSROOM_RETRY_AFTER_SECONDS)
    # Neither a CDN nor a browser may keep the outage.
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Turns a database outage inside a view (or its template) into a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            log.warning("database unavailable: 503 for %s", request.path, exc_info=exception)
            return unavailable_response(request)
        return None


def server_error(request):
    """handler500: middleware (sessions, redirects…) can also hit the outage
    outside any view; Django calls this inside its ``except`` block."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return unavailable_response(request)
    return defaults.server_error(request)
