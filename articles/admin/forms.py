from django import forms
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorFormField

from articles.admin.widgets import TopicNamesField
from articles.models import Article
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
}


class ArticleAdminForm(forms.ModelForm):
    body = ProseEditorFormField(
        label=_("body"),
        required=False,
        config={"extensions": EDITOR_EXTENSIONS},
        sanitize=sanitize_html,
        validators=[validate_html_size],
    )
    topics = TopicNamesField(
        label=_("topics"),
        required=False,
        help_text=_("Choose existing topics as you type; press Enter to add a new one."),
    )

    class Meta:
        model = Article
        fields = [
            "headline", "slug", "deck", "section", "dateline", "body", "summary",
            "topics", "lead_image", "next_article", "status", "published_at",
        ]  # fmt: skip
