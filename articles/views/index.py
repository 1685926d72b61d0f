"""/indeks/: every live story of one day (in WIB), optionally of one section."""

import re
from datetime import date, timedelta

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from articles.forms import day_start
from articles.models import Section
from articles.views.listings import LiveArticleListView

DATE_PARAM = "tanggal"
SECTION_PARAM = "rubrik"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_day(raw: str | None) -> date:
    """Today (WIB) when absent; a 404 for anything that is not a plausible date."""
    if raw is None or raw == "":
        return timezone.localdate()
    if not _ISO_DATE.match(raw):
        raise Http404("malformed date")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise Http404("no such date") from None
    if not 1900 <= day.year <= 2100:
        raise Http404("date out of range")
    return day


class IndexView(LiveArticleListView):
    template_name = "articles/index.html"
    paginate_by = 30

    def narrow(self, queryset):
        self.day = parse_day(self.request.GET.get(DATE_PARAM))
        start = day_start(self.day)
        queryset = queryset.filter(
            published_at__gte=start, published_at__lt=start + timedelta(days=1)
        )
        self.section = None
        if slug := self.request.GET.get(SECTION_PARAM):
            self.section = get_object_or_404(Section, slug=slug)
            queryset = queryset.filter(section=self.section)
        return queryset

    def describe(self):
        return f"Indeks {self.day.isoformat()}", ""

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        return super().get_context_data(
            day=self.day,
            previous_day=self.day - timedelta(days=1),
            next_day=self.day + timedelta(days=1) if self.day < today else None,
            today=today,
            chosen_section=self.section,
            sections=Section.objects.all(),
            **kwargs,
        )
