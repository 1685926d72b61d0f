"""The site navigation (sections and featured topics), shown on every page.

One query on every uncached page otherwise: kept as a fragment
(articles/fragments.py) until content changes.
"""

from django.db.models import Value

from articles import fragments
from articles.models import Section, Topic

LIFETIME = 600
COLUMNS = ("kind", "position", "name", "slug")


def _fresh():
    # One query for both (a UNION): it is paid on the first page after every
    # content change, and that page's query budget counts it.
    sections = Section.objects.annotate(kind=Value(0)).order_by().values_list(*COLUMNS)
    topics = (
        Topic.objects.featured()
        .annotate(kind=Value(1), position=Value(0))
        .order_by()
        .values_list(*COLUMNS)
    )
    found = {Section: [], Topic: []}
    for kind, _position, name, slug in sections.union(topics, all=True).order_by(*COLUMNS[:3]):
        model = Topic if kind else Section
        item = model(name=name, slug=slug)
        # Resolved once per generation rather than on every page (a dozen reverse() calls).
        item.url = item.get_absolute_url()
        found[model].append(item)
    return found[Section], found[Topic]


def navigation():
    """(sections in their order, featured topics by name), each with its
    name, slug and `url`."""
    return fragments.remember("navigation", _fresh, LIFETIME)
