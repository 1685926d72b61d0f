"""“Berita Terkait” from topics: which live stories share the most topics.

Written as SQL rather than built with the ORM: the query's shape (a window
of the newest stories of each topic, grouped and counted) cost Django about
2 ms to build and compile on every uncached article page, more than
PostgreSQL took to run it (1.2 ms at 1,000,000 articles), for the same
rows; written out, the whole ranking takes 1.7 ms there. The live rule
stays where it is defined: the tags' `live_from` (kept by the database,
migration 0009) picks the candidates, and the caller reads the winners
through `Article.objects.live()`.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from articles.models.topics import TaggedTopic

# At most this many topics of a story, and this many of the newest stories
# of each, are considered: counting shared topics over every story of a big
# topic (300,000 at 1,000,000 articles) took seconds.
RELATED_TOPICS = 8
RELATED_CANDIDATES = 200


def _quoted(name: str) -> str:
    return connection.ops.quote_name(name)


def ranked_ids(topic_ids, *, exclude, now, limit) -> RawSQL:
    """The ids of up to `limit` stories tagged with any of `topic_ids` and
    live at `now`, other than `exclude`: most shared topics first, then the
    newest. Only the newest RELATED_CANDIDATES of each topic compete."""
    table = _quoted(TaggedTopic._meta.db_table)
    # Each window is a LIMITed walk of tagged_topic_live_idx, which holds
    # live_from too; the subquery around it lets SQLite accept ORDER BY and
    # LIMIT inside UNION ALL.
    windows = " UNION ALL ".join(
        f"SELECT content_object_id, live_from FROM (SELECT content_object_id, live_from"
        f" FROM {table} WHERE tag_id = %s AND live_from <= %s"
        f" ORDER BY live_from DESC, content_object_id DESC"
        f" LIMIT {RELATED_CANDIDATES}) AS window_{number}"
        for number in range(len(topic_ids))
    )
    # All of a story's tags carry its live_from (migration 0009), so each
    # candidate's shared topics are counted on tagged_topic_unique alone,
    # without reading the table.
    sql = (
        f"SELECT candidate.content_object_id"
        f" FROM (SELECT DISTINCT content_object_id, live_from FROM ({windows}) AS windows)"
        f" AS candidate WHERE candidate.content_object_id <> %s"
        f" ORDER BY ({_count_sql(topic_ids, 'candidate.content_object_id')}) DESC,"
        f" candidate.live_from DESC, candidate.content_object_id DESC"
        f" LIMIT {int(limit)}"
    )
    # As the ORM would store it: SQLite compares times as naive UTC text.
    now = connection.ops.adapt_datetimefield_value(now)
    params = []
    for topic_id in topic_ids:
        params += [topic_id, now]
    return RawSQL(sql, [*params, exclude, *topic_ids])


def _count_sql(topic_ids, story_id_column: str) -> str:
    marks = ", ".join(["%s"] * len(topic_ids))
    return (
        f"SELECT COUNT(*) FROM {_quoted(TaggedTopic._meta.db_table)} AS shared"
        f" WHERE shared.content_object_id = {story_id_column} AND shared.tag_id IN ({marks})"
    )


def shared_topic_count(topic_ids, article_table: str) -> RawSQL:
    """How many of `topic_ids` the row of `article_table` in the outer query has."""
    column = f"{_quoted(article_table)}.{_quoted('id')}"
    return RawSQL(_count_sql(topic_ids, column), list(topic_ids))
