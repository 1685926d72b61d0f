"""A time limit for the queries a reader's words can make slow.

Searches are planned from word frequencies, and some inputs defeat the
planner: a phrase of two common words in an order nobody writes
(`"jakarta banjir"`) read every story holding both words to check their
order, and reached the 5 s statement timeout at 1M articles (a 503). The
searches run their open-ended queries within a `TimeBudget`: a query that
would overrun it is cancelled by PostgreSQL and the search shows what it
found so far, saying so, instead of an error.
"""

import time
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connections, transaction


class OverBudget(Exception):
    """The queries ran out of time; what was found before stands."""


class TimeBudget:
    def __init__(self, ms: int | None = None):
        ms = settings.SEARCH_TIME_BUDGET_MS if ms is None else ms
        self.deadline = time.monotonic() + ms / 1000

    @contextmanager
    def queries(self, using: str, **planner: str):
        """Queries inside, on database `using` (a queryset's `db`: the
        replica for a reader, if there is one), share what is left of the
        budget, with these planner settings (e.g. enable_seqscan="off");
        call what this yields before each query after the first, to give
        it what is left then. A savepoint keeps a cancelled query from
        failing the request's transaction, and the settings end with it.
        SQLite has no statement timeout: there the queries run unbounded."""
        connection = connections[using]
        if connection.vendor != "postgresql":
            yield lambda: None
            return
        outermost = not connection.in_atomic_block
        try:
            with transaction.atomic(using=using):
                self._arm(connection, planner)
                yield lambda: self._arm(connection, {})
                if not outermost:  # SET LOCAL would outlive the savepoint
                    with connection.cursor() as cursor:
                        for name in ("statement_timeout", *planner):
                            cursor.execute(f"SET LOCAL {name} TO DEFAULT")
        except OperationalError as error:
            if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled
                raise OverBudget from error
            raise

    def _arm(self, connection, planner: dict[str, str]):
        left = int((self.deadline - time.monotonic()) * 1000)
        if left < 1:
            raise OverBudget
        values = {"statement_timeout": f"{left}ms", **planner}
        calls = ", ".join("set_config(%s, %s, true)" for _ in values)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {calls}", [part for item in values.items() for part in item])
