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
        self._forget_story_parts_on_changes(content)

    def _forget_story_parts_on_changes(self, content):
        # The article page's own parts are kept per story (articles/story_cache.py):
        # a change to a story's own rows forgets that story's, any other
        # change to content every story's.
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from articles import story_cache

        owner = {
            "Article": "pk", "ArticleAuthor": "article_id", "Quote": "article_id",
            "RelatedLink": "article_id", "Correction": "article_id",
            "TaggedTopic": "content_object_id",
        }  # fmt: skip

        def changed(sender, instance, **kwargs):
            field = owner.get(sender.__name__)
            if field is None:
                story_cache.forget_named()
            else:
                story_cache.forget_story(getattr(instance, field))

        def changed_many(sender, instance, action, **kwargs):
            if action.startswith("post_"):
                changed(type(instance), instance)

        for name in content:
            model = self.get_model(name)
            post_save.connect(changed, sender=model, dispatch_uid=f"story-save-{name}", weak=False)
            post_delete.connect(
                changed, sender=model, dispatch_uid=f"story-delete-{name}", weak=False
            )
        m2m_changed.connect(changed_many, dispatch_uid="story-m2m", weak=False)
