"""The site navigation (sections and featured topics), shown on every page.

Two queries on every uncached page otherwise: kept as a fragment
(articles/fragments.py) until content changes.
"""

from articles import fragments
from articles.models import Section, Topic

LIFETIME = 600


def _fresh():
    sections, topics = list(Section.objects.all()), list(Topic.objects.featured())
    # Resolved once per generation rather than on every page (a dozen reverse() calls).
    for item in (*sections, *topics):
        item.url = item.get_absolute_url()
    return sections, topics


def navigation():
    """(sections, featured topics), each with its `url`."""
    return fragments.remember("navigation", _fresh, LIFETIME)
