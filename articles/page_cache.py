"""Whole-page caching of anonymous public pages, and HTTP caching for a CDN.

Correctness first: a page is never served stale.
- Every committed change to content bumps one *generation* number; cache
  keys carry it, so all pages are invalidated at once, immediately. They
  carry the code's release too: a deploy never serves what the previous
  release rendered into a shared cache.
- No entry outlives the next scheduled publication, so an embargoed story
  appears at its moment even with a warm cache (and the CDN's s-maxage is
  bounded the same way).
- ETag and Last-Modified, the moment the page was rendered, answer
  conditional requests with 304 until it changes. The ETag is stored with
  the page: ConditionalGetMiddleware would otherwise hash the whole page
  again on every hit.
- Only anonymous GET/HEAD requests (no session cookie) for public routes
  are cached; staff, previews and the admin never are. Search results are
  left to the CDN (the same headers, never stored here): any text makes a
  new address, and stored results would push out the pages readers came for.
- A cached page is rendered from the query parameters that select it and
  no others, so a link with `?utm_source=…&fbclid=…` (most traffic from
  social media) is served from the same entry, and a random parameter
  cannot force a render.
"""

import hashlib
import logging
from contextvars import ContextVar
from datetime import datetime
from functools import lru_cache

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache
from django.db import transaction
from django.http import QueryDict
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import http_date, urlencode

from articles import change_marker, popularity
from articles.release import release

log = logging.getLogger(__name__)
# The generation this request read (a page reads it for itself and for each
# shared fragment on it), scoped by PageCacheMiddleware.
_this_request: ContextVar[dict | None] = ContextVar("page_cache_generation", default=None)

GENERATION_KEY = "page-cache:generation"
NEXT_EMBARGO_KEY = "page-cache:next-embargo"
CACHEABLE_ROUTES = {
    "articles:home", "articles:article", "articles:section", "articles:topic", "articles:author",
    "articles:index", "articles:corrections", "articles:person",
    "articles:feed", "articles:feed_atom", "articles:section_feed", "articles:section_feed_atom",
    "articles:topic_feed", "articles:topic_feed_atom", "articles:author_feed",
    "articles:author_feed_atom", "articles:corrections_feed", "articles:person_feed",
    "sitemap_index", "sitemap_section", "sitemap_news", "robots_txt",
}  # fmt: skip
# Public pages a CDN may share as briefly as the rest, but that are never
# stored here (see above). They read their whole query string.
SHARED_ONLY_ROUTES = {"articles:search", "articles:quotes"}
# Query parameters that select a different page: the lists' page, the news
# index's day and section, the sitemaps' page. A cacheable view never sees
# any other (PageCacheMiddleware drops them), so one that starts reading a
# new parameter must add it here.
KEY_PARAMS = ("page", "tanggal", "rubrik", "p")
# Longer paths are resolved every time rather than remembered: junk
# addresses must not fill the memory of the route cache below.
MAX_REMEMBERED_PATH = 300
STORED_HEADERS = (
    "Content-Type", "Content-Language", "X-Robots-Tag", "Link", "Last-Modified", "ETag",
)  # fmt: skip


def selecting(query: QueryDict) -> QueryDict:
    """The parameters of `query` that select a page."""
    if all(name in KEY_PARAMS for name in query):
        return query  # most requests: no parameters at all
    kept = [(name, query.getlist(name)) for name in KEY_PARAMS if name in query]
    return QueryDict(urlencode(kept, doseq=True))


def bump_generation(**kwargs) -> None:
    """Invalidate every cached page now, and again once the transaction
    commits: in between, another request could cache the old content anew."""
    invalidate()
    transaction.on_commit(invalidate)


def invalidate():
    """Invalidate every cached page, in every process that serves them."""
    if memo := _this_request.get():
        memo.clear()  # the rest of this request sees the change too
    if uses_process_local_cache():
        change_marker.touch()
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, 1, None)
    except Exception:  # a cache outage must not fail the editor's save
        log.warning("page cache: could not bump the generation", exc_info=True)


def uses_process_local_cache() -> bool:
    """Is the cache one that other processes cannot see (articles/change_marker.py)?"""
    backend = settings.CACHES.get(DEFAULT_CACHE_ALIAS, {}).get("BACKEND", "")
    return backend == "django.core.cache.backends.locmem.LocMemCache"


def generation() -> str:
    """What every cached page and fragment is keyed on: the content's
    generation and the code's release (articles/release.py). Read once per
    request (PageCacheMiddleware), not once per fragment of the page."""
    memo = _this_request.get()
    if memo and "current" in memo:
        return memo["current"]
    counter = f"{cache.get_or_set(GENERATION_KEY, 1, None)}.{release()}"
    current = f"{counter}.{change_marker.read()}" if uses_process_local_cache() else counter
    if memo is not None:
        memo["current"] = current
    return current


