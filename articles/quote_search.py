"""Quote search: who said what, best match first.

On PostgreSQL a trigger keeps ``articles_quote.search_document`` and a GIN
index serves the match, as for articles (migration 0006_search); SQLite
compares folded text. On PostgreSQL only the newest ``QUOTE_WINDOW``
matches are ranked and counted: a common word matches 167,000 quotes at 1M
articles, and ranking them all took 0.8 s. docs/PERFORMANCE.md has the
measurements behind each choice here.
"""

import re
from collections.abc import Sequence
from typing import NamedTuple

from django.db import connections
from django.db.models import BooleanField, F, FloatField, Q, Window
from django.db.models.expressions import OrderBy, RawSQL
from django.db.models.functions import RowNumber
from django.utils import timezone

from articles.models.quotes import NEWEST_FIRST
from articles.pagination import planner_rows, planner_rows_each
from articles.search import SEARCH_PAGES, TS_QUERY, Fold, terms, uses_postgres
from articles.text import fold
from articles.time_budget import OverBudget, TimeBudget

# Quote search ranks at most this many matches: as many pages as article
# search (SEARCH_PAGES), of 30; older matches are reached by narrowing the
# dates. A word in an eighth of all quotes (the generated data's common
# word) costs the walk 8 quotes read per match: 50 pages took 60 ms within
# the biggest topic at 1M articles, 10 pages take 30.
QUOTE_WINDOW = SEARCH_PAGES * 30
# How many quotes a walk may read for the window's matches before the
# full-text index is asked instead: a word in 1.5 % of the quotes walked
# or more. Within a topic a quarter as many steps (_Walk.limit).
QUOTE_WALK = 20_000


def search_quotes(
    query: str, quotes, candidates=None, window: int | None = None, topic=None, when=None
):
    """Quotes whose text matches, best first, newest first among equals.

    `quotes` decides what may be shown (live_q()). `candidates` are the
    same quotes with the same filters (`when` among them) but for the
    `topic`, and live by the quote's own `live_from` (kept by the database
    from the article's status and time) rather than by a join to the
    article for every quote read; on PostgreSQL they only choose which
    matches are ranked and counted."""
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
    budget, walk = TimeBudget(), _Walk(candidates, topic, when)
    name, fits = walk.choose(folded, window)
    walked = walk.run(name, folded, window) if fits else None
    if walked is not None and walked.complete:
        return RankedQuotes(quotes, walked.ids, walked.found)
    try:
        return RankedQuotes(quotes, *_probe(quotes, folded, window, budget))
    except OverBudget:
        # What the newest quotes hold is what can be said in time.
        walked = walked or walk.run(name, folded, window)
        return RankedQuotes(quotes, walked.ids, walked.found, walked.complete)


class RankedQuotes(Sequence):
    """The ranked matches, read from `quotes` a page at a time: ranking
    1,500 quotes (the window then) with their stories, sections and
    speakers joined took 18 ms at 1M articles, the ids alone 11 ms and a
    page of 30 rows 3 ms.
    `found` is what CappedPaginator counts (window + 1 meaning more);
    not `complete` when only the newest quotes could be searched in time."""

    def __init__(self, quotes, ids: list[int], found: int, complete: bool = True):
        self.quotes, self.ids, self.found, self.complete = quotes, ids, found, complete

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


# A word left out ("-banjir") or either word ("banjir or rob"): the words
# alone say nothing of how many match.
_OPERATORS = re.compile(r"(^|\s)-|\bor\b")
_DOCUMENT = RawSQL('"articles_quote"."search_document"', [])
_NEWEST_FIRST = [OrderBy(F(name.lstrip("-")), descending=name.startswith("-")) for name in NEWEST_FIRST]  # fmt: skip


def _matches(folded: str):
    return RawSQL(f'"articles_quote"."search_document" @@ {TS_QUERY}', [folded], output_field=BooleanField())  # fmt: skip


class Walked(NamedTuple):
    ids: list[int]
    found: int
    complete: bool


