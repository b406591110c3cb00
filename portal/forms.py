from django import forms
from django.utils.translation import gettext_lazy as _

from portal.display import SETTINGS

CHOICE_LABELS = {
    "text": {"normal": _("Normal"), "large": _("Large"), "larger": _("Very large")},
    "spacing": {"normal": _("Normal"), "wide": _("Wide")},
    "contrast": {"normal": _("Normal"), "high": _("High")},
}
FIELD_LABELS = {
    "text": _("Text size"),
    "spacing": _("Spacing between lines, words and letters"),
    "contrast": _("Contrast"),
}


class DisplayForm(forms.Form):
    """Each display setting as a group of radio buttons."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, values in SETTINGS.items():
            self.fields[name] = forms.ChoiceField(
                label=FIELD_LABELS[name],
                choices=[(value, CHOICE_LABELS[name][value]) for value in values],
                widget=forms.RadioSelect,
            )
