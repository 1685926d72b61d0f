"""The site's own address (SITE_URL) for every absolute link we hand out.

Canonical links, feeds, sitemaps, robots.txt and e-mails must not echo the
request's Host header: behind a proxy or under a forged header it may not be
the address readers should use.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path: str) -> str:
    """/nasional/1/x/ → https://news.example.org/nasional/1/x/ (absolute URLs pass)."""
    if urlsplit(path).scheme:
        return path
    return settings.SITE_URL + path


class SiteRequest:
    """A request whose host and scheme are SITE_URL's, for code that builds
    links from the request (django.contrib.syndication and sitemaps)."""

    def __init__(self, request):
        self._request = request

    def __getattr__(self, name):
        return getattr(self._request, name)

    @property
    def scheme(self):
        return urlsplit(settings.SITE_URL).scheme

    def is_secure(self):
        return self.scheme == "https"

    def get_host(self):
        return urlsplit(settings.SITE_URL).netloc

    def build_absolute_uri(self, location=None):
        return absolute_url(location if location is not None else self._request.get_full_path())


def on_site(view):
    """Run a view that builds links from the request with SiteRequest instead."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return view(SiteRequest(request), *args, **kwargs)

    return wrapped


class SiteFeedMixin:
    """For django.contrib.syndication Feeds: every link on SITE_URL."""

    def __call__(self, request, *args, **kwargs):
        return super().__call__(SiteRequest(request), *args, **kwargs)
