from django.urls import path

from articles.views.article import article_detail, shared_preview, staff_preview
from articles.views.corrections import CorrectionFeed, CorrectionListView
from articles.views.listings import AuthorView, HomeView, SectionView, TopicView

app_name = "articles"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("topik/<str:slug>/", TopicView.as_view(), name="topic"),
    path("penulis/<slug:slug>/", AuthorView.as_view(), name="author"),
    path("koreksi/", CorrectionListView.as_view(), name="corrections"),
    path("koreksi/feed/", CorrectionFeed(), name="corrections_feed"),
    path("pratinjau/<int:pk>/", staff_preview, name="staff_preview"),
    path("pratinjau/tautan/<str:token>/", shared_preview, name="shared_preview"),
    path("<slug:section>/<int:pk>/<slug:slug>/", article_detail, name="article"),
    path("<slug:section>/<int:pk>/", article_detail, name="article_short"),
    # Last: a section slug is any first segment that no route above claims.
    path("<slug:slug>/", SectionView.as_view(), name="section"),
]
