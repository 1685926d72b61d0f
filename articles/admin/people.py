from django.contrib import admin

from articles.models import Person, PersonAlias, Redirect


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1
    fields = ["name"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "aliases__name", "role", "organisation"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["photo"]
    fields = ["name", "slug", "role", "organisation", "bio", "photo"]
    inlines = [PersonAliasInline]


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ["old_path", "new_path", "article", "created_at"]
    search_fields = ["old_path", "new_path"]
    autocomplete_fields = ["article"]
