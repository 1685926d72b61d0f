"""The recent-stories search index (PostgreSQL).

Search ranks the newest matches, and looks in the last SEARCH_RECENT_DAYS
first (articles/search.py). The full GIN index cannot be narrowed to a date
range: for three common words it decodes every story's postings, about 40 ms
at a million articles. A second GIN index, partial on ``published_at >=
boundary``, holds only the last two or three months; PostgreSQL uses it by
itself whenever a query's date bound falls inside it (4-6 ms).

The boundary is the first of a month at least two search windows back, so
the index serves every recent search for at least a month after it is
built. Without a refresh it keeps serving, only growing with every new
story; ``manage.py refresh_search_index`` (monthly, docs/DEPLOYMENT.md)
moves the boundary forward.
"""

from datetime import UTC, date, datetime, timedelta

from django.db import connection as default_connection
from django.utils import timezone

from articles.search import SEARCH_RECENT_DAYS

INDEX = "article_search_recent_idx"
_BUILDING = "article_search_recent_new"


def boundary(now: datetime) -> date:
    """Where a recent index built at `now` starts (a UTC date)."""
    back = now.astimezone(UTC) - timedelta(days=2 * SEARCH_RECENT_DAYS)
    return back.date().replace(day=1)


def current_boundary(connection=default_connection) -> date | None:
    """The built index's boundary (None: no index, or not PostgreSQL)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = %s AND i.indisvalid",
            [INDEX],
        )
        row = cursor.fetchone()
    if row is None or row[0] is None:
        return None
    # e.g. (published_at >= '2026-09-01 00:00:00+00'::timestamp with time zone)
    return date.fromisoformat(row[0].split("'")[1][:10])


def refresh(connection=default_connection, now: datetime | None = None) -> date | None:
    """Build the index for `now` unless it already starts there; returns the
    boundary (None on SQLite). Concurrently: editors keep saving meanwhile,
    so it must run outside a transaction (a migration with atomic = False)."""
    if connection.vendor != "postgresql":
        return None
    start = boundary(now or timezone.now())
    if current_boundary(connection) == start:
        return start
    with connection.cursor() as cursor:
        # An interrupted earlier run leaves an invalid index behind.
        cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {_BUILDING}")
        # A date this module computed, not input: safe to write into the DDL.
        cursor.execute(
            f"CREATE INDEX CONCURRENTLY {_BUILDING} ON articles_article "
            f"USING gin (search_document) WHERE published_at >= '{start.isoformat()} 00:00:00+00'"
        )
        cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")
        cursor.execute(f"ALTER INDEX {_BUILDING} RENAME TO {INDEX}")
    return start


def drop(connection=default_connection) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")
