"""Admin views for the editorial workflow: transitions, revisions, share links
and corrections. Each view is thin: it checks the request and calls a service."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from articles import previews, revisions, services, workflow
from articles.admin.workflow_forms import (
    CompareForm,
    CorrectionForm,
    PreviewLinkForm,
    TransitionForm,
)
from articles.models import Article, EditorialEvent, PreviewLink, Revision
from articles.permissions import can_correct, can_edit, can_publish, can_view


class WorkflowAdminMixin:
    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/workflow/<str:name>/",
                wrap(self.transition_view),
                name="articles_article_transition",
            ),
            path(
                "<int:pk>/revisions/", wrap(self.revisions_view), name="articles_article_revisions"
            ),
            path(
                "<int:pk>/revisions/<int:revision_id>/restore/",
                wrap(self.restore_view),
                name="articles_article_restore",
            ),
            path("<int:pk>/share/", wrap(self.preview_links_view), name="articles_article_share"),
            path(
                "<int:pk>/share/<int:link_id>/revoke/",
                wrap(self.revoke_view),
                name="articles_article_revoke",
            ),
            path(
                "<int:pk>/correction/",
                wrap(self.correction_view),
                name="articles_article_correction",
            ),
            *super().get_urls(),
        ]

    def _article(self, request, pk) -> Article:
        article = get_object_or_404(Article.objects.select_related("section"), pk=pk)
        if not can_view(request.user, article):
            raise PermissionDenied
        return article

    def _page(self, request, article, template, title, **context):
        return TemplateResponse(
            request,
            f"admin/articles/article/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "original": article,
                "article": article,
                "title": title,
                **context,
            },
        )

    def _back(self, article):
        return redirect(reverse("admin:articles_article_change", args=[article.pk]))

    def transition_view(self, request, pk, name):
        article = self._article(request, pk)
        transition = workflow.TRANSITIONS.get(name)
        if transition is None:
            raise Http404
        if transition not in workflow.available(article, request.user):
            raise PermissionDenied
        form = TransitionForm(request.POST or None, transition=transition)
        if request.method == "POST" and form.is_valid():
            try:
                workflow.perform(
                    name,
                    article,
                    by=request.user,
                    note=form.cleaned_data.get("note", ""),
                    at=form.cleaned_data.get("at"),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Done: %(action)s.") % {"action": transition.label})
                return self._back(article)
        return self._page(
            request, article, "transition.html", transition.label, form=form, transition=transition
        )

    def revisions_view(self, request, pk):
        article = self._article(request, pk)
        history = list(article.revisions.select_related("created_by"))
        compare = CompareForm(request.GET or None)
        changes, pair = None, None
        if compare.is_valid():
            by_id = {revision.pk: revision for revision in history}
            older, newer = (
                by_id.get(compare.cleaned_data["a"]),
                by_id.get(compare.cleaned_data["b"]),
            )
            if older is None or newer is None:
                raise Http404
            if older.created_at > newer.created_at:
                older, newer = newer, older
            pair, changes = (older, newer), revisions.diff(older, newer)
        return self._page(
            request,
            article,
            "revisions.html",
            _("History of “%(headline)s”") % {"headline": article.headline},
            history=history,
            changes=changes,
            pair=pair,
            may_restore=can_edit(request.user, article),
        )

    def restore_view(self, request, pk, revision_id):
        article = self._article(request, pk)
        revision = get_object_or_404(Revision, pk=revision_id, article=article)
        if not can_edit(request.user, article):
            raise PermissionDenied
        if request.method == "POST":
            revisions.restore(revision, by=request.user)
            messages.success(
                request,
                _("Version %(version)s restored as a new version.") % {"version": revision.version},
            )
            return self._back(article)
        return self._page(
            request, article, "restore.html", _("Restore this version?"), revision=revision
        )

    def preview_links_view(self, request, pk):
        article = self._article(request, pk)
        if not can_publish(request.user):
            raise PermissionDenied
        form = PreviewLinkForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            link = previews.create_link(
                article,
                by=request.user,
                days=form.cleaned_data["days"],
                label=form.cleaned_data["label"],
            )
            messages.success(request, _("Share link created."))
            return redirect(f"{request.path}?new={link.pk}")
        links = [
            (link, previews.url_for(link))
            for link in article.preview_links.select_related("created_by")
        ]
        return self._page(request, article, "share.html", _("Share links"), form=form, links=links)

    def revoke_view(self, request, pk, link_id):
        article = self._article(request, pk)
        link = get_object_or_404(PreviewLink, pk=link_id, article=article)
        if not can_publish(request.user):
            raise PermissionDenied
        if request.method == "POST":
            previews.revoke(link)
            messages.success(request, _("The link no longer works."))
        return redirect(reverse("admin:articles_article_share", args=[article.pk]))

    def correction_view(self, request, pk):
        article = self._article(request, pk)
        if not can_correct(request.user):
            raise PermissionDenied
        form = CorrectionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.add_correction(article, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The correction is public."))
                return self._back(article)
        return self._page(request, article, "correction.html", _("Add a correction"), form=form)

    def workflow_context(self, request, article) -> dict:
        """What the change form shows around the fields."""
        if request.method == "GET":
            services.ensure_baseline(article)
        return {
            "transitions": workflow.available(article, request.user),
            "events": EditorialEvent.objects.filter(article=article).select_related("actor")[:50],
            "corrections": article.corrections.all(),
            "others_editing": services.mark_editing(article, request.user),
            "may_share": can_publish(request.user),
            "may_correct": can_correct(request.user)
            and Article.objects.live().filter(pk=article.pk).exists(),
        }

    # List actions: the same services, one article at a time.
    def _bulk(self, request, queryset, name):
        done = 0
        for article in queryset:
            try:
                with transaction.atomic():
                    workflow.perform(name, article, by=request.user)
                done += 1
            except (ValidationError, PermissionDenied) as error:
                text = (
                    "; ".join(error.messages)
                    if isinstance(error, ValidationError)
                    else _("not allowed")
                )
                messages.error(request, f"{article.headline}: {text}")
        if done:
            messages.success(request, _("%(count)d article(s) updated.") % {"count": done})
