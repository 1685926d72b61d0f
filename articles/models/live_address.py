"""What the article page asks the database on every request, in one written query.

When the story's parts are kept (articles/story_cache.py) the page needs
only the story's address, to send old ones on, and its last change, to name
the parts' version. Built with the ORM, that one-row lookup was a third of
such a page's time, as long as everything else on it together. The live
rule is still the one live_q() defines (live_sql()).
"""

from django.db import connections, router

from articles.addresses import address
from articles.models.neighbours import live_sql


def live_address(pk: int):
    """(address, last change) of live story `pk`, or None. The last change is
    as the database gives it: only compared, never shown."""
    from articles.models.articles import Article
    from articles.models.sections import Section

    # The router's choice, as any ORM read's: the replica for a reader.
    connection = connections[router.db_for_read(Article)]
    quote = connection.ops.quote_name
    table, sections = quote(Article._meta.db_table), quote(Section._meta.db_table)
    live, params = live_sql(Article, using=connection)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT section.slug, {table}.slug, {table}.updated_at FROM {table}"
            f" INNER JOIN {sections} AS section ON section.id = {table}.section_id"
            f" WHERE {table}.id = %s AND {live}",
            [pk, *params],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    section, slug, changed_at = row
    return address("articles:article", section=section, pk=pk, slug=slug), changed_at
