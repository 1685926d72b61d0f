"""Reference pages for `make bench`: what the least an uncached page can do costs.

Each is measured through the same server and middleware as the article
page. They show which part of the floor a page with one query, or with the
site's template, can reach on this machine, so the article page's ratio can
be read against them (docs/PERFORMANCE.md). Never part of the site.
"""

import os

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path

from articles.models import Article
from newsroom.urls import urlpatterns as site_urlpatterns

PK = int(os.environ.get("BENCH_REFERENCE_PK", "1"))


def story():
    return Article.objects.live().select_related("section").filter(pk=PK).first()


def one_query(request):
    return HttpResponse(story().headline)


def site_template(request):
    return render(request, "base.html")


def query_and_template(request):
    found = story()
    return render(request, "base.html", {"canonical_url": found.get_absolute_url()})


urlpatterns = [
    path("reference/one-query", one_query),
    path("reference/template", site_template),
    path("reference/query-and-template", query_and_template),
    *site_urlpatterns,
]
