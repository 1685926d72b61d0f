from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles import services, workflow
from articles.admin.changelist import ArticleChangeList, AuthorFilter, TopicFilter, search_articles
from articles.admin.forms import ArticleAdminForm
from articles.admin.images import ImageFieldsMixin
from articles.admin.quotes import QuoteSuggestionsMixin
from articles.admin.workflow import WorkflowAdminMixin
from articles.models import Article, ArticleAuthor, Quote, RelatedLink
from articles.pagination import EstimatedCountPaginator
from articles.permissions import can_edit
from articles.templatetags.newsroom import newsroom_datetime


class ArticlePartInline:
    """Inline rows follow the article: editable exactly when the article is."""

    def _may_edit(self, request, obj):
        return obj is None or can_edit(request.user, obj)

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_edit(request, obj)


class BylineInline(ArticlePartInline, admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ["author"]
    fields = ["author", "position"]


class QuoteInline(ArticlePartInline, admin.StackedInline):
    model = Quote
    extra = 1
    # The person picker's "+" creates a new person in place.
    autocomplete_fields = ["person"]
    fields = [
        ("text",),
        ("person", "speaker", "speaker_role"),
        ("context", "position", "is_pull_quote"),
    ]


class RelatedLinkInline(ArticlePartInline, admin.TabularInline):
    model = RelatedLink
    fk_name = "article"
    extra = 1
    autocomplete_fields = ["target"]
    fields = ["target", "url", "title", "position"]
    # Narrow inputs keep the row inside a laptop screen.
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https", "widget": forms.URLInput(attrs={"size": 32})},
        models.CharField: {"widget": forms.TextInput(attrs={"size": 28})},
    }


@admin.register(Article)
class ArticleAdmin(ImageFieldsMixin, QuoteSuggestionsMixin, WorkflowAdminMixin, admin.ModelAdmin):
    form = ArticleAdminForm
    change_form_template = "admin/articles/article/change_form.html"
    inlines = [BylineInline, QuoteInline, RelatedLinkInline]
    list_display = ["headline", "section", "status", "published_wib", "updated_at"]
    list_filter = ["status", "section", TopicFilter, AuthorFilter]
    list_select_related = ["section"]
    search_fields = ["headline", "deck", "body"]
    date_hierarchy = "published_at"
    # At a million articles a COUNT(*) per page load is the slowest part of
    # the list: no "(N total)" link, and the unfiltered count is PostgreSQL's
    # estimate (articles/pagination.py).
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["section", "next_article", "lead_image"]
    readonly_fields = ["workflow_state"]
    actions = ["submit_selected", "publish_selected"]
    fieldsets = [
        (
            None,
            {"fields": ["headline", "slug", "deck", "section", "dateline", "body", "base_version"]},
        ),
        (
            _("Presentation"),
            {
                "fields": [
                    "summary",
                    "topics",
                    "lead_image",
                    "lead_image_caption",
                    "next_article",
                ]
            },
        ),
        (_("Publication"), {"fields": ["workflow_state", "legacy_id"]}),
    ]

    @admin.display(description=_("published (WIB)"), ordering="published_at")
    def published_wib(self, obj):
        if not obj.published_at:
            return "—"
        when = newsroom_datetime(obj.published_at)
        if obj.is_scheduled:
            return gettext("Scheduled for %(when)s") % {"when": when}
        return when

    @admin.display(description=_("status"))
    def workflow_state(self, obj):
        if obj.pk is None:
            return Article.Status.DRAFT.label
        if obj.is_scheduled:
            return gettext("Scheduled for %(when)s") % {"when": newsroom_datetime(obj.published_at)}
        if obj.status == Article.Status.PUBLISHED:
            return gettext("Published %(when)s") % {"when": newsroom_datetime(obj.published_at)}
        return obj.get_status_display()

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or can_edit(request.user, obj))

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    def get_search_results(self, request, queryset, search_term):
        # Autocomplete (related stories, next story) matches headlines only:
        # searching every body for each keystroke is slow and noisy.
        if request.path.endswith("/autocomplete/"):
            return queryset.filter(headline__icontains=search_term), False
        if search_term:
            found = search_articles(queryset, search_term)
            if found is not None:
                return found, False
        return super().get_search_results(request, queryset, search_term)

    def save_model(self, request, obj, form, change):
        services.save_article(article=obj, user=request.user, is_new=not change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.record_revision(form.instance, user=request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        context = dict(extra_context or {})
        article = self.get_object(request, object_id)
        if article is not None and self.has_view_permission(request, article):
            context.update(self.workflow_context(request, article))
        return super().change_view(request, object_id, form_url, extra_context=context)

    def _after_save(self, request, obj):
        self.announce_suggestions(request, obj)
        self._submit_after_save(request, obj)

    def _submit_after_save(self, request, obj):
        if "_submit_for_review" not in request.POST:
            return
        try:
            workflow.submit_for_review(obj, by=request.user)
        except (ValidationError, PermissionDenied):
            messages.error(request, gettext("Saved, but it could not be submitted for review."))
        else:
            messages.success(request, gettext("Submitted for review."))

    def response_add(self, request, obj, post_url_continue=None):
        self._after_save(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._after_save(request, obj)
        return super().response_change(request, obj)

    @admin.action(description=_("Submit selected articles for review"))
    def submit_selected(self, request, queryset):
        self._bulk(request, queryset, "submit")

    @admin.action(description=_("Publish selected articles now"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._bulk(request, queryset, "publish")

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")
