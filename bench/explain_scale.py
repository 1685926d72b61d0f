"""EXPLAIN ANALYZE of the heavy list queries, as the views build them (docs/PERFORMANCE.md).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_bench \\
        .venv/bin/python bench/explain_scale.py [name ...]
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from datetime import datetime, time, timedelta  # noqa: E402

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles import search  # noqa: E402
from articles.models import Article, ArticleAuthor, Section, TaggedTopic  # noqa: E402
from articles.views.listings import HomeView  # noqa: E402

PER_PAGE = 20


def queries():
    live = Article.objects.live().newest_first()
    nasional = Section.objects.get(slug="nasional")
    topic = TaggedTopic.objects.values("tag").annotate(n=Count("id")).order_by("-n")[0]["tag"]
    author = (
        ArticleAuthor.objects.values("author").annotate(n=Count("id")).order_by("-n")[0]["author"]
    )
    day = timezone.localdate() - timedelta(days=3)
    start = timezone.make_aware(datetime.combine(day, time.min))
    topic_list = live.filter(tagged_topics__tag=topic)
    # The article page's "Berita Terkait" for a recent story of the biggest topic.
    story = live.filter(tagged_topics__tag=topic, related_links__isnull=True)[50]
    return {
        "home latest": live[:10],
        "home sections (old: window)": HomeView.ranked_in_sections(),
        "home sections (per-section subquery)": HomeView.sections_with_tops(),
        "section page 1": live.filter(section=nasional)[:PER_PAGE],
        "section page 50": live.filter(section=nasional)[49 * PER_PAGE : 50 * PER_PAGE],
        "topic (biggest) page 1": topic_list[:PER_PAGE],
        "topic (biggest) page 50": topic_list[49 * PER_PAGE : 50 * PER_PAGE],
        "topic (biggest) page 5000 (old: unbounded OFFSET)": topic_list[4999 * PER_PAGE : 5000 * PER_PAGE],
        "topic (biggest) count (old: COUNT(*))": topic_list.values("pk"),
        "author (top) page 50 (old: join and sort)": live.filter(article_authors__author=author)[980:1000],
        "author (top) page 1 (new: live_from index)": live.by_author(author)[:PER_PAGE],
        "author (top) page 50 (new: live_from index)": live.by_author(author)[980:1000],
        "topic (biggest) page 50 (new: live_from index)": live.by_topic(topic)[980:1000],
        "related stories (recent story, biggest topic)": story.sharing_topics(4),
        "index day": live.filter(published_at__gte=start, published_at__lt=start + timedelta(days=1))[:30],
        "search 'banjir' (common) page 1": search.search("banjir")[:PER_PAGE],
        "search 'merauke tambang' page 1": search.search("merauke tambang")[:PER_PAGE],
        "search 'merauke tambang' newest matches, last 30 days": Article.objects.live()
        .filter(search.SearchMatch("merauke tambang"), published_at__gt=timezone.now() - timedelta(days=search.SEARCH_RECENT_DAYS))
        .order_by("-published_at", "-id").values("pk")[: search.SEARCH_WINDOW],
        "search 'harga beras medan' newest matches, last 30 days": Article.objects.live()
        .filter(search.SearchMatch("harga beras medan"), published_at__gt=timezone.now() - timedelta(days=search.SEARCH_RECENT_DAYS))
        .order_by("-published_at", "-id").values("pk")[: search.SEARCH_WINDOW],
    }  # fmt: skip


def main():
    wanted = sys.argv[1:]
    for name, queryset in queries().items():
        if wanted and not any(w in name for w in wanted):
            continue
        sql, params = queryset.query.sql_with_params()
        if "COUNT(*)" in name:
            sql = f"SELECT COUNT(*) FROM ({sql}) counted"
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}", params)
            plan = [row[0] for row in cursor.fetchall()]
        print(f"### {name}\n\n```\n" + "\n".join(plan) + "\n```\n")


if __name__ == "__main__":
    main()
