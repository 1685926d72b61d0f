from django.db import connection
from django.db.models import F, Window
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
    def section_tops(live, sections):
        """The newest HOME_PER_SECTION live stories of every section, in one query."""
        if not sections:
            return []
        if connection.features.supports_slicing_ordering_in_compound:
            # PostgreSQL: a UNION of one LIMITed index scan per section
            # (article_live_section_idx), ~50 rows read. Ranking every live
            # story with a window function read the whole table (1 s at 1M).
            newest = live.model.objects.live().newest_first().values("pk")
            parts = [newest.filter(section_id=s.pk)[:HOME_PER_SECTION] for s in sections]
            return live.filter(pk__in=parts[0].union(*parts[1:], all=True)).newest_first()
        # SQLite cannot LIMIT inside a UNION: rank within sections instead.
        return (
            live.annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=F("section_id"),
                    order_by=[F("published_at").desc(), F("id").desc()],
                )
            )
            .filter(rank__lte=HOME_PER_SECTION)
            .newest_first()
        )

    def get_context_data(self, **kwargs):
        live = Article.objects.live().for_listing()
        latest = list(live.newest_first()[:HOME_LATEST])
        sections = list(Section.objects.all())
        by_section = {}
        for article in self.section_tops(live, sections):
            by_section.setdefault(article.section_id, []).append(article)
        blocks = [
            (section, by_section[section.pk]) for section in sections if section.pk in by_section
        ]
        return super().get_context_data(
            lead=latest[0] if latest else None,
            latest=latest[1:],
            section_blocks=blocks,
            most_read_day=list(popularity.most_read(hours=24)),
            most_read_week=list(popularity.most_read(hours=24 * 7)),
            canonical_url=absolute_url("/"),
            **kwargs,
        )
