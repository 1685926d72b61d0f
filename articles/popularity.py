"""“Terpopuler”: reads counted in memory and written to the database in batches.

A page view never writes to the database: each process buffers its counts
and flushes them (one UPDATE or INSERT per article-hour) every
NEWSROOM_READS_FLUSH_EVERY views or NEWSROOM_READS_FLUSH_SECONDS seconds,
whichever comes first, and when a gunicorn worker exits
(newsroom/gunicorn_conf.py): under a spike, one UPDATE per story and
process every 30 s, however many readers. A crash loses at most one batch,
which popularity can afford. Bots, staff, previews and HEAD requests are not counted.
"""

import logging
import re
import threading
import time
from collections import Counter
from datetime import timedelta
from functools import lru_cache

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from articles import fragments
from articles.models import Article, ReadCount

MOST_READ_SECONDS = 60

BOT = re.compile(
    r"bot|crawl|spider|slurp|archiver|fetch|monitor|preview|scan|headless|lighthouse|"
    r"curl|wget|python-|httpclient|java/|go-http|okhttp|facebookexternalhit|embedly|whatsapp",
    re.IGNORECASE,
)

log = logging.getLogger(__name__)
_lock = threading.Lock()
_buffer: Counter = Counter()
_last_flush = time.monotonic()


# Browsers' User-Agents are under 300 characters.
REMEMBERED_USER_AGENT = 300


def is_bot(user_agent: str) -> bool:
    if len(user_agent) > REMEMBERED_USER_AGENT:
        return _matches_bot(user_agent)  # junk: not kept in memory
    return _remembered_bot(user_agent)


def _matches_bot(user_agent: str) -> bool:
    return not user_agent or bool(BOT.search(user_agent))


# Readers' browsers send a few hundred distinct strings; matching the pattern
# cost 9 µs, a tenth of what a cached page costs beyond the framework floor.
_remembered_bot = lru_cache(maxsize=2048)(_matches_bot)


def counts_as_read(request) -> bool:
    if request.method != "GET":
        return False
    if (
        getattr(request, "user", None) is not None
        and request.user.is_authenticated
        and request.user.is_staff
    ):
        return False
    return not is_bot(request.headers.get("User-Agent", ""))


def record_read(request, article_id: int) -> None:
    if not counts_as_read(request):
        return
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    global _last_flush
    with _lock:
        _buffer[(article_id, hour)] += 1
        due = (
            sum(_buffer.values()) >= settings.NEWSROOM_READS_FLUSH_EVERY
            or time.monotonic() - _last_flush >= settings.NEWSROOM_READS_FLUSH_SECONDS
        )
    if due:
        flush()


def flush() -> int:
    """Write buffered reads; returns how many reads were written."""
    global _last_flush
    with _lock:
        pending = dict(_buffer)
        _buffer.clear()
        _last_flush = time.monotonic()
    items = list(pending.items())
    for done, ((article_id, hour), reads) in enumerate(items):
        try:
            _add(article_id, hour, reads)
        except DatabaseError:
            # Database down: a cached page must still be served; the reads
            # not yet written wait in the buffer for the next flush.
            log.warning("popularity: database unavailable, reads kept for later")
            with _lock:
                _buffer.update(dict(items[done:]))
            return sum(count for _key, count in items[:done])
    return sum(pending.values())


def _add(article_id, hour, reads):
    if ReadCount.objects.filter(article_id=article_id, hour=hour).update(count=F("count") + reads):
        return
    try:
        with transaction.atomic():
            ReadCount.objects.create(article_id=article_id, hour=hour, count=reads)
    except IntegrityError:
        # Another process created the row in between: add to it instead.
        ReadCount.objects.filter(article_id=article_id, hour=hour).update(count=F("count") + reads)


def most_read_lists(limit: int = 5) -> tuple[list, list]:
    """(the last 24 hours, the last 7 days), as the home page shows them.
    Recomputed at most once a minute, and after any content change: the
    counts arrive in batches anyway, and the two queries cost 10 ms a page."""
    return fragments.remember(
        "most-read",
        lambda: (
            list(most_read(hours=24, limit=limit)),
            list(most_read(hours=24 * 7, limit=limit)),
        ),
        MOST_READ_SECONDS,
    )


def most_read(*, hours: int, limit: int = 5):
    since = timezone.now() - timedelta(hours=hours)
    return (
        Article.objects.live()
        .filter(read_counts__hour__gte=since)
        .annotate(reads=Sum("read_counts__count"))
        .select_related("section")
        .order_by("-reads", "-published_at")[:limit]
    )
