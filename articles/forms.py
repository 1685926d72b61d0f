"""Reader-facing search forms: one query box and a date range, shared by
article search (/cari/) and quote search (/kutipan/)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from articles import search


class QueryDateRangeForm(forms.Form):
    """Any input is cleaned into a bounded query; a reversed range is an error."""

    dari = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sampai = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        data["q"] = search.normalise_query(data.get("q"))
        if data.get("dari") and data.get("sampai") and data["dari"] > data["sampai"]:
            self.add_error("sampai", _("The end date is before the start date."))
        return data
