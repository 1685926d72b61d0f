from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from articles.models import Correction, live_q
from newsroom.site import SiteFeedMixin


def public_corrections():
    """Corrections readers may see: those on live articles, newest first."""
    return (
        Correction.objects.filter(live_q("article__"))
        .select_related("article__section")
        .order_by("-created_at", "-id")
    )


class CorrectionListView(ListView):
    template_name = "articles/correction_list.html"
    context_object_name = "corrections"
    paginate_by = 30

    def get_queryset(self):
        return public_corrections()


class CorrectionFeed(SiteFeedMixin, Feed):
    title = _("Corrections")
    description = _("Corrections, clarifications and rights of reply, newest first.")

    def link(self):
        return reverse("articles:corrections")

    def items(self):
        return public_corrections()[:50]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.article.headline}"

    def item_description(self, item):
        return item.text

    def item_link(self, item):
        return f"{item.article.get_absolute_url()}#koreksi-{item.pk}"

    def item_pubdate(self, item):
        return item.created_at
