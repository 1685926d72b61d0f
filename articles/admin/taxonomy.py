from django.contrib import admin
from django.db.models import Count
from django.http import JsonResponse
from django.urls import path

from articles.models import Author, Image, Section, Topic

SUGGESTIONS = 20


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "user"]
    search_fields = ["name", "role"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["photo"]
    raw_id_fields = ["user"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("tagged_articles"))

    @admin.display(ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    def get_urls(self):
        suggest = self.admin_site.admin_view(self.suggest_view)
        return [path("suggest/", suggest, name="articles_topic_suggest"), *super().get_urls()]

    def suggest_view(self, request):
        """Existing topics for the article form's topic picker, in select2's format."""
        if not (
            self.has_view_permission(request)
            or request.user.has_perm("articles.add_article")
            or request.user.has_perm("articles.change_article")
        ):
            return JsonResponse({"error": "forbidden"}, status=403)
        term = request.GET.get("term", "").strip()[:100]
        topics = Topic.objects.filter(name__icontains=term).order_by("name")[:SUGGESTIONS]
        return JsonResponse(
            {
                "results": [{"id": topic.name, "text": topic.name} for topic in topics],
                "pagination": {"more": False},
            }
        )


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "credit", "width", "height", "created_at"]
    search_fields = ["alt_text", "caption", "credit"]