def seconds_until_next_embargo(now: datetime, current: str) -> int | None:
    """Seconds until the next scheduled story goes live (None if none);
    `current` is the generation."""
    from articles.models import Article

    # Per generation: scheduling a story is a change, and makes a new key.
    key = f"{NEXT_EMBARGO_KEY}:{current}"
    moment = cache.get(key)
    # A passed embargo is looked up again at once: a moment left in the past
    # would make every lifetime 0 and leave pages uncached until it expired,
    # just when the embargoed story draws its readers.
    if moment is None or 0 < moment <= now.timestamp():
        upcoming = (
            Article.objects.scheduled()
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        moment = upcoming.timestamp() if upcoming else 0
        cache.set(key, moment, settings.NEWSROOM_PAGE_CACHE_SECONDS)
    if not moment:
        return None
    return max(0, int(moment - now.timestamp()))


def lifetime(configured: int, current: str) -> int:
    until = seconds_until_next_embargo(timezone.now(), current)
    return configured if until is None else min(configured, until)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scope = _this_request.set({})
        try:
            return self._respond(request)
        finally:
            _this_request.reset(scope)

    def _respond(self, request):
        route = self._cacheable(request)
        if route is None:
            response = self.get_response(request)
            if not settings.NEWSROOM_PAGE_CACHE:
                # A view's own date misses a story taken down (see below); the
                # ETag alone answers conditional requests then.
                del response["Last-Modified"]
            if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
                # A staff member's page must not land in a shared cache.
                patch_cache_control(response, private=True)
            return response
        if route[0] in SHARED_ONLY_ROUTES:
            return self._shared_only(request)
        # The page, and so the stored entry, cannot depend on what is dropped.
        # QUERY_STRING stays whole: a redirect to a story's new address keeps it.
        request.GET = selecting(request.GET)
        try:
            # Read once, before rendering: a change made meanwhile leaves
            # what is stored under the old generation.
            current = generation()
            key = self._key(request, current)
            stored = cache.get(key)
        except Exception:
            log.warning("page cache unavailable: serving uncached", exc_info=True)
            return self.get_response(request)
        if stored is not None:
            view_name, kwargs = route
            if view_name == "articles:article":
                popularity.record_read(request, int(kwargs["pk"]))
            return self._rebuild(stored, current)
        response = self.get_response(request)
        if self._storable(response):
            # When this representation was made. A view's own date (a feed's
            # newest story, a sitemap's newest lastmod) stays put when a story
            # is taken down, and If-Modified-Since would answer 304 for a feed
            # that still lists it.
            response["Last-Modified"] = http_date()
            set_response_etag(response)
            try:
                seconds = lifetime(settings.NEWSROOM_PAGE_CACHE_SECONDS, current)
                if seconds > 0:
                    cache.set(key, self._freeze(response), seconds)
                self._http_headers(response, current)
            except Exception:
                log.warning("page cache unavailable: not stored", exc_info=True)
        return response

    def _shared_only(self, request):
        response = self.get_response(request)
        if self._storable(response):
            try:
                self._http_headers(response, generation())
            except Exception:  # without the cache, no embargo bound: not shared
                log.warning("page cache unavailable: not shared", exc_info=True)
        return response

    def _cacheable(self, request):
        if not settings.NEWSROOM_PAGE_CACHE:
            return None
        # Validates the Host header (DisallowedHost → 400) before a cached
        # page could answer a forged one.
        request.get_host()
        if request.method not in ("GET", "HEAD") or request.COOKIES.get(
            settings.SESSION_COOKIE_NAME
        ):
            return None
        urlconf, path = get_urlconf() or settings.ROOT_URLCONF, request.path_info
        if len(path) > MAX_REMEMBERED_PATH:  # no address of ours is this long
            return _cacheable_route.__wrapped__(urlconf, path)
        return _cacheable_route(urlconf, path)

    def _key(self, request, current):
        query = urlencode(sorted(request.GET.lists()), doseq=True)
        raw = f"{request.method}:{request.LANGUAGE_CODE}:{request.path}?{query}"
        return f"page:{current}:{hashlib.sha256(raw.encode()).hexdigest()}"

    @staticmethod
    def _storable(response):
        control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in control
            and "no-store" not in control
        )

    @staticmethod
    def _freeze(response):
        headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
        return {"content": response.content, "headers": headers}

    def _rebuild(self, stored, current):
        from django.http import HttpResponse

        response = HttpResponse(stored["content"])
        for name, value in stored["headers"].items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        self._http_headers(response, current)
        return response

    @staticmethod
    def _http_headers(response, current):
        """What a CDN in front may do: share the page briefly, serve it a
        little stale while it fetches a fresh one, never past an embargo."""
        seconds = lifetime(settings.NEWSROOM_CDN_SECONDS, current)
        patch_cache_control(
            response,
            public=True,
            max_age=min(seconds, settings.NEWSROOM_BROWSER_SECONDS),
            s_maxage=seconds,
            stale_while_revalidate=settings.NEWSROOM_STALE_SECONDS if seconds else 0,
        )
        # The same address renders differently per language cookie.
        patch_vary_headers(response, ["Cookie"])


@lru_cache(maxsize=4096)
def _cacheable_route(urlconf, path):
    """(view name, arguments) of a cacheable or shared-only page at `path`, else None;
    remembered per process for the most requested addresses: resolving an
    article's address was a third of what a cache hit cost beyond the
    framework floor."""
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return None
    if match.view_name in CACHEABLE_ROUTES or match.view_name in SHARED_ONLY_ROUTES:
        return match.view_name, match.kwargs
    return None
