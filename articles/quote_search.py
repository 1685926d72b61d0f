"""Quote search: who said what, best match first.

On PostgreSQL a trigger keeps ``articles_quote.search_document`` and a GIN
index serves the match, as for articles (migration 0006_search); SQLite
compares folded text. On PostgreSQL only the newest ``QUOTE_WINDOW``
matches are ranked and counted: a common word matches 167,000 quotes at 1M
articles, and ranking them all took 0.8 s. docs/PERFORMANCE.md has the
measurements behind each choice here.
"""

from collections.abc import Sequence

from django.db import connection
from django.db.models import BooleanField, F, FloatField, Window
from django.db.models.expressions import OrderBy, RawSQL
from django.db.models.functions import RowNumber

from articles.models.quotes import NEWEST_FIRST
from articles.pagination import planner_rows
from articles.search import TS_QUERY, Fold, terms, uses_postgres
from articles.text import fold

# Quote search ranks at most this many matches: its 50 pages of 30.
QUOTE_WINDOW = 50 * 30
# How many quotes, newest first, may be read for the window's matches
# before the full-text index is asked instead: a common word said by the
# most quoted speaker needs about 12,000 at 1M articles (15-20 ms).
QUOTE_WALK = 20_000


def search_quotes(query: str, quotes, window: int | None = None, candidates=None):
    """Quotes whose text matches, best first, newest first among equals.

    `quotes` decides what may be shown (live_q()). `candidates` are the
    same quotes with the same filters, but live by the quote's own
    `live_from` (kept by the database from the article's status and time)
    rather than by a join to the article for every quote read; on
    PostgreSQL they only choose which matches are ranked and counted."""
    window = window or QUOTE_WINDOW
    folded = fold(query)
    if not terms(query):
        return quotes.none()
    if not uses_postgres():
        quotes = quotes.annotate(folded_text=Fold("text"))
        for word in terms(query):
            quotes = quotes.filter(folded_text__contains=word)
        return quotes.newest_first()
    candidates = (quotes if candidates is None else candidates).newest_first()
    if _expected_walk(candidates, folded, window) <= QUOTE_WALK:
        walked = _walk(candidates, folded, window)
        if walked is not None:
            return RankedQuotes(quotes, *walked)
    return RankedQuotes(quotes, *_probe(quotes, folded, window))


class RankedQuotes(Sequence):
    """The ranked matches, read from `quotes` a page at a time: ranking
    1,500 quotes with their stories, sections and speakers joined took
    18 ms at 1M articles, the ids alone 11 ms and a page of 30 rows 3 ms.
    `found` is what CappedPaginator counts (window + 1 meaning more)."""

    def __init__(self, quotes, ids: list[int], found: int):
        self.quotes, self.ids, self.found = quotes, ids, found

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1 or None][0]
        wanted = self.ids[index]
        # A quote whose story stopped being live since the ranking is
        # left out by live_q() here, never shown.
        rows = self.quotes.in_bulk(wanted)
        return [rows[pk] for pk in wanted if pk in rows]

    def __iter__(self):
        return iter(self[:])


def _matches(folded: str):
    return RawSQL(f'"articles_quote"."search_document" @@ {TS_QUERY}', [folded], output_field=BooleanField())  # fmt: skip


def _expected_walk(candidates, folded: str, window: int) -> float:
    """How many candidates a walk would read to find window + 1 matches,
    by the planner's estimates (no query is run)."""
    total = planner_rows(candidates)
    if total <= QUOTE_WALK:
        return total
    hits = planner_rows(candidates.filter(_matches(folded)))
    return (window + 1) * total / max(hits, 1)


def _walk(candidates, folded: str, window: int):
    """Read up to QUOTE_WALK candidates newest first (quote_person_live_idx
    or quote_live_idx), testing each for the words, and rank the matches
    on the way out. (ids best first, found) when that decides the window;
    None when the walk stopped short of it: a word the speaker rarely
    says would otherwise read all their quotes."""
    walk = candidates.annotate(
        hit=_matches(folded),
        document=RawSQL('"articles_quote"."search_document"', []),
        n=Window(RowNumber(), order_by=[OrderBy(F(name.lstrip("-")), descending=name.startswith("-")) for name in NEWEST_FIRST]),
    ).values_list("pk", "hit", "n", "document")[:QUOTE_WALK]  # fmt: skip
    sql, params = walk.query.sql_with_params()
    # Only matches leave the walk, and the last row read if it is the
    # QUOTE_WALK-th: it tells a walk that stopped from one that ran out.
    # PostgreSQL hands on a subquery's rows in its order, so the LIMIT
    # stops the walk at the newest window + 1 matches; an ORDER BY here
    # would make it read all QUOTE_WALK rows first.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT walk.pk, walk.hit, walk.n, ts_rank(walk.document, {TS_QUERY})"
            f" FROM ({sql}) walk WHERE walk.hit OR walk.n = %s LIMIT %s",
            (folded, *params, QUOTE_WALK, window + 1),
        )
        rows = sorted(cursor.fetchall(), key=lambda row: row[2])
    hits = [(pk, rank) for pk, hit, n, rank in rows if hit]
    if len(hits) <= window and rows and rows[-1][2] == QUOTE_WALK:
        return None
    found = len(hits)
    # Best first; among equals, the walk's order (newest first) holds.
    hits = sorted(hits[:window], key=lambda hit: -hit[1])
    return [pk for pk, _ in hits], found


def _probe(quotes, folded: str, window: int):
    """An unordered probe of the full-text index tells whether there are
    more than `window` matches; if so the newest matches by id (ids follow
    the order stories are written in) are ranked. For a common word and
    the most quoted speaker it is a bitmap AND of both their index entries
    (20-30 ms at 1M); for a rare word it costs little."""
    matching = quotes.filter(_matches(folded)).order_by()
    ids = list(matching.values_list("pk", flat=True)[: window + 1])
    found = len(ids)
    if found > window:
        ids = list(matching.order_by("-pk").values_list("pk", flat=True)[:window])
    ranked = (
        quotes.model.objects.filter(pk__in=ids)
        .annotate(rank=RawSQL(f'ts_rank("articles_quote"."search_document", {TS_QUERY})', [folded], output_field=FloatField()))
        .order_by("-rank", *NEWEST_FIRST)
        .values_list("pk", flat=True)
    )  # fmt: skip
    return list(ranked), found
