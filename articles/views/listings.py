from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import F, OuterRef, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import ListView, TemplateView

from articles import popularity, seo
from articles.models import Article, Author, Section, Topic, TopicRedirect
from articles.pagination import CappedPaginator
from newsroom.site import absolute_url

HOME_LATEST = 10
HOME_PER_SECTION = 4


class LiveArticleListView(ListView):
    """Paginated list of live articles; subclasses narrow it and name the page.

    Pages past the end or that are not numbers are a 404 (ListView's own rule).
    At most MAX_PAGES pages, with a capped count: no OFFSET or COUNT(*) grows
    with the archive (articles/pagination.py).
    """

    paginate_by = 20
    paginator_class = CappedPaginator
    context_object_name = "articles"
    feed_name = None

    def narrow(self, queryset):
        return queryset

    def get_queryset(self):
        return self.narrow(Article.objects.live().for_listing().newest_first())

    def describe(self):
        """(name, description) of the collection, for metadata."""
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        name, description = self.describe()
        path = self.request.path
        context["canonical_url"] = absolute_url(path)
        context["structured_data"] = [
            seo.collection_page(name=name, description=description, path=path)
        ]
        if self.feed_name:
            context["feed_url"] = reverse(self.feed_name, kwargs={"slug": self.kwargs["slug"]})
        return context


class SectionView(LiveArticleListView):
    template_name = "articles/section_detail.html"
    feed_name = "articles:section_feed"

    def narrow(self, queryset):
        self.section = get_object_or_404(
            Section.objects.select_related("image"), slug=self.kwargs["slug"]
        )
        return queryset.filter(section=self.section)

    def describe(self):
        return self.section.name, ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            section=self.section, current_section_slug=self.section.slug, **kwargs
        )


class TopicView(LiveArticleListView):
    template_name = "articles/topic_detail.html"
    feed_name = "articles:topic_feed"

    def get(self, request, *args, **kwargs):
        self.topic = Topic.objects.select_related("image").filter(slug=kwargs["slug"]).first()
        if self.topic is None:
            # A merged topic's old address leads to the one that remains.
            moved = (
                TopicRedirect.objects.select_related("topic")
                .filter(old_slug=kwargs["slug"])
                .first()
            )
            if moved is None:
                raise Http404
            return HttpResponsePermanentRedirect(moved.topic.get_absolute_url())
        return super().get(request, *args, **kwargs)

    def narrow(self, queryset):
        self.pinned = (
            Article.objects.live().for_listing().filter(pk=self.topic.pinned_article_id).first()
            if self.topic.pinned_article_id
            else None
        )
        queryset = queryset.by_topic(self.topic)
        return queryset.exclude(pk=self.pinned.pk) if self.pinned else queryset

    def describe(self):
        return self.topic.name, self.topic.description

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.topic, pinned=self.pinned, **kwargs)


class AuthorView(LiveArticleListView):
    template_name = "articles/author_detail.html"
    feed_name = "articles:author_feed"

    def narrow(self, queryset):
        self.author = get_object_or_404(
            Author.objects.select_related("photo"), slug=self.kwargs["slug"]
        )
        return queryset.by_author(self.author)

    def describe(self):
        return self.author.name, self.author.bio

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, **kwargs)


class HomeView(TemplateView):
    template_name = "articles/home.html"

    @staticmethod
    def sections_with_tops():
        """PostgreSQL: every section, with the ids of its newest
        HOME_PER_SECTION live stories in `top_ids`: one LIMITed index scan per
        section (article_live_section_idx). One correlated subquery: a UNION
        of one query per section cost 20 ms of ORM compiling, and ranking with
        a window function read every live story (1 s at 1M)."""
        newest = Article.objects.live().newest_first().filter(section_id=OuterRef("pk"))
        return Section.objects.annotate(
            top_ids=ArraySubquery(newest.values("pk")[:HOME_PER_SECTION])
        )

    @staticmethod
    def ranked_in_sections():
        """SQLite: the newest HOME_PER_SECTION live stories of every section,
        ranked by a window function (it reads every live story: PostgreSQL
        uses sections_with_tops())."""
        return (
            Article.objects.live()
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=F("section_id"),
                    order_by=[F("published_at").desc(), F("id").desc()],
                )
            )
            .filter(rank__lte=HOME_PER_SECTION)
            .newest_first()
        )

    @classmethod
    def section_top_ids(cls):
        """(sections, {section id: ids of its newest HOME_PER_SECTION live stories})."""
        if connection.vendor == "postgresql":
            sections = list(cls.sections_with_tops())
            return sections, {section.pk: section.top_ids for section in sections}
        tops = {}
        for section_id, pk in cls.ranked_in_sections().values_list("section_id", "pk"):
            tops.setdefault(section_id, []).append(pk)
        return list(Section.objects.all()), tops

    def get_context_data(self, **kwargs):
        latest_ids = list(
            Article.objects.live().newest_first().values_list("pk", flat=True)[:HOME_LATEST]
        )
        sections, tops = self.section_top_ids()
        # Every story on the page, with its byline, in one query and one prefetch.
        wanted = {*latest_ids, *(pk for ids in tops.values() for pk in ids)}
        stories = Article.objects.live().for_listing().in_bulk(wanted)
        latest = [stories[pk] for pk in latest_ids if pk in stories]
        blocks = [
            (section, [stories[pk] for pk in tops[section.pk] if pk in stories])
            for section in sections
            if tops.get(section.pk)
        ]
        most_read_day, most_read_week = popularity.most_read_lists()
        return super().get_context_data(
            lead=latest[0] if latest else None,
            latest=latest[1:],
            section_blocks=blocks,
            most_read_day=most_read_day,
            most_read_week=most_read_week,
            canonical_url=absolute_url("/"),
            **kwargs,
        )
