from django.contrib import admin

from articles import services
from articles.admin.images import ImageFieldsMixin
from articles.models import Author, Section


@admin.register(Section)
class SectionAdmin(ImageFieldsMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["image"]

    def save_model(self, request, obj, form, change):
        old_slug = form.initial.get("slug") if change else None
        services.save_section(obj, old_slug=old_slug)


@admin.register(Author)
class AuthorAdmin(ImageFieldsMixin, admin.ModelAdmin):
    list_display = ["name", "role", "user"]
    search_fields = ["name", "role"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["photo"]
    raw_id_fields = ["user"]
