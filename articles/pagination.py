"""Bounded pagination for lists that may hold hundreds of thousands of stories.

Public lists (section, topic, author, search, day index) show at most
``MAX_PAGES`` pages. The count is capped (``COUNT(*)`` over a ``LIMIT``ed
subquery, so it reads at most ``cap + 1`` index entries, never the whole
topic) and the deepest OFFSET is ``(MAX_PAGES - 1) × per_page``: page 50 of
the biggest topic costs what page 50 of a small one does. Older stories stay
reachable through the day index (/indeks/?tanggal=…), which is bounded by a
day. Pages past the cap are past the end: a 404, as before.

The admin's changelist uses ``EstimatedCountPaginator``: the unfiltered list
takes PostgreSQL's estimate (pg_class.reltuples, kept by ANALYZE/autovacuum)
instead of counting a million rows on every load; filtered lists count
exactly up to ``exact_below`` rows and take the planner's estimate for the
filter above that ("published": 950,000 rows at 1M articles).
"""

import json

from django.core.paginator import Paginator
from django.db import connection, connections
from django.utils.functional import cached_property

MAX_PAGES = 50
# From this many items down, a page's ids are read before its rows.
DEFERRED_JOIN_FROM = 200


class CappedPaginator(Paginator):
    max_pages = MAX_PAGES

    @cached_property
    def _counted(self):
        cap = self.max_pages * self.per_page
        object_list = self.object_list
        if getattr(object_list, "found", None) is not None:
            return object_list.found, cap  # counted by whoever built the list (search)
        if hasattr(object_list, "query"):
            # Sliced, so Django wraps it: SELECT COUNT(*) FROM (… LIMIT cap + 1).
            # Unordered: the count does not depend on the order, and then
            # ordering-only work (search's ts_rank) is left out of it.
            return object_list.order_by()[: cap + 1].count(), cap
        return len(object_list), cap

    @cached_property
    def count(self):
        found, cap = self._counted
        return min(found, cap)

    @property
    def is_capped(self) -> bool:
        """More items exist than the pages show ("more than 1000 found")."""
        found, cap = self._counted
        return found > cap

    def page(self, number):
        """Deep pages read the page's ids first, then only those rows: the
        OFFSET then walks index entries (the liveness check included, from
        article_live_pk_published_idx) instead of whole article rows. Page 50
        of the busiest author at 1M articles read 1,000 rows for 20."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        object_list = self.object_list
        if bottom < DEFERRED_JOIN_FROM or not hasattr(object_list, "query"):
            return super().page(number)
        top = min(bottom + self.per_page, self.count)
        ids = list(object_list.values_list("pk", flat=True)[bottom:top])
        found = {item.pk: item for item in object_list.filter(pk__in=ids)}
        return self._get_page([found[pk] for pk in ids if pk in found], number, self)


class EstimatedCountPaginator(Paginator):
    """Exact counts below ``exact_below`` rows, PostgreSQL's estimate above it."""

    exact_below = 1_000

    @cached_property
    def count(self):
        queryset = self.object_list
        query = getattr(queryset, "query", None)
        if connection.vendor != "postgresql" or query is None:
            return super().count
        if not query.where:
            table = queryset.model._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = %s", [table])
                row = cursor.fetchone()
            if row and row[0] >= self.exact_below:
                return row[0]
            return super().count
        counted = queryset.order_by()[: self.exact_below + 1].count()
        if counted <= self.exact_below:
            return counted
        return max(counted, planner_rows(queryset))


def planner_rows(queryset) -> int:
    """How many rows PostgreSQL expects ``queryset`` to return (no execution)."""
    return int(_plan(queryset.order_by().values("pk"))["Plan Rows"])


def planner_rows_each(querysets) -> list[int]:
    """planner_rows() of each queryset, from one EXPLAIN of them all."""
    first, *rest = [queryset.order_by().values("pk") for queryset in querysets]
    if not rest:
        return [planner_rows(first)]
    # UNION ALL: an Append whose parts are the querysets, in their order.
    return [int(part["Plan Rows"]) for part in _plan(first.union(*rest, all=True))["Plans"]]


def _plan(queryset) -> dict:
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return plan[0]["Plan"]
