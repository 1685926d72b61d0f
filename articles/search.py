"""Article search: PostgreSQL full text where available, a simple fallback on SQLite.

On PostgreSQL a trigger keeps ``articles_article.search_document`` (a
tsvector: headline weighted A, deck B, body C; 'simple' configuration over
unaccented text, so Indonesian words and names match as typed) and a GIN
index serves the match. See migration 0006_search.
"""

import html
import re
from datetime import timedelta

from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Expression,
    FloatField,
    Func,
    IntegerField,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.safestring import mark_safe

from articles.models import Article
from articles.text import fold
from articles.time_budget import OverBudget, TimeBudget

MAX_QUERY_CHARS = 200
# Search shows at most SEARCH_PAGES pages of 20; the window holds one more
# match so the result count can say "more than 200" (views/search.py).
SEARCH_PAGES = 10
SEARCH_WINDOW = SEARCH_PAGES * 20 + 1
SEARCH_RECENT_DAYS = 30
# The reader's words as PostgreSQL reads them (quotes for phrases, -word, or).
TS_QUERY = "websearch_to_tsquery('simple', %s)"
SNIPPET_WORDS = 40
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]*>")


def normalise_query(raw: str | None) -> str:
    """What we actually search for: no control characters, bounded length."""
    text = _CONTROL.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def terms(query: str) -> list[str]:
    words = re.findall(r"\w+", fold(query))
    return [word for word in words if word not in {"or", "and", "not"}][:20]


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def search(query: str, queryset=None):
    """Live articles matching ``query``, best first, then newest."""
    queryset = queryset if queryset is not None else Article.objects.live()
    folded = fold(query)
    if not terms(query):
        return queryset.none()
    if uses_postgres():
        # Ordered by the rank, not annotated with it: the paginator's count
        # drops the ordering, and with it the ts_rank work.
        rank = RawSQL(f'ts_rank("articles_article"."search_document", {TS_QUERY})', [folded], output_field=FloatField())  # fmt: skip
        found, complete = _newest_matches(queryset, folded)
        results = queryset.filter(pk__in=found).order_by(rank.desc(), "-published_at", "-id")
        # Every one of them is live and matches: the paginator needs no COUNT.
        results.found, results.complete = len(found), complete
        return results
    # SQLite: every word must appear somewhere (compared folded, like
    # unaccent); headline hits rank first, then deck hits.
    queryset = queryset.annotate(
        folded_headline=Fold("headline"), folded_deck=Fold("deck"), folded_body=Fold("body")
    )
    matches = Q()
    for word in terms(query):
        matches &= (
            Q(folded_headline__contains=word)
            | Q(folded_deck__contains=word)
            | Q(folded_body__contains=word)
        )
    first = terms(query)[0]
    rank = Case(
        When(folded_headline__contains=first, then=Value(3)),
        When(folded_deck__contains=first, then=Value(2)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return queryset.filter(matches).annotate(rank=rank).order_by("-rank", "-published_at", "-id")


def _newest_matches(queryset, folded: str) -> tuple[list[int], bool]:
    """Ids of the newest SEARCH_WINDOW matches (PostgreSQL), the only ones
    ranked, and whether the search was complete (within its TimeBudget).

    ts_rank reads each candidate's tsvector, and a common word matches a third
    of a million-story archive, hence the window. Matches are scattered over
    the table, so reading them costs a page each: the last SEARCH_RECENT_DAYS
    come first (the GIN bitmap ANDed with the date index, a few hundred
    pages), and older stories are searched only when those are not enough.
    At 1M articles a word in 1.4 % of stories took 215 ms without it, 25 ms
    with it. Evaluated once, so the count and the page do not repeat it.
    """
    matches = (
        queryset.prefetch_related(None)
        .filter(SearchMatch(folded))
        .order_by("-published_at", "-id")
        .values_list("pk", flat=True)
    )
    recent_from = timezone.now() - timedelta(days=SEARCH_RECENT_DAYS)
    found = []
    try:
        with TimeBudget().queries(using=matches.db) as rearm:
            found = list(matches.filter(published_at__gt=recent_from)[:SEARCH_WINDOW])
            if len(found) < SEARCH_WINDOW:
                older = matches.filter(published_at__lte=recent_from)
                rearm()
                found = found + list(older[: SEARCH_WINDOW - len(found)])
    except OverBudget:
        return found, False
    return found, True


class SearchMatch(Expression):
    """search_document @@ the query, on whatever alias the article table has here.

    A RawSQL naming "articles_article" would, inside a subquery (aliased U0),
    point at the outer query's row and make the subquery run once per row.
    """

    output_field = BooleanField()

    def __init__(self, folded: str):
        super().__init__()
        self.folded = folded

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f'{table}."search_document" @@ {TS_QUERY}', [self.folded]


class Fold(Func):
    """SQLite only: calls fold() registered on each connection (articles/apps.py)."""

    function = "newsroom_fold"
    output_field = TextField()


def register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("newsroom_fold", 1, _fold_or_none, deterministic=True)


def _fold_or_none(value):
    return None if value is None else fold(value)


def highlight(text: str, query: str) -> str:
    """Escaped text with the query's words in <mark>."""
    wanted = tuple(terms(query))
    out, done = [], 0
    for word in _WORD.finditer(text):
        if fold(word.group()).startswith(wanted):
            out.append(html.escape(text[done : word.start()]))
            out.append(f"<mark>{html.escape(word.group())}</mark>")
            done = word.end()
    out.append(html.escape(text[done:]))
    return mark_safe("".join(out))  # every piece above is escaped


def snippet(article: Article, query: str) -> str:
    """A window of the body around the first match, highlighted."""
    # Bodies are sanitised, well-formed HTML (articles/fields.py): dropping
    # the tags with a pattern gives the text strip_tags() would, several
    # times faster; the result is escaped again by highlight().
    words = html.unescape(_TAG.sub(" ", article.body)).split()
    wanted = tuple(terms(query))
    start = 0
    for index, word in enumerate(words):
        if fold(word.strip(".,;:!?\"'()“”")).startswith(wanted):
            start = max(0, index - SNIPPET_WORDS // 4)
            break
    window = " ".join(words[start : start + SNIPPET_WORDS])
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return highlight(prefix + window + suffix, query)
