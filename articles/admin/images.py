"""The photo library in the admin: upload, find, crop, pick, delete.

Thin on purpose: checking and cleaning uploads lives in articles.images.processing,
storing and deleting in articles.images.services.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.images import services
from articles.images.processing import prepare_photo
from articles.images.validation import accepted_names
from articles.models import Image

PICKER_PAGE_SIZE = 24
ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif"


class ImageAdminForm(forms.ModelForm):
    # Not the model's file field: the upload is checked and cleaned first, and
    # only the cleaned copy is stored (by services.save_image).
    upload = forms.FileField(
        label=_("photo file"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
    )

    class Meta:
        model = Image
        fields = ["alt_text", "caption", "credit", "focal_x", "focal_y"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.photo = None
        upload = self.fields["upload"]
        upload.required = self.instance.pk is None
        upload.help_text = _("%(formats)s. Location and camera data are removed on upload.") % {
            "formats": accepted_names()
        }
        if self.instance.pk:
            upload.label = _("replace the photo file")

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            self.photo = prepare_photo(upload)
        return upload


def _thumbnail_url(image):
    renditions = image.rendition_set("thumb")
    if renditions:
        return renditions.img.url
    return image.file.url if image.file else ""


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageAdminForm
    list_display = ["thumbnail", "text", "credit", "dimensions", "uploaded_by", "created_at"]
    list_display_links = ["thumbnail", "text"]
    list_filter = ["created_at", ("uploaded_by", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["uploaded_by"]
    date_hierarchy = "created_at"
    search_fields = ["caption", "credit", "alt_text"]
    readonly_fields = ["preview", "dimensions", "uploaded_by", "created_at", "used_by"]

    class Media:
        css = {"all": ["articles/images/admin.css"]}
        js = ["articles/images/focal-point.js"]

    def get_fieldsets(self, request, obj=None):
        main = ["upload", "alt_text", "caption", "credit"]
        if obj is None:
            return [(None, {"fields": main})]
        return [
            (None, {"fields": ["preview", *main]}),
            (
                _("Cropping"),
                {
                    "fields": [("focal_x", "focal_y")],
                    "description": _(
                        "Click the subject in the photo: crops for lists, thumbnails "
                        "and sharing keep that point in frame."
                    ),
                },
            ),
            (None, {"fields": ["dimensions", "uploaded_by", "created_at", "used_by"]}),
        ]

    @admin.display(description=_("photo"))
    def thumbnail(self, obj):
        return format_html(
            '<img class="image-thumb" src="{}" width="64" height="64" alt="" loading="lazy">',
            _thumbnail_url(obj),
        )

    @admin.display(description=_("caption"), ordering="caption")
    def text(self, obj):
        return Truncator(obj.caption or obj.alt_text).chars(90)

    @admin.display(description=_("photo"))
    def preview(self, obj):
        renditions = obj.rendition_set("original")
        src = renditions.img if renditions else None
        x, y = obj.focal_point
        return format_html(
            '<div class="focal-point" data-focal-point>'
            '<img src="{}" width="{}" height="{}" alt="{}">'
            '<span class="focal-point-marker" style="left: {}%; top: {}%"></span></div>',
            src.url if src else (obj.file.url if obj.file else ""),
            src.width if src else obj.width,
            src.height if src else obj.height,
            obj.alt_text,
            round(x * 100, 2),
            round(y * 100, 2),
        )

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height}"

    @admin.display(description=_("used by"))
    def used_by(self, obj):
        users = obj.usages()
        if not users:
            return gettext("Not used yet.")
        return format_html_join(
            ", ",
            '{}: <a href="{}">{}</a>',
            (
                (
                    capfirst(user._meta.verbose_name),
                    reverse(f"admin:articles_{user._meta.model_name}_change", args=[user.pk]),
                    user,
                )
                for user in users
            ),
        )

    def save_model(self, request, obj, form, change):
        services.save_image(image=obj, photo=form.photo, user=request.user)

    def get_deleted_objects(self, objs, request):
        """Lead images, author photos and section images are protected by their
        foreign keys; photos inside article bodies are added here, so the admin
        refuses the deletion and lists those articles too."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        for image in objs:
            for article in image.articles_using().exclude(lead_image=image):
                protected.append(
                    format_html(
                        '{}: <a href="{}">{}</a>',
                        capfirst(article._meta.verbose_name),
                        reverse("admin:articles_article_change", args=[article.pk]),
                        article,
                    )
                )
        return deleted, counts, perms_needed, protected

    def delete_view(self, request, object_id, extra_context=None):
        """A photo in use: say who uses it, on its own page (which links to them)."""
        image = self.get_object(request, object_id)
        if image is not None and self.has_delete_permission(request, image):
            users = image.usages()
            if users:
                messages.error(request, services.usage_error(image, users).messages[0])
                return redirect("admin:articles_image_change", image.pk)
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj):
        services.delete_image(image=obj)

    def delete_queryset(self, request, queryset):
        for image in queryset:
            try:
                services.delete_image(image=image)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("picker/", view(self.picker_view), name="articles_image_picker"),
            path("<int:pk>/thumbnail/", view(self.thumbnail_view), name="articles_image_thumbnail"),
            *super().get_urls(),
        ]

    def picker_view(self, request):
        """The rich-text editor's "Browse…" window: choose a library photo for the body."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        term = request.GET.get("q", "").strip()[:100]
        images, _duplicates = self.get_search_results(request, Image.objects.newest_first(), term)
        page = Paginator(images, PICKER_PAGE_SIZE).get_page(request.GET.get("p"))
        choices = []
        for image in page:
            renditions = image.rendition_set("original")
            if renditions or image.file:
                choices.append((image, renditions.img.url if renditions else image.file.url))
        callback = request.GET.get("CKEditorFuncNum", "")
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Choose a photo"),
            "opts": self.opts,
            "is_popup": True,
            "choices": choices,
            "page": page,
            "term": term,
            "callback": callback if callback.lstrip("-").isdigit() else "",
            "may_add": self.has_add_permission(request),
        }
        return TemplateResponse(request, "admin/articles/image/picker.html", context)

    def thumbnail_view(self, request, pk):
        """Redirects to a photo's square thumbnail: the article form's preview."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        image = Image.objects.filter(pk=pk).first()
        url = _thumbnail_url(image) if image else ""
        if not url:
            raise Http404
        return redirect(url)


