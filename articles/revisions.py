"""Snapshots of an article's content, readable diffs between them, and restore.

A snapshot holds everything an editor writes: the article's fields, byline,
quotes, related links and topics. Workflow state (status, times) is not
content and is never restored: history cannot publish or unpublish a story.
"""

import difflib
import re

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Image,
    Quote,
    RelatedLink,
    Revision,
)

FIELDS = ["headline", "slug", "deck", "dateline", "body", "summary", "lead_image_caption"]
REFERENCES = ["section_id", "lead_image_id", "next_article_id"]
QUOTE_FIELDS = ["text", "speaker", "speaker_role", "context", "position", "is_pull_quote"]

LABELS = {
    "headline": _("headline"),
    "slug": _("slug"),
    "deck": _("deck"),
    "dateline": _("dateline"),
    "body": _("body"),
    "summary": _("summary"),
    "section": _("section"),
    "lead_image_id": _("lead image"),
    "lead_image_caption": _("lead image caption"),
    "next_article_id": _("next article"),
    "authors": _("authors"),
    "quotes": _("quotes"),
    "related_links": _("related links"),
    "topics": _("topics"),
}


def snapshot(article: Article) -> dict:
    data = {field: getattr(article, field) for field in FIELDS + REFERENCES}
    data["section"] = str(article.section)
    data["authors"] = [
        {"id": credit.author_id, "name": credit.author.name}
        for credit in article.article_authors.select_related("author").order_by("position", "id")
    ]
    data["quotes"] = [
        {field: getattr(quote, field) for field in QUOTE_FIELDS} for quote in article.quotes.all()
    ]
    data["related_links"] = [
        {"target_id": link.target_id, "target": str(link.target) if link.target_id else "",
         "url": link.url, "title": link.title, "position": link.position}
        for link in article.related_links.select_related("target")
    ]  # fmt: skip
    data["topics"] = sorted(topic.name for topic in article.topics.all())
    return data


def record(article: Article, *, by, note: str = "") -> Revision:
    return Revision.objects.create(
        article=article, version=article.version, data=snapshot(article), created_by=by, note=note
    )


def _as_text(key: str, value) -> str:
    if key == "body":
        # One paragraph a line, without markup, so the diff reads like the story.
        return re.sub(
            r"\n{2,}", "\n", strip_tags(re.sub(r"</(p|h\d|li|blockquote)>", "\n", value or ""))
        )
    if key == "authors":
        return "\n".join(author["name"] for author in value)
    if key == "quotes":
        return "\n".join(
            f"“{q['text']}” — {q['speaker']}, {q['speaker_role']} ({q['context']})" for q in value
        )
    if key == "related_links":
        return "\n".join(link["target"] or f"{link['title']} <{link['url']}>" for link in value)
    if key == "topics":
        return ", ".join(value)
    return "" if value is None else str(value)


def _word_diff(old: str, new: str):
    """Escaped HTML with <del>/<ins> around changed words."""
    old_words, new_words = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(''.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(''.join(new_words[b1:b2]))}</ins>")
    return mark_safe("".join(parts))  # every piece above is escaped


def diff(older: Revision, newer: Revision) -> list[tuple[str, str]]:
    """[(field label, HTML diff)] for each field that differs."""
    keys = [
        "headline", "slug", "deck", "dateline", "section", "body", "summary",
        "authors", "quotes", "related_links", "topics", "lead_image_id", "lead_image_caption",
        "next_article_id",
    ]  # fmt: skip
    changes = []
    for key in keys:
        old, new = _as_text(key, older.data.get(key)), _as_text(key, newer.data.get(key))
        if old != new:
            changes.append((LABELS[key], _word_diff(old, new)))
    return changes


@transaction.atomic
def restore(revision: Revision, *, by) -> Revision:
    """Put a revision's content back, as a new version and a new revision."""
    article = Article.objects.select_for_update().get(pk=revision.article_id)
    data = revision.data
    for field in FIELDS + REFERENCES:
        # Revisions older than a field (e.g. lead_image_caption) restore it empty.
        setattr(article, field, data.get(field, "" if field in FIELDS else None))
    # Photos and stories referenced then may have been deleted since.
    if article.lead_image_id and not Image.objects.filter(pk=article.lead_image_id).exists():
        article.lead_image_id = None
    if article.next_article_id and not Article.objects.filter(pk=article.next_article_id).exists():
        article.next_article_id = None
    article.version += 1
    article.save()

    article.article_authors.all().delete()
    existing_authors = set(
        Author.objects.filter(pk__in=[a["id"] for a in data["authors"]]).values_list(
            "pk", flat=True
        )
    )
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author_id=a["id"], position=index)
        for index, a in enumerate(data["authors"])
        if a["id"] in existing_authors
    )
    article.quotes.all().delete()
    Quote.objects.bulk_create(Quote(article=article, **q) for q in data["quotes"])
    article.related_links.all().delete()
    existing_targets = set(
        Article.objects.filter(
            pk__in=[link["target_id"] for link in data["related_links"]]
        ).values_list("pk", flat=True)
    )
    RelatedLink.objects.bulk_create(
        RelatedLink(
            article=article,
            target_id=link["target_id"],
            url=link["url"],
            title=link["title"],
            position=link["position"],
        )
        for link in data["related_links"]
        if link["target_id"] is None or link["target_id"] in existing_targets
    )
    article.topics.set(data["topics"])
    return record(
        article,
        by=by,
        note=gettext("Restored from version %(version)s") % {"version": revision.version},
    )
