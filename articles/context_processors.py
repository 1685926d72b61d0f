from django.conf import settings

from articles.models import Section, Topic


def site(request):
    """Site identity and the section navigation, shown on every public page."""
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        # Links handed out of the site (e.g. preview links) use it, never the Host.
        "site_url": settings.SITE_URL,
        "outlet_code": settings.NEWSROOM_OUTLET_CODE,
        # The stories' language, whatever language the reader chose for the UI.
        "content_language": settings.LANGUAGE_CODE,
        # Lazy: evaluated only by templates that render the navigation.
        "nav_sections": Section.objects.all,
        "nav_topics": Topic.objects.featured,
    }
