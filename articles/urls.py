from django.urls import path

from articles.views.article import article_detail
from articles.views.listings import AuthorView, HomeView, SectionView, TopicView

app_name = "articles"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("topik/<slug:slug>/", TopicView.as_view(), name="topic"),
    path("penulis/<slug:slug>/", AuthorView.as_view(), name="author"),
    path("<slug:section>/<int:pk>/<slug:slug>/", article_detail, name="article"),
    path("<slug:section>/<int:pk>/", article_detail, name="article_short"),
    # Last: a section slug is any first segment that no route above claims.
    path("<slug:slug>/", SectionView.as_view(), name="section"),
]
