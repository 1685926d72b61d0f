from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles import services
from articles.admin.forms import ArticleAdminForm
from articles.models import Article, ArticleAuthor, Quote, RelatedLink
from articles.templatetags.newsroom import newsroom_datetime


class BylineInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ["author"]
    fields = ["author", "position"]


class QuoteInline(admin.StackedInline):
    model = Quote
    extra = 1
    fields = [("text",), ("speaker", "speaker_role"), ("context", "position", "is_pull_quote")]


class RelatedLinkInline(admin.TabularInline):
    model = RelatedLink
    fk_name = "article"
    extra = 1
    autocomplete_fields = ["target"]
    fields = ["target", "url", "title", "position"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    inlines = [BylineInline, QuoteInline, RelatedLinkInline]
    list_display = ["headline", "section", "status", "published_wib", "updated_at"]
    list_filter = ["status", "section", "topics", "authors"]
    list_select_related = ["section"]
    search_fields = ["headline", "deck", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["section", "next_article", "lead_image"]
    fieldsets = [
        (None, {"fields": ["headline", "slug", "deck", "section", "dateline", "body"]}),
        (_("Presentation"), {"fields": ["summary", "topics", "lead_image", "next_article"]}),
        (_("Publication"), {"fields": ["status", "published_at"]}),
    ]

    @admin.display(description=_("published (WIB)"), ordering="published_at")
    def published_wib(self, obj):
        if not obj.published_at:
            return "—"
        when = newsroom_datetime(obj.published_at)
        if obj.status == Article.Status.PUBLISHED and obj.published_at > timezone.now():
            return _("Scheduled for %(when)s") % {"when": when}
        return when

    def get_search_results(self, request, queryset, search_term):
        # Autocomplete (related stories, next story) matches headlines only:
        # searching every body for each keystroke is slow and noisy.
        if request.path.endswith("/autocomplete/"):
            return queryset.filter(headline__icontains=search_term), False
        return super().get_search_results(request, queryset, search_term)

    def save_model(self, request, obj, form, change):
        services.save_article(article=obj, user=request.user, is_new=not change)
