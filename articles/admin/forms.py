from django import forms
from django.urls import reverse_lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorFormField

from articles import revisions, services
from articles import topics as topic_services
from articles.admin.widgets import TopicNamesField
from articles.models import Article, Revision
from articles.sanitizer import sanitize_html, validate_html_size

# What the editor offers matches what the sanitiser keeps (articles/sanitizer.py).
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False},
    "History": True,
    # Photos come from the library: "Browse…" opens its picker, which fills in
    # the address, description, caption and the photo's id (data-file); the
    # page renders such figures through the renditions (articles/images/body.py).
    "Figure": {"pickerUrl": reverse_lazy("admin:articles_image_picker")},
    "Caption": True,
    "Image": True,
}


class ArticleAdminForm(forms.ModelForm):
    body = ProseEditorFormField(
        label=capfirst(_("body")),
        required=False,
        config={"extensions": EDITOR_EXTENSIONS},
        sanitize=sanitize_html,
        validators=[validate_html_size],
    )
    topics = TopicNamesField(
        label=capfirst(_("topics")),
        required=False,
        help_text=_("Choose existing topics as you type; press Enter to add a new one."),
    )

    # The version this editor started from: a save based on an older one is
    # refused (optimistic locking), and the other person's changes are shown.
    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = [
            "headline", "slug", "deck", "section", "dateline", "body", "summary",
            "topics", "lead_image", "lead_image_caption", "next_article", "legacy_id",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk:
            self.fields["base_version"].initial = self.instance.version

    def clean_topics(self):
        # Existing topics win over near-duplicates typed in another case,
        # without accents, or by one of their other names.
        return topic_services.resolve_names(self.cleaned_data["topics"])

    def clean(self):
        data = super().clean()
        if not self.instance.pk:
            return data
        base = data.get("base_version")
        try:
            current = services.check_version(self.instance.pk, base if base is not None else -1)
        except services.EditConflict as error:
            self.add_error(None, error)
            self.conflict = _conflict(self.instance.pk, base)
            # Re-render with the current version, so a deliberate resave goes through.
            self.data = self.data.copy()
            self.data[self.add_prefix("base_version")] = str(self.conflict["version"])
        else:
            self.instance.version = current.version
        return data


def _conflict(article_pk, base_version):
    latest = Revision.objects.filter(article_id=article_pk).select_related("created_by").first()
    version = Article.objects.values_list("version", flat=True).get(pk=article_pk)
    if latest is None:
        return {"version": version, "by": None, "at": None, "changes": []}
    start = (
        Revision.objects.filter(article_id=article_pk, version=base_version).first()
        if base_version is not None
        else None
    )
    return {
        "version": version,
        "by": latest.created_by,
        "at": latest.created_at,
        "changes": revisions.diff(start, latest) if start else [],
    }