class ImageAutocompleteSelect(AutocompleteSelect):
    """The admin's autocomplete for a library photo, with a thumbnail of the choice."""

    def render(self, name, value, attrs=None, renderer=None):
        select = super().render(name, value, attrs, renderer)
        pattern = reverse("admin:articles_image_thumbnail", args=[0]).replace(
            "/0/thumbnail/", "/__id__/thumbnail/"
        )
        if value:
            preview = format_html(
                '<img class="image-select-preview" src="{}" width="96" height="96" alt="">',
                pattern.replace("__id__", str(value)),
            )
        else:
            # No src at all: an empty one would request the page itself.
            preview = mark_safe(
                '<img class="image-select-preview" width="96" height="96" alt="" hidden>'
            )
        return format_html(
            '<div class="image-select" data-thumbnail-url="{}">{}{}</div>', pattern, select, preview
        )

    @property
    def media(self):
        return super().media + forms.Media(
            js=["articles/images/image-select.js"], css={"all": ["articles/images/admin.css"]}
        )


class ImageFieldsMixin:
    """Library photo fields (lead image, author photo, section image): pick by
    typing, with a thumbnail of the chosen photo."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Image and db_field.name in self.get_autocomplete_fields(
            request
        ):
            kwargs.setdefault(
                "widget",
                ImageAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using")),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
