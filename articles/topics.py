"""Topic governance: one topic per name whatever its case or accents, aliases,
and merges that keep every article and every old link."""

from django.db import transaction

from articles.models import TaggedTopic, Topic, TopicAlias, TopicRedirect
from articles.text import name_key


def resolve_names(names: list[str]) -> list:
    """Map typed names to existing topics (by name or alias, ignoring case and
    accents); names that match nothing stay strings and become new topics."""
    resolved, seen = [], set()
    for name in names:
        topic = Topic.objects.matching(name).first()
        key = topic.pk if topic else name_key(name)
        if key in seen or not name_key(name):
            continue
        seen.add(key)
        resolved.append(topic or name)
    return resolved


@transaction.atomic
def merge(*, survivor: Topic, others) -> int:
    """Move every article of ``others`` to ``survivor``; their names become
    aliases and their slugs answer 301 to the survivor forever. Returns how
    many articles were moved."""
    others = [topic for topic in others if topic.pk != survivor.pk]
    moved = 0
    for topic in others:
        already = TaggedTopic.objects.filter(tag=survivor).values("content_object_id")
        TaggedTopic.objects.filter(tag=topic, content_object_id__in=already).delete()
        moved += TaggedTopic.objects.filter(tag=topic).update(tag=survivor)
        TopicRedirect.objects.filter(topic=topic).update(topic=survivor)
        TopicAlias.objects.filter(topic=topic).update(topic=survivor)
        old_slug, old_name = topic.slug, topic.name
        topic.delete()
        TopicRedirect.objects.update_or_create(old_slug=old_slug, defaults={"topic": survivor})
        if name_key(old_name) != survivor.name_key:
            TopicAlias.objects.get_or_create(
                name_key=name_key(old_name), defaults={"topic": survivor, "name": old_name}
            )
    return moved
