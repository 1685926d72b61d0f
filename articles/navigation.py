"""The site navigation (sections and featured topics), shown on every page.

Two queries on every uncached page otherwise. It is kept in the cache under
the page cache's generation, so any content change (a renamed section, a
newly featured topic) shows on the next request.
"""

from django.conf import settings
from django.core.cache import cache

from articles import page_cache
from articles.models import Section, Topic

LIFETIME = 600


def _fresh():
    sections, topics = list(Section.objects.all()), list(Topic.objects.featured())
    # Resolved once per generation rather than on every page (a dozen reverse() calls).
    for item in (*sections, *topics):
        item.url = item.get_absolute_url()
    return sections, topics


def navigation():
    """(sections, featured topics), each with its `url`."""
    if not settings.NEWSROOM_NAV_CACHE:
        return _fresh()
    try:
        key = f"navigation:{page_cache.generation()}"
        found = cache.get(key)
        if found is None:
            found = _fresh()
            cache.set(key, found, LIFETIME)
        return found
    except Exception:  # a cache outage costs two queries, not the page
        return _fresh()
