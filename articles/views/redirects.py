"""Links that never break: legacy addresses, merged topics, manual redirects."""

from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404

from articles.models import Article, Redirect


def legacy_article(request, legacy_id, slug=None):
    """/read/detail/<id>-<slug>[.html] from the outlet's previous system."""
    # Live or retracted (410 with its reason) only: a redirect to a scheduled
    # story would reveal its slug, and so its headline, before the embargo.
    visible = Article.objects.live() | Article.objects.retracted()
    article = get_object_or_404(visible.select_related("section"), legacy_id=legacy_id)
    return HttpResponsePermanentRedirect(article.get_absolute_url())


class RedirectFallbackMiddleware:
    """On a 404, answer 301 if an editor recorded where the old address went."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        redirect = (
            Redirect.objects.select_related("article__section")
            .filter(old_path=request.path)
            .first()
        )
        if redirect is None:
            return response
        return HttpResponsePermanentRedirect(redirect.target())
