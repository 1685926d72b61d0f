"""The article page's own parts, kept per version of the story.

Whole pages and shared fragments are keyed on one generation that every
change bumps (articles/page_cache.py): a newsroom saving a story every few
seconds empties them all, and each story read next is built again from its
eight queries. What the page shows of the story itself (headline, byline,
photos, body, quotes, corrections, topics, structured data) changes only
when the story, one of its own rows, or something it names does, so it is
kept as rendered HTML under a version that only those changes move:

- the story's last change (`updated_at`): kept with the parts, and checked
  against the database's on every read, in the one query the view makes
  anyway. Every way the newsroom changes a story's own rows
  moves it: the admin's form saves the story with its inlines, corrections
  and confirmed quotes touch it (articles/services.py, articles/people.py).
  Being in the database, every process and server sees it at once;
- the story's own token, replaced on any save or delete of the story or of
  its bylines, quotes, corrections, tags and links (articles/apps.py), at
  once and again when the transaction commits, as the generation is. With
  Redis this catches what bypasses the paths above (a shell's save() of a
  quote); a per-process cache forgets only in the process that saved;
- one token for everything stories name (sections, authors, topics,
  people, photos), replaced when any of those changes, rarely beside
  stories; with the per-process cache, the host's "named" marker too
  (articles/change_marker.py), which carries it to the other processes;
- the language and the code's release.

Whether the story may be shown is never taken from here: the article view
asks the database on every request, so a story taken down is gone at once.
What lists other stories (related stories, previous and next) is kept as a
shared fragment, under the generation and the next embargo. Previews never
read or write it. Off with FRAGMENT_CACHE=0.
"""

import logging
import secrets
from datetime import UTC

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language

from articles import change_marker, page_cache
from articles.release import release

log = logging.getLogger(__name__)
NAMED_KEY = "story:named"
# A version names the content, so an entry is never served after a change
# the cache was told of; the hour bounds one it missed in an outage.
SECONDS = 3600


def _story_key(pk) -> str:
    return f"story:{pk}"


def version(pk: int) -> str:
    """The version of story `pk`'s own parts, as far as the cache knows."""
    keys = [_story_key(pk), NAMED_KEY]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            # add(): two requests starting a token at once agree on one.
            cache.add(key, secrets.token_hex(8), None)
            found[key] = cache.get(key)
    parts = [found[keys[0]], found[keys[1]], release()]
    if page_cache.uses_process_local_cache():
        parts.append(change_marker.read(change_marker.NAMED))
    return ".".join(map(str, parts))


def stamp(changed_at) -> str:
    """A story's updated_at as the parts record it, whether the database
    gave a datetime (PostgreSQL) or its text (SQLite, written in UTC)."""
    if isinstance(changed_at, str):
        changed_at = parse_datetime(changed_at)
    if timezone.is_naive(changed_at):
        changed_at = timezone.make_aware(changed_at, UTC)
    return changed_at.astimezone(UTC).isoformat()


def look_up(pk: int) -> tuple[str | None, dict | None]:
    """(key, parts): story `pk`'s parts kept under its current version and
    the key to keep them under, read before the story is (a change
    meanwhile leaves what is kept under the old version). (None, None)
    with the cache off or out."""
    if not settings.NEWSROOM_FRAGMENT_CACHE:
        return None, None
    try:
        key = f"story-parts:{pk}:{get_language() or ''}:{version(pk)}"
        return key, cache.get(key)
    except Exception:  # a cache outage costs the queries, not the page
        log.warning("story cache unavailable", exc_info=True)
        return None, None


def keep(key: str | None, parts: dict) -> None:
    """Keep `parts` (with their "changed_at": stamp() of the story's
    updated_at, checked on every read) under `key` from look_up()."""
    if key is None:
        return
    try:
        cache.set(key, parts, SECONDS)
    except Exception:
        log.warning("story cache unavailable: %s not stored", key, exc_info=True)


def _forget(key: str) -> None:
    try:
        cache.delete(key)
    except Exception:  # the editor's save must not fail; see DEPLOYMENT.md
        log.warning("story cache: could not forget %s", key, exc_info=True)


def forget_story(pk) -> None:
    """Story `pk` changed: its parts are rendered again, now and once the
    change commits (in between, a reader could keep the old parts anew)."""
    if pk is None:
        return
    key = _story_key(pk)
    _forget(key)
    transaction.on_commit(lambda: _forget(key))


def forget_named() -> None:
    """Something stories name changed: every story's parts are rendered again."""

    def forget():
        _forget(NAMED_KEY)
        if page_cache.uses_process_local_cache():
            change_marker.touch(change_marker.NAMED)

    forget()
    transaction.on_commit(forget)
