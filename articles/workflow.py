"""Editorial transitions. Every move of an article's status goes through one
of these functions: the change-form buttons, the list actions and the tests
call the same code. Each refuses an invalid move with a clear message and
writes an EditorialEvent."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article, EditorialEvent
from articles.permissions import can_edit, can_publish

S = Article.Status


class TransitionError(ValidationError):
    pass


def _locked(article: Article) -> Article:
    # Re-read under a row lock so two editors cannot both move the same story.
    return Article.objects.select_for_update().get(pk=article.pk)


def _move(article, *, by, allowed, to, note="", at=None, current=None, **changes) -> Article:
    current = current or _locked(article)
    if current.status not in allowed:
        raise TransitionError(
            _("This article is “%(status)s”; that action is not possible now."),
            code="invalid_transition",
            params={"status": current.get_status_display()},
        )
    event = EditorialEvent(
        article=current,
        actor=by,
        from_status=current.status,
        to_status=to,
        note=note,
        scheduled_for=at,
    )
    current.status = to
    for field, value in changes.items():
        setattr(current, field, value)
    current.save(update_fields=["status", "updated_at", *changes])
    event.save()
    article.refresh_from_db()
    return article


def _require(condition: bool):
    if not condition:
        raise PermissionDenied(_("You may not do that to this article."))


def _require_text(value: str, message) -> str:
    value = (value or "").strip()
    if not value:
        raise TransitionError(message, code="required")
    return value


@transaction.atomic
def submit_for_review(article: Article, *, by) -> Article:
    _require(can_edit(by, article))
    return _move(article, by=by, allowed={S.DRAFT}, to=S.IN_REVIEW)


@transaction.atomic
def return_to_reporter(article: Article, *, by, note: str) -> Article:
    _require(can_publish(by))
    note = _require_text(note, _("Say what should change: a note is required."))
    return _move(article, by=by, allowed={S.IN_REVIEW}, to=S.DRAFT, note=note)


@transaction.atomic
def publish(article: Article, *, by, at: datetime | None = None) -> Article:
    """Publish now, or schedule (embargo) when ``at`` is in the future.

    A scheduled story may be moved to another time the same way.
    """
    _require(can_publish(by))
    when = at or timezone.now()
    current = _locked(article)
    if current.status == S.PUBLISHED:
        if not current.is_scheduled:
            raise TransitionError(_("This article is already public."), code="invalid_transition")
        if when <= timezone.now():
            when = timezone.now()
    return _move(
        article,
        by=by,
        allowed={S.IN_REVIEW, S.PUBLISHED},
        to=S.PUBLISHED,
        at=when if when > timezone.now() else None,
        current=current,
        published_at=when,
    )


@transaction.atomic
def cancel_schedule(article: Article, *, by) -> Article:
    _require(can_publish(by))
    current = _locked(article)
    if not current.is_scheduled:
        raise TransitionError(_("This article is not scheduled."), code="invalid_transition")
    return _move(
        article, by=by, allowed={S.PUBLISHED}, to=S.IN_REVIEW, current=current, published_at=None
    )


@transaction.atomic
def unpublish(article: Article, *, by, reason: str) -> Article:
    _require(can_publish(by))
    reason = _require_text(reason, _("Give the internal reason for withdrawing the story."))
    return _move(article, by=by, allowed={S.PUBLISHED}, to=S.UNPUBLISHED, note=reason)


@transaction.atomic
def retract(article: Article, *, by, reason: str) -> Article:
    """Withdraw a live story in public: its address then answers 410 with the reason."""
    _require(can_publish(by))
    reason = _require_text(reason, _("Give the public reason for the retraction."))
    if not Article.objects.live().filter(pk=article.pk).exists():
        raise TransitionError(_("Only a live article can be retracted."), code="invalid_transition")
    return _move(
        article,
        by=by,
        allowed={S.PUBLISHED},
        to=S.RETRACTED,
        note=reason,
        retraction_reason=reason,
        retracted_at=timezone.now(),
    )


@transaction.atomic
def reopen_as_draft(article: Article, *, by) -> Article:
    _require(can_publish(by))
    return _move(article, by=by, allowed={S.UNPUBLISHED}, to=S.DRAFT)


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    needs_note: bool = False
    needs_time: bool = False
    note_label: str = ""


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("submit", _("Submit for review")),
        Transition(
            "return", _("Return to reporter"), needs_note=True, note_label=_("Note to the reporter")
        ),
        Transition("publish", _("Publish now")),
        Transition("schedule", _("Schedule"), needs_time=True),
        Transition("cancel_schedule", _("Cancel schedule")),
        Transition("unpublish", _("Unpublish"), needs_note=True, note_label=_("Internal reason")),
        Transition("retract", _("Retract"), needs_note=True, note_label=_("Public reason")),
        Transition("reopen", _("Back to draft")),
    )
}


def perform(name: str, article: Article, *, by, note: str = "", at=None) -> Article:
    """Run a transition by name (for the admin's buttons and list actions)."""
    actions = {
        "submit": lambda: submit_for_review(article, by=by),
        "return": lambda: return_to_reporter(article, by=by, note=note),
        "publish": lambda: publish(article, by=by),
        "schedule": lambda: _schedule(article, by=by, at=at),
        "cancel_schedule": lambda: cancel_schedule(article, by=by),
        "unpublish": lambda: unpublish(article, by=by, reason=note),
        "retract": lambda: retract(article, by=by, reason=note),
        "reopen": lambda: reopen_as_draft(article, by=by),
    }
    return actions[name]()


def _schedule(article, *, by, at):
    if at is None or at <= timezone.now():
        raise TransitionError(_("Choose a time in the future."), code="past")
    return publish(article, by=by, at=at)


def available(article: Article, user) -> list[Transition]:
    """The transitions this user can make on this article now (for buttons)."""
    names = []
    editor = can_publish(user)
    if article.status == S.DRAFT and can_edit(user, article):
        names.append("submit")
    if editor:
        if article.status == S.IN_REVIEW:
            names += ["publish", "schedule", "return"]
        elif article.is_scheduled:
            names += ["publish", "schedule", "cancel_schedule", "unpublish"]
        elif article.status == S.PUBLISHED:
            names += ["unpublish", "retract"]
        elif article.status == S.UNPUBLISHED:
            names.append("reopen")
    return [TRANSITIONS[name] for name in names]
