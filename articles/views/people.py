from django import forms
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from articles import people, search
from articles.forms import NamedField, QueryDateRangeForm
from articles.models import Person, Quote, Topic, live_q
from articles.pagination import CappedPaginator
from articles.quote_search import search_quotes
from articles.views.search import SearchPaginator, TimeBoundSearch
from newsroom.site import SiteFeedMixin, absolute_url


def person_jsonld(request, person):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.name,
        "url": absolute_url(person.get_absolute_url()),
        "alternateName": [alias.name for alias in person.aliases.all()],
    }
    if person.role:
        data["jobTitle"] = person.role
    if person.organisation:
        data["worksFor"] = {"@type": "Organization", "name": person.organisation}
    if person.bio:
        data["description"] = person.bio
    return data


class PersonView(ListView):
    template_name = "articles/person_detail.html"
    context_object_name = "statements"
    paginate_by = 30
    # As the quote search: counting the most quoted speaker's 121,000
    # statements at 1M articles took 0.19 s.
    paginator_class = CappedPaginator

    def get_queryset(self):
        self.person = get_object_or_404(
            Person.objects.prefetch_related("aliases"), slug=self.kwargs["slug"]
        )
        return people.statements(self.person)

    def get_context_data(self, **kwargs):
        path = self.person.get_absolute_url()
        return super().get_context_data(
            person=self.person,
            topics=list(people.top_topics(self.person)),
            canonical_url=absolute_url(path),
            structured_data=[person_jsonld(self.request, self.person)],
            **kwargs,
        )


class PersonFeed(SiteFeedMixin, Feed):
    def get_object(self, request, slug):
        return get_object_or_404(Person, slug=slug)

    def title(self, obj):
        return f"{settings.NEWSROOM_SITE_NAME}: {obj.name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return _("Statements by %(name)s.") % {"name": obj.name}

    def items(self, obj):
        return people.statements(obj)[:30]

    def item_title(self, item):
        return f"“{item.text[:120]}”"

    def item_description(self, item):
        return (
            f"{item.text} — {item.speaker}{', ' + item.speaker_role if item.speaker_role else ''}"
        )

    def item_link(self, item):
        return f"{item.article.get_absolute_url()}#kutipan-{item.pk}"

    def item_pubdate(self, item):
        return timezone.localtime(item.article.published_at)


class QuoteSearchForm(QueryDateRangeForm):
    field_order = ["q", "tokoh", "topik", "dari", "sampai"]
    q = forms.CharField(label=_("Words"), required=False, max_length=5000)
    tokoh = NamedField(
        label=_("Person"),
        max_length=160,
        queryset=Person.objects.only("slug", "name", "name_key"),
        not_found=_("No one called “%(name)s” has been quoted."),
    )
    topik = NamedField(
        label=_("Topic"),
        max_length=100,
        queryset=Topic.objects.only("slug", "name", "name_key"),
        not_found=_("There is no topic “%(name)s”."),
    )

    def clean(self):
        data = super().clean()
        # The box shows the name found, not the slug a link carried.
        shown = self.data.copy()
        for name in ("tokoh", "topik"):
            if data.get(name):
                shown[name] = data[name][0].name
        self.data = shown
        return data


class QuoteSearchView(TimeBoundSearch, ListView):
    """/kutipan/: who said what. Any input gives a normal page."""

    template_name = "articles/quote_search.html"
    context_object_name = "quotes"
    paginate_by = 30
    # The count stops at 50 pages: a prolific speaker has 121,000 quotes at
    # 1M articles, and counting them all took 186 ms of a 190 ms page.
    paginator_class = CappedPaginator

    def get_paginator(self, *args, **kwargs):
        # Words: as many pages as the newest matches ranked (quote_search.py).
        paginator_class = SearchPaginator if self.query else self.paginator_class
        return paginator_class(*args, **kwargs)

    def get_queryset(self):
        self.form = QuoteSearchForm(self.request.GET or None)
        self.query = ""
        if not self.form.is_bound or not self.form.is_valid():
            return Quote.objects.none()
        data = self.form.cleaned_data
        self.query = data["q"]
        # The search's candidates (search_quotes() takes those live by the
        # quote's own live_from); what is shown is decided by live_q().
        # live_from is the article's published_at for every live quote and
        # every live story's topic tag.
        when = self.form.time_filter("live_from")
        candidates = Quote.objects.filter(when)
        if data["tokoh"]:
            candidates = candidates.filter(person__in=data["tokoh"])  # namesakes alike
        # The best match: a topic's stories, not a blend of several.
        topic = data["topik"][0] if data["topik"] else None
        quotes = (
            (candidates.in_topic(topic) if topic else candidates)
            .filter(live_q("article__"))
            .select_related("article__section", "person")
            .newest_first()
        )
        if self.query:
            return search_quotes(self.query, quotes, candidates, topic=topic, when=when)
        return quotes

    def get_context_data(self, **kwargs):
        context = super().get_context_data(form=self.form, query=self.query, **kwargs)
        context["results"] = [
            (quote, search.highlight(quote.text, self.query)) for quote in context["quotes"]
        ]
        return context
