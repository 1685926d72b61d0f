"""Article search: PostgreSQL full text where available, a simple fallback on SQLite.

On PostgreSQL a trigger keeps ``articles_article.search_document`` (a
tsvector: headline weighted A, deck B, body C; 'simple' configuration over
unaccented text, so Indonesian words and names match as typed) and a GIN
index serves the match. See migration 0006_search.
"""

import re

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
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from articles.models import Article
from articles.text import fold

MAX_QUERY_CHARS = 200
# Search shows at most SEARCH_PAGES pages of 20; the window holds one more
# match so the result count can say "more than 200" (views/search.py).
SEARCH_PAGES = 10
SEARCH_WINDOW = SEARCH_PAGES * 20 + 1
SNIPPET_WORDS = 40
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
        ts_query = "websearch_to_tsquery('simple', %s)"
        # Rank only the newest SEARCH_WINDOW matches: ts_rank reads every
        # candidate's tsvector, and a common word matches a third of a
        # million-story archive (seconds). The newest matches come from the
        # GIN index, or from walking article_live_latest_idx for common words.
        newest = (
            queryset.prefetch_related(None)
            .filter(SearchMatch(folded))
            .order_by("-published_at", "-id")
            .values("pk")[:SEARCH_WINDOW]
        )
        return (
            queryset.filter(pk__in=newest)
            .annotate(rank=RawSQL(f'ts_rank("articles_article"."search_document", {ts_query})', [folded], output_field=FloatField()))
            .order_by("-rank", "-published_at", "-id")
        )  # fmt: skip
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
        return f"{table}.\"search_document\" @@ websearch_to_tsquery('simple', %s)", [self.folded]


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
    wanted = terms(query)
    out = []
    for piece in re.split(r"(\w+)", text):
        folded = fold(piece)
        if piece and any(folded.startswith(term) for term in wanted):
            out.append(f"<mark>{escape(piece)}</mark>")
        else:
            out.append(escape(piece))
    return mark_safe("".join(out))  # every piece above is escaped


def snippet(article: Article, query: str) -> str:
    """A window of the body around the first match, highlighted."""
    words = strip_tags(article.body).split()
    wanted = terms(query)
    start = 0
    for index, word in enumerate(words):
        if any(fold(word).strip(".,;:!?\"'()“”").startswith(term) for term in wanted):
            start = max(0, index - SNIPPET_WORDS // 4)
            break
    window = " ".join(words[start : start + SNIPPET_WORDS])
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return highlight(prefix + window + suffix, query)


def search_quotes(query: str, quotes):
    """Quotes whose text matches, best first (same engines as article search)."""
    folded = fold(query)
    if not terms(query):
        return quotes.none()
    if uses_postgres():
        ts_query = "websearch_to_tsquery('simple', %s)"
        return (
            quotes.filter(RawSQL(f'"articles_quote"."search_document" @@ {ts_query}', [folded], output_field=BooleanField()))
            .annotate(rank=RawSQL(f'ts_rank("articles_quote"."search_document", {ts_query})', [folded], output_field=FloatField()))
            .order_by("-rank", "-article__published_at", "position")
        )  # fmt: skip
    quotes = quotes.annotate(folded_text=Fold("text"))
    for word in terms(query):
        quotes = quotes.filter(folded_text__contains=word)
    return quotes
