"""Parts shared by many pages, kept in the cache within a content generation.

The navigation and the most-read lists appear on many pages and change
rarely; each costs queries on every page the page cache does not answer.
The site's header and footer are kept as rendered HTML too
({% shared_fragment %}, articles/templatetags/shared_fragments.py).
They are kept under the page cache's generation (articles/page_cache.py), so
any content change (a renamed section, an unpublished story) shows on the
next request, and none outlives the next scheduled publication. Off with
FRAGMENT_CACHE=0.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from articles import page_cache

log = logging.getLogger(__name__)


def remember(name: str, compute, seconds: int):
    """compute(), or what it returned within the last `seconds` of this generation."""
    if not settings.NEWSROOM_FRAGMENT_CACHE:
        return compute()
    try:
        current = page_cache.generation()
        key = f"fragment:{name}:{current}"
        found = cache.get(key)
    except Exception:  # a cache outage costs the queries, not the page
        log.warning("fragment cache unavailable", exc_info=True)
        return compute()
    if found is None:
        found = compute()
        try:
            # As whole pages: never past the next scheduled publication, so a
            # fragment that lists stories shows an embargoed one on time.
            seconds = page_cache.lifetime(seconds, current)
            if seconds > 0:
                cache.set(key, found, seconds)
        except Exception:
            log.warning("fragment cache unavailable: %s not stored", name, exc_info=True)
    return found
