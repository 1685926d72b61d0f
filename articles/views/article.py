from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_cache_control

from articles import popularity, previews, seo
from articles.images.body import render_body
from articles.images.renditions import share_image
from articles.models import Article
from articles.permissions import can_view
from newsroom.site import absolute_url


def render_article(request, article, *, preview=False):
    """The article page, as readers see it; previews add noindex and no-store.
    `article` comes from Article.objects.for_article_page()."""
    byline, topics, quotes = article.byline(), article.page_topics(), article.quoted
    older, newer, next_article = article.page_links()
    trail = seo.article_trail(article)
    share = share_image(article.lead_image)
    response = render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            # Library photos in the body go through the renditions (articles/images/body.py).
            "body": render_body(article.body),
            "share_image": share,
            "byline": byline,
            "quotes": quotes,
            "topics": topics,
            "corrections": article.listed_corrections,
            "older": older,
            "newer": newer,
            "next_article": next_article,
            "related": article.related_items(),
            "preview": preview,
            "breadcrumbs": trail[:-1],
            "canonical_url": absolute_url(article.get_absolute_url()),
            "structured_data": [
                seo.news_article(
                    article,
                    byline=byline,
                    topics=topics,
                    quotes=quotes,
                    image_url=share.url if share else None,
                ),
                seo.breadcrumbs(trail),
            ],
        },
    )
    if preview:
        response["X-Robots-Tag"] = "noindex, nofollow"
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response


def article_detail(request, section, pk, slug=None):
    article = Article.objects.live().for_article_page(pk)
    if article is None:
        retracted = Article.objects.retracted().select_related("section").filter(pk=pk).first()
        if retracted is None:
            raise Http404
        return render(
            request, "articles/article_retracted.html", {"article": retracted}, status=410
        )
    canonical = article.get_absolute_url()
    if request.path != canonical:
        # Old slugs, moved sections and missing slugs all land on one address.
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
    popularity.record_read(request, article.pk)
    return render_article(request, article)


def staff_preview(request, pk):
    """Any status, for staff who may see the article."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    article = Article.objects.for_article_page(pk)
    if article is None or not can_view(request.user, article):
        raise Http404
    return render_article(request, article, preview=True)


def shared_preview(request, token):
    link = previews.resolve(token)
    article = link and Article.objects.for_article_page(link.article_id)
    if not article:
        raise Http404
    return render_article(request, article, preview=True)
