"""Load the original demo content and demo accounts. Safe to run again: what
exists already is left as it is, so editors' changes to demo stories survive."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from articles import people
from articles.demo import content, photos
from articles.models import Article, ArticleAuthor, Author, Quote, RelatedLink, Section, Topic

# Printed by `make run`; these accounts exist only where load_demo ran.
DEMO_ACCOUNTS = [
    # username, password, group, is_superuser
    ("reporter", "reporter-demo-2026", "Reporter", False),
    ("editor", "editor-demo-2026", "Editor", False),
    ("admin", "admin-demo-2026", None, True),
]


def _accounts():
    User = get_user_model()
    users = {}
    for username, password, group, is_superuser in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "is_staff": True,
                "is_superuser": is_superuser,
                "email": f"{username}@example.org",
            },
        )
        if created:
            user.set_password(password)
            user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


def _publication_time(entry, now):
    if "hours_ahead" in entry:
        return now + timedelta(hours=entry["hours_ahead"])
    return now - timedelta(hours=entry["hours_ago"])


def _create_article(entry, sections, authors, creator, now):
    article = Article.objects.create(
        slug=entry["slug"],
        headline=entry["headline"],
        deck=entry["deck"],
        dateline=entry["dateline"],
        section=sections[entry["section"]],
        body=entry["body"],
        summary=entry["summary"],
        status=entry["status"],
        published_at=_publication_time(entry, now),
        created_by=creator,
    )
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author=authors[slug], position=index)
        for index, slug in enumerate(entry["authors"])
    )
    # Every speaker is a person with a page (/tokoh/…) and can be searched
    # for by name in /kutipan/, as an editor's confirmed quotes would be.
    Quote.objects.bulk_create(
        Quote(
            article=article,
            position=index,
            person=people.person_for(quote["speaker"], role=quote["speaker_role"], create=True),
            **quote,
        )
        for index, quote in enumerate(entry["quotes"])
    )
    article.topics.set(entry["topics"])
    return article


@transaction.atomic
def load_demo() -> dict[str, int]:
    users = _accounts()
    sections = {}
    for data in content.SECTIONS:
        sections[data["slug"]], _ = Section.objects.get_or_create(slug=data["slug"], defaults=data)
    authors = {}
    for data in content.AUTHORS:
        authors[data["slug"]], _ = Author.objects.get_or_create(slug=data["slug"], defaults=data)
    # The demo reporter writes as the first staff reporter ("Wartawan") of the demo.
    byline = authors[next(a["slug"] for a in content.AUTHORS if a["role"] == "Wartawan")]
    if byline.user_id is None and not Author.objects.filter(user=users["reporter"]).exists():
        byline.user = users["reporter"]
        byline.save(update_fields=["user"])
    for data in content.TOPICS:
        Topic.objects.get_or_create(slug=data["slug"], defaults=data)

    now = timezone.now()
    existing = set(
        Article.objects.filter(slug__in=[a["slug"] for a in content.ARTICLES]).values_list(
            "slug", flat=True
        )
    )
    created = {
        entry["slug"]: _create_article(entry, sections, authors, users["reporter"], now)
        for entry in content.ARTICLES
        if entry["slug"] not in existing
    }
    # New demo stories get their drawn lead photos; existing ones keep what editors chose.
    photos.attach(created)
    by_slug = {
        article.slug: article
        for article in Article.objects.filter(slug__in=[a["slug"] for a in content.ARTICLES])
    }
    for entry in content.ARTICLES:
        article = created.get(entry["slug"])
        if article is None:
            continue
        for index, link in enumerate(entry["related"]):
            if "article" in link:
                RelatedLink.objects.create(
                    article=article, target=by_slug[link["article"]], position=index
                )
            else:
                RelatedLink.objects.create(
                    article=article, url=link["url"], title=link["title"], position=index
                )
        if entry["next"]:
            article.next_article = by_slug[entry["next"]]
            article.save(update_fields=["next_article"])
    return {
        "sections": Section.objects.count(),
        "authors": Author.objects.count(),
        "topics": Topic.objects.count(),
        "articles": Article.objects.count(),
        "live articles": Article.objects.live().count(),
        "new articles": len(created),
    }
