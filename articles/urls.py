from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from articles.feeds import AuthorFeed, LatestFeed, SectionFeed, TopicFeed, atom
from articles.sitemaps import SITEMAPS, NewsSitemap
from articles.views.article import article_detail, shared_preview, staff_preview
from articles.views.corrections import CorrectionFeed, CorrectionListView
from articles.views.index import IndexView
from articles.views.listings import AuthorView, HomeView, SectionView, TopicView
from articles.views.people import PersonFeed, PersonView, QuoteSearchView
from articles.views.redirects import legacy_article
from articles.views.search import SearchView
from articles.views.syndication import robots_txt
from newsroom.site import on_site

app_name = "articles"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("indeks/", IndexView.as_view(), name="index"),
    path("cari/", SearchView.as_view(), name="search"),
    path("feed/", LatestFeed(), name="feed"),
    path("feed/atom/", atom(LatestFeed)(), name="feed_atom"),
    path("topik/<str:slug>/", TopicView.as_view(), name="topic"),
    path("topik/<str:slug>/feed/", TopicFeed(), name="topic_feed"),
    path("topik/<str:slug>/feed/atom/", atom(TopicFeed)(), name="topic_feed_atom"),
    path("penulis/<slug:slug>/", AuthorView.as_view(), name="author"),
    path("penulis/<slug:slug>/feed/", AuthorFeed(), name="author_feed"),
    path("penulis/<slug:slug>/feed/atom/", atom(AuthorFeed)(), name="author_feed_atom"),
    path("tokoh/<slug:slug>/", PersonView.as_view(), name="person"),
    path("tokoh/<slug:slug>/feed/", PersonFeed(), name="person_feed"),
    path("kutipan/", QuoteSearchView.as_view(), name="quotes"),
    re_path(
        r"^read/detail/(?P<legacy_id>\d{1,18})-(?P<slug>[^/]*?)(?:\.html)?/?$",
        legacy_article,
        name="legacy_article",
    ),
    path("koreksi/", CorrectionListView.as_view(), name="corrections"),
    path("koreksi/feed/", CorrectionFeed(), name="corrections_feed"),
    path("pratinjau/<int:pk>/", staff_preview, name="staff_preview"),
    path("pratinjau/tautan/<str:token>/", shared_preview, name="shared_preview"),
    path("<slug:slug>/feed/", SectionFeed(), name="section_feed"),
    path("<slug:slug>/feed/atom/", atom(SectionFeed)(), name="section_feed_atom"),
    path("<slug:section>/<int:pk>/<slug:slug>/", article_detail, name="article"),
    path("<slug:section>/<int:pk>/", article_detail, name="article_short"),
    # Last: a section slug is any first segment that no route above claims.
    path("<slug:slug>/", SectionView.as_view(), name="section"),
]

# Outside the app namespace: django.contrib.sitemaps reverses these names.
seo_urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        on_site(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap_index",
    ),
    path(
        "sitemap-news.xml",
        on_site(sitemap_views.sitemap),
        {"sitemaps": {"news": NewsSitemap}, "template_name": "sitemaps/news.xml"},
        name="sitemap_news",
    ),
    path(
        "sitemap-<section>.xml",
        on_site(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]
