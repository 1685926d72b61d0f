from django import forms
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from articles import search
from articles.forms import QueryDateRangeForm, QuickSelect
from articles.models import Section, Topic
from articles.navigation import navigation
from articles.pagination import CappedPaginator
from articles.views.listings import LiveArticleListView


class SearchForm(QueryDateRangeForm):
    field_order = ["q", "rubrik", "dari", "sampai"]
    q = forms.CharField(label=_("Search"), required=False, max_length=5000)
    rubrik = forms.ModelChoiceField(
        label=_("Section"), queryset=Section.objects.all(), to_field_name="slug", required=False,
        empty_label=_("All sections"), widget=QuickSelect,
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Drawn from the navigation's cached sections (the same list), not a
        # query per page; a chosen section is still looked up to validate it.
        QuickSelect.offer_on(self.fields["rubrik"], [(s.slug, s.name) for s in navigation()[0]])


class TimeBoundSearch:
    """A search that ran out of time (articles/time_budget.py) says so, and
    its page is not shared by a CDN: the next reader may get it whole."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["incomplete"] = not getattr(self.object_list, "complete", True)
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["incomplete"]:
            add_never_cache_headers(response)
        return response


class SearchPaginator(CappedPaginator):
    """Results are ranked within the newest matches only (articles/search.py)."""

    max_pages = search.SEARCH_PAGES


class SearchView(TimeBoundSearch, LiveArticleListView):
    """/cari/: odd input of any kind gives a normal page, never an error."""

    template_name = "articles/search.html"
    paginator_class = SearchPaginator

    def narrow(self, queryset):
        self.form = SearchForm(self.request.GET or None)
        self.query = ""
        if not self.form.is_valid():
            return queryset.none()
        data = self.form.cleaned_data
        self.query = data["q"]
        if data["rubrik"]:
            queryset = queryset.filter(section=data["rubrik"])
        queryset = queryset.filter(self.form.time_filter("published_at"))
        # The snippet under each result comes from the body.
        return search.search(self.query, queryset.defer(None))

    def describe(self):
        return str(_("Search")), ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(form=self.form, query=self.query, **kwargs)
        # A query that names a topic (or one of its other names) leads to it.
        context["matched_topic"] = (
            Topic.objects.matching(self.query).first() if self.query else None
        )
        context["results"] = [
            (
                article,
                search.highlight(article.headline, self.query),
                search.snippet(article, self.query),
            )
            for article in context["articles"]
        ]
        return context
