from django.contrib import admin
from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    default_site = "newsroom.admin_site.NewsroomAdminSite"

    def ready(self):
        super().ready()
        # Registers the project's deploy checks.
        # Topics are our own tag model, so taggit's Tag is unused; its admin's
        # "merge tags" view checks no permission: any staff member could use it.
        from taggit.models import Tag

        from newsroom import checks  # noqa: F401

        if admin.site.is_registered(Tag):
            admin.site.unregister(Tag)
