"""Read-side queries for the newsroom's own screens (the admin dashboard)."""

from dataclasses import dataclass

from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles.models import Article, EditorialEvent
from articles.permissions import can_publish

S = Article.Status
LIMIT = 10


@dataclass
class DashboardBlock:
    key: str
    title: str
    count: int
    articles: list
    link: str


def _changelist(query=""):
    return reverse("admin:articles_article_changelist") + query


def dashboard_for(user) -> list[DashboardBlock]:
    own = Article.objects.filter(Q(created_by=user) | Q(article_authors__author__user=user)).values(
        "pk"
    )
    last_event = EditorialEvent.objects.filter(article=OuterRef("pk")).order_by(
        "-created_at", "-id"
    )
    drafts = list(
        Article.objects.filter(pk__in=own, status=S.DRAFT)
        .annotate(
            returned_from=Subquery(last_event.values("from_status")[:1]),
            return_note=Subquery(last_event.values("note")[:1]),
        )
        .select_related("section")
        .order_by("-updated_at")
    )
    returned = [a for a in drafts if a.returned_from == S.IN_REVIEW]
    fresh = [a for a in drafts if a.returned_from != S.IN_REVIEW]
    in_review = Article.objects.filter(status=S.IN_REVIEW).select_related("section")
    if not can_publish(user):
        in_review = in_review.filter(pk__in=own)
    scheduled = Article.objects.scheduled().select_related("section").order_by("published_at")
    recent = Article.objects.live().select_related("section").newest_first()
    return [
        DashboardBlock("returned", _("Returned to me"), len(returned), returned[:LIMIT], _changelist("?status__exact=draft")),
        DashboardBlock("drafts", _("My drafts"), len(fresh), fresh[:LIMIT], _changelist("?status__exact=draft")),
        DashboardBlock("review", _("Awaiting review"), in_review.count(), list(in_review.order_by("updated_at")[:LIMIT]), _changelist("?status__exact=in_review")),
        DashboardBlock("scheduled", _("Scheduled"), scheduled.count(), list(scheduled[:LIMIT]), _changelist("?status__exact=published")),
        DashboardBlock("published", _("Recently published"), recent.count(), list(recent[:LIMIT]), _changelist("?status__exact=published")),
    ]  # fmt: skip
