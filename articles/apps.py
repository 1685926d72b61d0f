from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Newsroom")

    def ready(self):
        from django.db.backends.signals import connection_created

        from articles.search import register_sqlite_functions

        connection_created.connect(register_sqlite_functions)
        self._invalidate_pages_on_content_changes()

    def _invalidate_pages_on_content_changes(self):
        # Cache invalidation is infrastructure, not business logic: every
        # write to what readers see, from any code path, must reach it.
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from articles.page_cache import bump_generation

        content = [
            "Article", "ArticleAuthor", "Quote", "RelatedLink", "Section", "Author", "Topic",
            "TaggedTopic", "TopicAlias", "TopicRedirect", "Image", "Correction", "Person",
            "PersonAlias", "Redirect",
        ]  # fmt: skip
        for name in content:
            model = self.get_model(name)
            post_save.connect(bump_generation, sender=model, dispatch_uid=f"page-cache-save-{name}")
            post_delete.connect(
                bump_generation, sender=model, dispatch_uid=f"page-cache-delete-{name}"
            )
        m2m_changed.connect(bump_generation, dispatch_uid="page-cache-m2m")
