from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class EditorialEvent(models.Model):
    """Who moved an article from which status to which, and why."""

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_status = models.CharField(_("from"), max_length=20)
    to_status = models.CharField(_("to"), max_length=20)
    note = models.TextField(_("note"), blank=True)
    scheduled_for = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("editorial event")
        verbose_name_plural = _("editorial events")

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"

    @staticmethod
    def _label(status):
        from articles.models.articles import Article

        return Article.Status(status).label if status in Article.Status.values else status

    @property
    def from_label(self):
        return self._label(self.from_status)

    @property
    def to_label(self):
        return self._label(self.to_status)


class Correction(models.Model):
    """A public correction, following the Dewan Pers cyber-media guideline."""

    class Kind(models.TextChoices):
        RALAT = "ralat", _("Ralat (correction)")
        KOREKSI = "koreksi", _("Koreksi")
        HAK_JAWAB = "hak_jawab", _("Hak Jawab (right of reply)")
        KLARIFIKASI = "klarifikasi", _("Klarifikasi (clarification)")

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    text = models.TextField(
        _("text"), help_text=_("What was wrong and what is right, as readers will see it.")
    )
    replied_by = models.CharField(
        _("reply from"),
        max_length=200,
        blank=True,
        help_text=_("For a right of reply: the person or body that replied."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="correction_text_required"),
            models.CheckConstraint(
                condition=~Q(kind="hak_jawab") | ~Q(replied_by=""),
                name="correction_reply_names_who",
                violation_error_message=_("A right of reply names who replied."),
            ),
        ]
        indexes = [
            # The public corrections page: newest first.
            models.Index(fields=["-created_at"], name="correction_latest_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"


class PreviewLink(models.Model):
    """A signed, expiring, revocable link for someone without a login."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="preview_links"
    )
    nonce = models.CharField(max_length=32, unique=True, editable=False)
    label = models.CharField(
        _("for"), max_length=120, blank=True, help_text=_("Who the link is for, e.g. “Legal”.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")

    def __str__(self):
        return self.label or str(self.article)


class EditingSession(models.Model):
    """Who opened an article's form when: "being edited by X since 14:02"."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="editing_sessions"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    opened_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="editing_session_unique"),
        ]

    def __str__(self):
        return f"{self.user} @ {self.opened_at:%H:%M}"


class Revision(models.Model):
    """A full snapshot of an article after a save: fields, quotes, links, topics, byline."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="revisions"
    )
    version = models.PositiveIntegerField(_("version"))
    data = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("time"), auto_now_add=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        indexes = [models.Index(fields=["article", "-created_at"], name="revision_by_article_idx")]

    def __str__(self):
        return f"v{self.version}"
