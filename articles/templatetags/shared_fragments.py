"""Rendered HTML that is the same on every page, kept between requests."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from articles import fragments
from articles.navigation import LIFETIME

register = template.Library()


@register.simple_tag(takes_context=True)
def shared_fragment(context, template_name, *vary):
    """`template_name` rendered with this context, kept per language and per
    value of `vary` within the content generation (articles/fragments.py).

    The site's header and footer links are the same on every page, and
    rendering them was about a twentieth of every uncached page. The template
    must depend on nothing but the language, `vary` and what is the same for
    every reader (the site's name, the navigation).
    """

    def render():
        return context.template.engine.get_template(template_name).render(context)

    if getattr(context, "request", None) is None:
        # Without a request no context processor ran: no navigation to keep.
        return mark_safe(render())
    key = ":".join(("html", template_name, get_language() or "", *map(str, vary)))
    # As long as the navigation it shows; any content change ends it sooner.
    return mark_safe(fragments.remember(key, render, LIFETIME))
