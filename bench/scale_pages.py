"""Server-side render time of the public pages on a big generated dataset, no page cache.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_bench \\
        .venv/bin/python bench/scale_pages.py [--runs 15] [--admin] [--fragment-cache]

Runs in-process through Django's test Client with DEBUG off, with every cache
middleware removed and a dummy cache, so each request renders and queries the
database (`--fragment-cache`: the navigation and most-read lists cached, as in
production without the page cache; article pages still render the story in
full each time, and one more row shows a story whose parts are kept,
articles/story_cache.py). Prints median and p90 milliseconds and the query count.
Pages are chosen from the data: the biggest topic (and its deepest page),
the most prolific author, the busiest recent day, a common search word.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ["DEBUG"] = "0"
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SITE_URL", "http://testserver")
os.environ["SECURE_SSL_REDIRECT"] = "0"
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles import story_cache  # noqa: E402
from articles.models import Article, ArticleAuthor, Section, TaggedTopic, Topic  # noqa: E402
from articles.pagination import MAX_PAGES  # noqa: E402


def renew_story():
    from django.core.cache import cache

    story_cache.forget_named()
    # The local-memory cache of this run only: its keys end in the generation.
    for key in [key for key in cache._cache if ":fragment:article-links:" in key]:
        cache.delete(key.split(":", 2)[2])


def pages():
    live = Article.objects.live()
    recent = live.newest_first().select_related("section")[50]
    old = live.order_by("published_at", "id").select_related("section")[1000]
    section = Section.objects.get(slug="nasional")
    top_topic_id = (
        TaggedTopic.objects.values("tag").annotate(n=Count("id")).order_by("-n")[0]["tag"]
    )
    topic = Topic.objects.get(pk=top_topic_id)
    small_topic = Topic.objects.filter(slug__startswith="banjir-").order_by("slug").last()
    top_author_id = (
        ArticleAuthor.objects.values("author").annotate(n=Count("id")).order_by("-n")[0]["author"]
    )
    from articles.models import Author, Person, Quote

    author = Author.objects.get(pk=top_author_id)
    speaker = Person.objects.get(
        pk=Quote.objects.exclude(person=None)
        .values("person")
        .annotate(n=Count("id"))
        .order_by("-n")[0]["person"]
    )
    day = (timezone.localdate() - timezone.timedelta(days=3)).isoformat()
    return [
        ("article (recent)", recent.get_absolute_url()),
        ("article (old)", old.get_absolute_url()),
        ("home", "/"),
        ("section", section.get_absolute_url()),
        ("section p.50", f"{section.get_absolute_url()}?page={MAX_PAGES}"),
        ("topic (biggest)", topic.get_absolute_url()),
        (f"topic (biggest) p.{MAX_PAGES}", f"{topic.get_absolute_url()}?page={MAX_PAGES}"),
        ("topic (small)", small_topic.get_absolute_url()),
        ("author (top)", author.get_absolute_url()),
        (f"author (top) p.{MAX_PAGES}", f"{author.get_absolute_url()}?page={MAX_PAGES}"),
        ("index (a day)", f"/indeks/?tanggal={day}"),
        ("index (section)", f"/indeks/?tanggal={day}&rubrik=nasional"),
        ("search (common)", "/cari/?q=banjir"),
        ("search (two words)", "/cari/?q=harga+beras+medan"),
        ("search (rare)", "/cari/?q=merauke+tambang"),
        ("quote search (form)", "/kutipan/"),
        ("quote search", "/kutipan/?q=banjir"),
        # A word of one of the generator's stock quotes: 167,000 matches at 1M.
        ("quote search (common)", "/kutipan/?q=menyeluruh"),
        ("quote search (top speaker)", f"/kutipan/?tokoh={speaker.slug}"),
        ("person (top speaker)", speaker.get_absolute_url()),
        (f"person (top speaker) p.{MAX_PAGES}", f"{speaker.get_absolute_url()}?page={MAX_PAGES}"),
        ("quote search (both)", f"/kutipan/?q=menyeluruh&tokoh={speaker.slug}"),
        # A word the top speaker says rarely: the full-text index, not a walk.
        ("quote search (rare, top speaker)", f"/kutipan/?q=banjir&tokoh={speaker.slug}"),
        ("quote search (common, old)", "/kutipan/?q=menyeluruh&sampai=2020-01-01"),
        # A third of all stories: the topic's stories walked newest first.
        ("quote search (common, biggest topic)", f"/kutipan/?q=menyeluruh&topik={topic.slug}"),
        # The speaker's quotes and the topic's stories merged from their indexes.
        (
            "quote search (common, top speaker, biggest topic)",
            f"/kutipan/?q=menyeluruh&tokoh={speaker.slug}&topik={topic.slug}",
        ),
        ("quote search (common, small topic)", f"/kutipan/?q=menyeluruh&topik={small_topic.slug}"),
        ("corrections", "/koreksi/"),
    ]


def measure(client, url, runs, before=lambda: None):
    times = []
    for _ in range(2):
        client.get(url)
    for _ in range(runs):
        before()
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    before()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    times.sort()
    return response.status_code, statistics.median(times), times[int(len(times) * 0.9)], queries


def main():
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 15
    middleware = [m for m in settings.MIDDLEWARE if "cache" not in m.lower()]
    caches = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    label = "no page cache, no cache at all"
    if "--fragment-cache" in sys.argv:
        # As in production without the page cache: the navigation and the
        # most-read lists come from the cache, the page is rendered.
        caches = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
        label = "no page cache, shared fragments cached"
    with override_settings(MIDDLEWARE=middleware, CACHES=caches, NEWSROOM_PAGE_CACHE=False):
        client = Client()
        count = Article.objects.count()
        print(f"{count:,} articles; {runs} runs per page; {label}\n")
        print("| page | status | median ms | p90 ms | queries | slowest query ms |")
        print("|---|---|---|---|---|---|")
        targets = pages()
        if "--admin" in sys.argv:
            from django.contrib.auth import get_user_model

            user, _ = get_user_model().objects.get_or_create(
                username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
            )
            client.force_login(user)
            targets = [
                ("admin articles", "/admin/articles/article/"),
                ("admin articles, status", "/admin/articles/article/?status__exact=published"),
                ("admin articles, section", "/admin/articles/article/?section__id__exact=1"),
                ("admin articles, page 200", "/admin/articles/article/?p=200"),
                ("admin articles, topic", "/admin/articles/article/?topik=1"),
                (
                    "admin articles, a year",
                    f"/admin/articles/article/?published_at__year={timezone.now().year}",
                ),
                ("admin articles, search", "/admin/articles/article/?q=merauke"),
            ]
        kept = "--fragment-cache" in sys.argv and "--admin" not in sys.argv
        if kept:
            targets.insert(1, ("article (recent), parts kept", targets[0][1]))
        for name, url in targets:
            # A story's own parts and its links to other stories would be
            # kept from the first request on: renewing both measures its full
            # render (the navigation stays kept, as on every other page).
            renew = name.startswith("article") and "kept" not in name
            before = renew_story if renew else lambda: None
            status, median, p90, queries = measure(client, url, runs, before)
            slowest = max((float(q["time"]) * 1000 for q in queries.captured_queries), default=0)
            print(
                f"| {name} | {status} | {median:.1f} | {p90:.1f} | {len(queries)} | {slowest:.1f} |"
            )
            if "-v" in sys.argv:
                print(f"    {url}")


if __name__ == "__main__":
    main()
