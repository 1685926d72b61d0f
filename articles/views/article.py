from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render

from articles.models import Article


def article_detail(request, section, pk, slug=None):
    article = get_object_or_404(Article.objects.live().for_article_page(), pk=pk)
    canonical = article.get_absolute_url()
    if request.path != canonical:
        # Old slugs, moved sections and missing slugs all land on one address.
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "byline": article.byline(),
            "quotes": list(article.quotes.all()),
            "topics": list(article.topics.all()),
            "next_article": article.next_live(),
            "related": article.related_items(),
        },
    )
