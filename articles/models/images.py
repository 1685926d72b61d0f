from django.db import models
from django.utils.translation import gettext_lazy as _


class Image(models.Model):
    """A photo in the newsroom's library, reusable across articles.

    Safe-upload processing and renditions build on this model later; the
    fields here are the ones every template and the lead-image hook rely on.
    """

    file = models.ImageField(
        _("file"), upload_to="images/%Y/%m/", width_field="width", height_field="height"
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        help_text=_("What the photo shows, for readers who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(
        _("credit"), max_length=120, blank=True, help_text=_("E.g. “MI/Ramdani”.")
    )
    width = models.PositiveIntegerField(_("width"), null=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("image")
        verbose_name_plural = _("images")
        constraints = [
            models.CheckConstraint(condition=~models.Q(alt_text=""), name="image_alt_required"),
        ]

    def __str__(self):
        return self.caption or self.alt_text