class _Walk:
    """Up to `limit` steps newest first, testing each quote read for the
    words; matches are ranked on the way out. Three ways to walk, chosen by
    the planner's estimates (`choose`):

    - quotes: quote_person_live_idx or quote_live_idx, the story's topic
      (if any) looked up for each quote;
    - stories: a topic's stories (tagged_topic_live_idx), each story's
      quotes found by its id. A common word in the biggest topic, a third
      of all stories, took 200-460 ms walking quotes at 1M articles and
      30-60 ms walking stories (50 pages then): a quote-first walk reads
      three quotes outside the topic for each one inside;
    - merge: a speaker's quotes and a topic's stories, both read from their
      indexes alone (no row) newest first and merged on (live_from, story);
      only quotes in both are read. The most quoted speaker within the
      biggest topic: 225 ms walking the speaker's quotes, 67 ms merged
      (50 pages then).
    """

    # What one step costs, in index and table pages read, and one index
    # entry read in order without its row (a merge).
    STEP_COST, ENTRY_COST = 4, 0.15

    def __init__(self, candidates, topic=None, when=None):
        self.candidates, self.found_in, self.topic = candidates, candidates, topic
        # A plain quote walk reads about a page a step; within a topic a
        # step reads about STEP_COST, so it takes that many times fewer:
        # 20-30 ms at 1M articles either way for a walk that stops short.
        self.limit = QUOTE_WALK if topic is None else max(1, QUOTE_WALK // self.STEP_COST)
        if topic is not None:
            # A story's tags carry its live_from, as its quotes do: `when`
            # bounds every walk. Not repeated in found_in, where the planner
            # would count it twice (a quarter of the matches expected).
            self.stories = topic.tagged_articles.filter(when or Q(), live_from__lte=timezone.now()).order_by("-live_from", "-content_object_id")  # fmt: skip
            self.found_in = candidates.in_topic(topic)

    def choose(self, folded: str, window: int) -> tuple[str, bool]:
        """The cheapest walk, and whether it is expected to find window + 1
        matches within its limit of steps, by the planner's estimates (no
        query is run); if not, the full-text index is asked first."""
        quotes = planner_rows(self.candidates)
        if self.topic is None and quotes <= self.limit:
            return "quotes", True
        hits = self._expected_hits(folded)

        def steps(total):  # to find window + 1 matches among `total`
            return min(total, (window + 1) * total / hits)

        if self.topic is None:
            return "quotes", steps(quotes) <= self.limit
        stories, joint = planner_rows(self.stories), planner_rows(self.found_in)
        walks = {
            "quotes": (steps(quotes), self.STEP_COST * steps(quotes)),
            "stories": (steps(stories), self.STEP_COST * steps(stories)),
            "merge": (steps(joint), self.STEP_COST * steps(joint) + self.ENTRY_COST * steps(quotes + stories)),
        }  # fmt: skip
        name, (length, _) = min(walks.items(), key=lambda walk: walk[1][1])
        return name, length <= self.limit

    def _expected_hits(self, folded: str) -> int:
        """The planner multiplies the words' frequencies, as if they were
        independent; the words of a phrase or a name go together, and
        then the rarest word's count is nearer the truth: "evaluasi
        menyeluruh akan dilakukan", a stock quote of the generated data,
        was expected nowhere, so the probe rechecked 167,000 quotes for the
        phrase. Taking the rarest word's count risks a walk that stops
        short (20-30 ms) before the probe."""
        hits = planner_rows(self.found_in.filter(_matches(folded)))
        words = terms(folded)
        if len(words) > 1 and not _OPERATORS.search(folded):
            alone = planner_rows_each([self.found_in.filter(_matches(word)) for word in words[:5]])
            hits = max(hits, min(alone))
        return max(hits, 1)

    def run(self, name: str, folded: str, window: int) -> Walked:
        """The matches, best first. Not `complete` when the walk stopped
        short of the window: a word the speaker rarely says would
        otherwise read all their quotes."""
        sql, params = getattr(self, f"_{name}_sql")(folded)
        # Only matches leave the walk, and the last step if it is the
        # limit-th: it tells a walk that stopped from one that ran out.
        # PostgreSQL hands on a subquery's rows in its order, so the LIMIT
        # stops the walk at the newest window + 1 matches; an ORDER BY here
        # would make it read all its steps first.
        with connections[self.candidates.db].cursor() as cursor:
            cursor.execute(
                f"SELECT walk.pk, walk.hit, walk.n, ts_rank(walk.document, {TS_QUERY})"
                f" FROM ({sql}) walk WHERE walk.hit OR walk.n = %s LIMIT %s",
                (folded, *params, self.limit, window + 1),
            )
            # Stable: a story's quotes keep their order.
            rows = sorted(cursor.fetchall(), key=lambda row: row[2])
        hits = [(pk, rank) for pk, hit, n, rank in rows if hit]
        stopped = len(hits) <= window and rows and rows[-1][2] == self.limit
        # Best first; among equals, the walk's order (newest first) holds.
        ranked = sorted(hits[:window], key=lambda hit: -hit[1])
        return Walked([pk for pk, _ in ranked], len(hits), not stopped)

    def _quotes_sql(self, folded):
        steps = self.found_in.annotate(
            hit=_matches(folded), document=_DOCUMENT, n=Window(RowNumber(), order_by=_NEWEST_FIRST)
        ).values_list("pk", "hit", "n", "document")[: self.limit]
        return steps.query.sql_with_params()

    def _stories_sql(self, folded):
        stories = self.stories.annotate(
            n=Window(RowNumber(), order_by=[F("live_from").desc(), F("content_object_id").desc()])
        ).values_list("content_object_id", "live_from", "n")[: self.limit]
        stories_sql, stories_params = stories.query.sql_with_params()
        # Each story's quotes, found by its id (a LATERAL join: PostgreSQL
        # reads them story by story, in the stories' order).
        quotes = (
            self.candidates.filter(article_id=RawSQL('"story"."content_object_id"', []))
            .annotate(hit=_matches(folded), document=_DOCUMENT)
            .order_by()
            .values_list("pk", "hit", "document", "position")
        )
        quotes_sql, quotes_params = quotes.query.sql_with_params()
        sql = (
            f"SELECT quote.pk, quote.hit, story.n, quote.document FROM ({stories_sql}) story"
            f" LEFT JOIN LATERAL ({quotes_sql}) quote ON TRUE"
            " ORDER BY story.live_from DESC, story.content_object_id DESC, quote.position"
        )
        return sql, (*stories_params, *quotes_params)

    def _merge_sql(self, folded):
        # Index entries only (quote_person_live_idx includes the id), in
        # the indexes' order: PostgreSQL merges them without sorting.
        quotes_sql, quotes_params = self.candidates.values_list("pk", "live_from", "article_id", "position").query.sql_with_params()  # fmt: skip
        stories_sql, stories_params = self.stories.values_list("live_from", "content_object_id").query.sql_with_params()  # fmt: skip
        order = "entry.live_from DESC, entry.article_id DESC, entry.position"
        sql = (
            f"SELECT quote.id AS pk, quote.search_document @@ {TS_QUERY} AS hit,"
            f" ROW_NUMBER() OVER (ORDER BY {order}) AS n, quote.search_document AS document"
            f" FROM ({quotes_sql}) entry JOIN ({stories_sql}) story"
            " ON story.live_from = entry.live_from AND story.content_object_id = entry.article_id"
            f' JOIN "articles_quote" quote ON quote.id = entry.pk ORDER BY {order} LIMIT %s'
        )
        return sql, (folded, *quotes_params, *stories_params, self.limit)


def _probe(quotes, folded: str, window: int, budget: TimeBudget):
    """An unordered probe of the full-text index tells whether there are
    more than `window` matches; if so the newest matches by id (ids follow
    the order stories are written in) are ranked. For a common word and
    the most quoted speaker it is a bitmap AND of both their index entries
    (20-30 ms at 1M); for a rare word it costs little."""
    matching = quotes.filter(_matches(folded)).order_by()
    # Through the full-text index only. The planner multiplies the words'
    # frequencies: "kami harus" (in 62 % and 12 % of the generated quotes,
    # never together) was expected in 7 % of them, so reading quotes in
    # any order until 301 matched looked cheap, and read all 1.4 million
    # (330 ms) where the index says "none" in 11 ms. The probe is asked
    # only when a walk would not do: words rare among the newest quotes.
    with budget.queries(matching.db, enable_seqscan="off", enable_indexscan="off") as rearm:
        ids = list(matching.values_list("pk", flat=True)[: window + 1])
        found = len(ids)
        if found > window:
            rearm()
            ids = list(matching.order_by("-pk").values_list("pk", flat=True)[:window])
    ranked = (
        quotes.model.objects.filter(pk__in=ids)
        .annotate(rank=RawSQL(f'ts_rank("articles_quote"."search_document", {TS_QUERY})', [folded], output_field=FloatField()))
        .order_by("-rank", *NEWEST_FIRST)
        .values_list("pk", flat=True)
    )  # fmt: skip
    return list(ranked), found
