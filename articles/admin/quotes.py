"""Suggested quotes: quotations found in the body, offered to the editor to confirm."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from articles import people
from articles.permissions import can_edit


class QuoteSuggestionsMixin:
    def get_urls(self):
        view = self.admin_site.admin_view(self.quote_suggestions_view)
        return [
            path("<int:pk>/quotes/suggested/", view, name="articles_article_quote_suggestions"),
            *super().get_urls(),
        ]

    def announce_suggestions(self, request, article):
        """After a save: say how many quotations wait for confirmation."""
        pending = people.pending_suggestions(article)
        if pending:
            url = reverse("admin:articles_article_quote_suggestions", args=[article.pk])
            messages.info(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("%(count)d quotations found in the text are not quote rows yet.")
                    % {"count": len(pending)},
                    url,
                    _("Review them"),
                ),
            )

    def quote_suggestions_view(self, request, pk):
        article = self._article(request, pk)
        if not can_edit(request.user, article):
            raise PermissionDenied
        pending = people.pending_suggestions(article)
        if request.method == "POST":
            picked = {int(i) for i in request.POST.getlist("suggestion") if i.isdigit()}
            chosen = [s for index, s in enumerate(pending) if index in picked]
            added = people.confirm_suggestions(
                article, chosen, create_people="create_people" in request.POST
            )
            messages.success(request, _("%(count)d quotes added.") % {"count": len(added)})
            return redirect(reverse("admin:articles_article_change", args=[article.pk]))
        rows = [
            (index, s, people.person_for(s.speaker, create=False))
            for index, s in enumerate(pending)
        ]
        return self._page(
            request, article, "quote_suggestions.html", _("Suggested quotes"), rows=rows
        )
