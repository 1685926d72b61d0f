from django.contrib import admin, messages
from django.db.models import Count, Q
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles import topics as topic_services
from articles.models import Topic, TopicAlias
from articles.text import name_key

SUGGESTIONS = 20


class TopicAliasInline(admin.TabularInline):
    model = TopicAlias
    extra = 1
    fields = ["name"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "is_featured", "article_count"]
    list_filter = ["is_featured"]
    search_fields = ["name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["image", "pinned_article"]
    fields = ["name", "slug", "description", "image", "pinned_article", "is_featured"]
    inlines = [TopicAliasInline]
    actions = ["merge_topics"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("tagged_articles"))

    @admin.display(description=gettext_lazy("articles"), ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.action(
        description=gettext_lazy("Merge selected topics…"), permissions=["change", "delete"]
    )
    def merge_topics(self, request, queryset):
        chosen = list(queryset.order_by("name"))
        if len(chosen) < 2:
            self.message_user(request, _("Choose at least two topics to merge."), messages.WARNING)
            return None
        survivor_id = request.POST.get("survivor")
        if request.POST.get("apply") and survivor_id:
            survivor = next((t for t in chosen if str(t.pk) == survivor_id), None)
            if survivor is None:
                self.message_user(request, _("Choose the topic that remains."), messages.ERROR)
            else:
                moved = topic_services.merge(survivor=survivor, others=chosen)
                self.message_user(
                    request,
                    _(
                        "Merged into “%(name)s”: %(count)d article links moved; old addresses redirect."
                    )
                    % {"name": survivor.name, "count": moved},
                )
                return None
        return TemplateResponse(
            request,
            "admin/articles/topic/merge.html",
            {**self.admin_site.each_context(request), "opts": self.model._meta, "topics": chosen,
             "title": _("Merge topics")},
        )  # fmt: skip

    def get_urls(self):
        suggest = self.admin_site.admin_view(self.suggest_view)
        return [path("suggest/", suggest, name="articles_topic_suggest"), *super().get_urls()]

    def suggest_view(self, request):
        """Existing topics for the article form's topic picker, in select2's format.

        Matches names and aliases ignoring case and accents, so typing
        “komisi pemberantasan” proposes KPK rather than a near-duplicate.
        """
        if not (
            self.has_view_permission(request)
            or request.user.has_perm("articles.add_article")
            or request.user.has_perm("articles.change_article")
        ):
            return JsonResponse({"error": "forbidden"}, status=403)
        key = name_key(request.GET.get("term", "")[:100])
        found = (
            Topic.objects.filter(Q(name_key__contains=key) | Q(aliases__name_key__contains=key))
            .distinct()
            .order_by("name")[:SUGGESTIONS]
        )
        return JsonResponse(
            {
                "results": [{"id": topic.name, "text": topic.name} for topic in found],
                "pagination": {"more": False},
            }
        )
