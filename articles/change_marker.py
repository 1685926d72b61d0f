"""A host-wide marker of the last content change, for process-local caches.

Django's default cache (local memory) lives inside one process: each
gunicorn worker and each `manage.py` command has its own. A change saved in
one of them bumped only that process's page-cache generation, and the other
workers went on serving their cached pages, an unpublished story included,
for up to PAGE_CACHE_SECONDS. With such a cache the generation also carries
this marker: a few random bytes in a file under STATE_DIR, replaced
atomically on every change and read on every request (one small read), so
every process on the host sees a change at once. Servers that share no disk
share Redis instead (REDIS_URL), whose generation every process reads.
"""

import logging
import os
import secrets
import tempfile
from pathlib import Path

from django.conf import settings

log = logging.getLogger(__name__)
NAME = "content-changed"
# Kept stories' parts (articles/story_cache.py) are renewed only when what
# stories name changes: sections, authors, topics, people, photos.
NAMED = "named-changed"


def path(name: str = NAME) -> Path:
    return Path(_location(name))


def _location(name: str = NAME) -> str:
    # A plain string, joined without pathlib: read() runs on every request.
    return os.path.join(settings.NEWSROOM_STATE_DIR, name)


def touch(name: str = NAME) -> None:
    """Mark a change: a new value, written whole, so a reader never sees half of one."""
    target = path(name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{name}-")
        with os.fdopen(descriptor, "w") as marker:
            marker.write(secrets.token_hex(8))
        os.chmod(temporary, 0o644)  # a worker may run as another user than cron
        os.replace(temporary, target)
    except OSError:
        # Other processes keep serving what they cached: say so loudly.
        log.error("could not mark a content change in %s", target, exc_info=True)


def read(name: str = NAME) -> str:
    # os.open/read/close: 3 µs, against 8 µs through pathlib; it runs on
    # every request, cached pages included.
    try:
        descriptor = os.open(_location(name), os.O_RDONLY)
        try:
            return os.read(descriptor, 64).decode()
        finally:
            os.close(descriptor)
    except FileNotFoundError:
        return "0"
    except OSError:
        # Unknowable: a value no cached page was stored under, so every
        # page is rendered afresh (slow, never stale).
        log.error("could not read the content-change marker %s", path(name), exc_info=True)
        return secrets.token_hex(8)
