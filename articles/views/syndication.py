from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from newsroom.site import absolute_url


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        # Not the admin: ADMIN_URL may be secret, and robots.txt is public.
        "Disallow: /pratinjau/",
        "Disallow: /cari/",
        "",
        f"Sitemap: {absolute_url(reverse('sitemap_index'))}",
        f"Sitemap: {absolute_url(reverse('sitemap_news'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
