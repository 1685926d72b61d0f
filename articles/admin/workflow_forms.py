from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import Correction
from articles.previews import MAX_DAYS


class TransitionForm(forms.Form):
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=5000
    )
    at = forms.DateTimeField(
        label=_("Publish at (WIB)"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    def __init__(self, *args, transition, **kwargs):
        super().__init__(*args, **kwargs)
        self.transition = transition
        if transition.needs_note:
            self.fields["note"].required = True
            self.fields["note"].label = transition.note_label
        else:
            del self.fields["note"]
        if transition.needs_time:
            self.fields["at"].required = True
        else:
            del self.fields["at"]


class CorrectionForm(forms.ModelForm):
    class Meta:
        model = Correction
        fields = ["kind", "text", "replied_by"]

    def clean(self):
        data = super().clean()
        if (
            data.get("kind") == Correction.Kind.HAK_JAWAB
            and not (data.get("replied_by") or "").strip()
        ):
            self.add_error("replied_by", _("A right of reply names who replied."))
        return data


class PreviewLinkForm(forms.Form):
    label = forms.CharField(label=_("For"), max_length=120, required=False)
    days = forms.IntegerField(
        label=_("Valid for (days)"), min_value=1, max_value=MAX_DAYS, initial=3
    )


class CompareForm(forms.Form):
    a = forms.IntegerField(min_value=1)
    b = forms.IntegerField(min_value=1)
