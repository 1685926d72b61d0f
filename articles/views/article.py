from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from articles import fragments, popularity, previews, seo, story_cache
from articles.images.body import render_body
from articles.images.renditions import share_image
from articles.models import Article
from articles.models.live_address import live_address
from articles.permissions import can_view
from newsroom.site import absolute_url


def story_parts(request, article) -> dict:
    """What the page shows of the story itself, rendered: kept per version of
    the story (articles/story_cache.py), so nothing here may depend on the
    request but its language."""
    byline, topics, quotes = article.byline(), article.page_topics(), article.quoted
    trail = seo.article_trail(article)
    share = share_image(article.lead_image)
    canonical_url = absolute_url(article.get_absolute_url())
    description = Truncator(article.summary or article.deck).chars(300)
    context = {
        "article": article,
        # Library photos in the body go through the renditions (articles/images/body.py).
        "body": render_body(article.body),
        "share_image": share,
        "byline": byline,
        "quotes": quotes,
        "topics": topics,
        "corrections": article.listed_corrections,
        "breadcrumbs": trail[:-1],
        "canonical_url": canonical_url,
        "description": description,
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
    }
    return {
        "changed_at": story_cache.stamp(article.updated_at),
        "title": article.headline,
        "description": description,
        "canonical_url": canonical_url,
        "head": render_to_string("articles/_story_head.html", context, request),
        "main": render_to_string("articles/_story.html", context, request),
    }


def link_parts(request, article) -> str:
    """The other stories the page links to, rendered: they change with any
    story's, so they are kept as a shared fragment (articles/fragments.py)."""
    older, newer, next_article = article.page_links()
    context = {
        "older": older,
        "newer": newer,
        "next_article": next_article,
        "related": article.related_items(),
    }
    return render_to_string("articles/_story_links.html", context, request)


def page(request, story, links, *, preview=None):
    response = render(
        request,
        "articles/article_detail.html",
        {
            "story": {**story, "head": mark_safe(story["head"]), "main": mark_safe(story["main"])},
            "links": mark_safe(links),
            "canonical_url": story["canonical_url"],
            "preview": preview is not None,
            "article": preview,
        },
    )
    if preview is not None:
        response["X-Robots-Tag"] = "noindex, nofollow"
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response


def render_preview(request, article):
    """Any story as readers would see it, rendered afresh, with noindex and no-store.
    `article` comes from Article.objects.for_article_page()."""
    story, links = story_parts(request, article), link_parts(request, article)
    return page(request, story, links, preview=article)


def article_detail(request, section, pk, slug=None):
    # The kept parts first: with them the database is asked only whether the
    # story is live, where it lives and when it last changed (one query).
    key, parts = story_cache.look_up(pk)
    article = None
    if parts is not None:
        found = live_address(pk)
        if found is None:
            return gone(request, pk)
        canonical, changed_at = found
        if story_cache.stamp(changed_at) != parts["changed_at"]:
            parts = None  # changed where this cache could not hear of it
    if parts is None:
        article = Article.objects.live().for_article_page(pk)
        if article is None:
            return gone(request, pk)
        canonical = article.get_absolute_url()
    if request.path != canonical:
        # Old slugs, moved sections and missing slugs all land on one address.
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
    popularity.record_read(request, pk)
    if parts is None:
        parts = story_parts(request, article)
        story_cache.keep(key, parts)

    def linking():
        # The whole story, if it was read, serves; links alone need less of it.
        found = article or Article.objects.live().for_article_links(pk)
        if found is None:  # taken down since the view looked: as if before
            raise Http404
        return found

    links = fragments.remember(
        f"article-links:{pk}:{get_language() or ''}",
        lambda: link_parts(request, linking()),
        settings.NEWSROOM_PAGE_CACHE_SECONDS,
    )
    return page(request, parts, links)


def gone(request, pk):
    """A retracted story's address says why it is gone (410); any other, 404."""
    retracted = Article.objects.retracted().select_related("section").filter(pk=pk).first()
    if retracted is None:
        raise Http404
    return render(request, "articles/article_retracted.html", {"article": retracted}, status=410)


def staff_preview(request, pk):
    """Any status, for staff who may see the article."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    article = Article.objects.for_article_page(pk)
    if article is None or not can_view(request.user, article):
        raise Http404
    return render_preview(request, article)


def shared_preview(request, token):
    link = previews.resolve(token)
    article = link and Article.objects.for_article_page(link.article_id)
    if not article:
        raise Http404
    return render_preview(request, article)
