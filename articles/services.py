"""Write operations on articles. Admin views, commands and tests all call these."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles import revisions
from articles.models import Article, Correction, EditingSession
from articles.permissions import can_correct

# Someone who opened the form within this window is shown as "being edited by".
EDITING_WINDOW = timedelta(minutes=15)


class EditConflict(ValidationError):
    """Someone else saved the article after this editor opened it."""


def check_version(article_pk: int, base_version: int) -> Article:
    """Lock the row and refuse a save based on an out-of-date version."""
    current = Article.objects.select_for_update().get(pk=article_pk)
    if current.version != base_version:
        raise EditConflict(
            _("Someone else saved this article after you opened it. Your changes are kept "
              "below but not saved: compare them with the other changes, then save again."),
            code="conflict",
        )  # fmt: skip
    return current


@transaction.atomic
def save_article(*, article: Article, user, is_new: bool) -> Article:
    """Store an editorial save: who created it, and a new version number."""
    if is_new:
        article.created_by = user if user and user.is_authenticated else None
    else:
        article.version += 1
    article.save()
    return article


def record_revision(article: Article, *, user):
    return revisions.record(article, by=user)


def ensure_baseline(article: Article) -> None:
    """Articles made by importers or scripts get a first revision when opened,
    so a later conflict or diff always has the version it started from."""
    if not article.revisions.filter(version=article.version).exists():
        revisions.record(article, by=None, note=gettext("Baseline"))


def mark_editing(article: Article, user) -> list[EditingSession]:
    """Note that ``user`` opened the form; return the others who did recently."""
    now = timezone.now()
    EditingSession.objects.update_or_create(article=article, user=user, defaults={"opened_at": now})
    return list(
        EditingSession.objects.filter(article=article, opened_at__gte=now - EDITING_WINDOW)
        .exclude(user=user)
        .select_related("user")
    )


@transaction.atomic
def add_correction(
    article: Article, *, by, kind: str, text: str, replied_by: str = ""
) -> Correction:
    if not can_correct(by):
        raise PermissionDenied
    if not Article.objects.live().filter(pk=article.pk).exists():
        raise ValidationError(_("Corrections are added to live articles."), code="not_live")
    correction = Correction(
        article=article, kind=kind, text=text.strip(), replied_by=replied_by.strip(), created_by=by
    )
    correction.full_clean()
    correction.save()
    # The story changed in public: its modified time (and dateModified) moves.
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now())
    return correction


@transaction.atomic
def save_section(section, *, old_slug: str | None):
    """Save a section; a changed slug leaves a redirect from the old address."""
    from articles.models import Redirect

    section.save()
    if old_slug and old_slug != section.slug:
        Redirect.objects.filter(old_path=f"/{section.slug}/").delete()
        Redirect.objects.update_or_create(
            old_path=f"/{old_slug}/", defaults={"new_path": f"/{section.slug}/"}
        )
    return section
