from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from articles.images import BODY_IMAGE_ATTRIBUTE


class ImageQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-created_at", "-id")


class Image(models.Model):
    """A photo in the newsroom's library, reusable across articles, authors and sections.

    The stored file is never the upload itself: it is the decoded, re-oriented,
    metadata-free copy made by ``articles.images.processing``. Renditions are
    recorded in ``renditions`` so pages know them without a query or a storage call.
    """

    file = models.ImageField(_("file"), upload_to="images/%Y/%m/", max_length=255)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        help_text=_("What the photo shows, for readers who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(
        _("credit"), max_length=120, blank=True, help_text=_("E.g. “MI/Ramdani”.")
    )
    width = models.PositiveIntegerField(_("width"), editable=False)
    height = models.PositiveIntegerField(_("height"), editable=False)
    # Where the subject is, as fractions of the width and height from the top
    # left: crops (16:9 cards, square thumbnails, sharing) keep it in frame.
    focal_x = models.FloatField(
        _("focal point, across"),
        null=True,
        blank=True,
        help_text=_("0 is the left edge, 1 the right. Click the photo to set it."),
    )
    focal_y = models.FloatField(
        _("focal point, down"),
        null=True,
        blank=True,
        help_text=_("0 is the top edge, 1 the bottom."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # {crop: {"key", "formats", "sizes"}}, written by articles.images.renditions only.
    renditions = models.JSONField(default=dict, blank=True, editable=False)

    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("image")
        verbose_name_plural = _("images")
        constraints = [
            models.CheckConstraint(condition=~Q(alt_text=""), name="image_alt_required"),
            models.CheckConstraint(
                condition=Q(width__gt=0, height__gt=0), name="image_has_dimensions"
            ),
            models.CheckConstraint(
                # isnull=False spelled out: with one value NULL the range test
                # alone is unknown, which a CHECK lets through.
                condition=Q(focal_x__isnull=True, focal_y__isnull=True)
                | Q(
                    focal_x__isnull=False,
                    focal_y__isnull=False,
                    focal_x__gte=0,
                    focal_x__lte=1,
                    focal_y__gte=0,
                    focal_y__lte=1,
                ),
                name="image_focal_point_inside",
                violation_error_message=_(
                    "Give both focal point values, each between 0 and 1, or neither."
                ),
            ),
        ]
        indexes = [
            # The library list, the picker and the date filter: newest first.
            models.Index(fields=["-created_at", "-id"], name="image_latest_idx"),
        ]

    def __str__(self):
        text = Truncator(self.caption or self.alt_text).chars(80)
        return f"{text} ({self.credit})" if self.credit else text

    @property
    def focal_point(self) -> tuple[float, float]:
        """The crop centre; the middle of the photo unless an editor set one."""
        if self.focal_x is None or self.focal_y is None:
            return (0.5, 0.5)
        return (self.focal_x, self.focal_y)

    def rendition_set(self, crop: str):
        """The renditions of one crop (see articles.images.renditions.CROPS), made
        on first use; None when they cannot be made (the page then uses the file)."""
        from articles.images import renditions

        return renditions.rendition_set(self, crop)

    def articles_using(self):
        """Articles that show this photo: as lead image, or inside the body."""
        from articles.models.articles import Article

        marker = f'{BODY_IMAGE_ATTRIBUTE}="{self.pk}"'
        return Article.objects.filter(Q(lead_image=self) | Q(body__contains=marker))

    def usages(self) -> list:
        """Everything that shows this photo; it may be deleted only when this is empty."""
        from articles.models.authors import Author
        from articles.models.sections import Section

        return [
            *self.articles_using().order_by("headline"),
            *Author.objects.filter(photo=self),
            *Section.objects.filter(image=self),
        ]
