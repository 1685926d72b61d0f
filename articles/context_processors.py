import functools

from django.conf import settings

from articles.navigation import navigation


def site(request):
    """Site identity and the section navigation, shown on every public page."""
    nav = functools.cache(navigation)  # once per request, and only if rendered
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        # Links handed out of the site (e.g. preview links) use it, never the Host.
        "site_url": settings.SITE_URL,
        "outlet_code": settings.NEWSROOM_OUTLET_CODE,
        # The stories' language, whatever language the reader chose for the UI.
        "content_language": settings.LANGUAGE_CODE,
        # Lazy: evaluated only by templates that render the navigation.
        "nav_sections": lambda: nav()[0],
        "nav_topics": lambda: nav()[1],
    }
