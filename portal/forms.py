from dataclasses import dataclass

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from portal.display import SETTINGS


class FormRenderer(TemplatesSetting):
    """Every site form: an error summary at the top and required fields marked in words.

    The templates live in the project's templates/forms/, so the summary, the
    "(required)" marker and the error ids that aria-describedby points to are written once.
    """

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


@dataclass(frozen=True)
class ErrorSummaryItem:
    text: str
    # The id of the element the summary links to; empty when there is none.
    target: str


def _field_target(field: forms.BoundField) -> str:
    # Radio buttons and checkbox lists have no single id: link to their first option.
    if field.id_for_label:
        return field.id_for_label
    subwidgets = field.subwidgets
    return (subwidgets[0].id_for_label or "") if subwidgets else ""


def form_error_summary(form: forms.BaseForm) -> list[ErrorSummaryItem]:
    """The form's errors in the order of its fields, each linked to the field it is about."""
    if not form.is_bound or not form.errors:
        return []
    visible = [field for field in form if not field.is_hidden]
    # An error about the whole form links to its first field, where correcting starts.
    first = _field_target(visible[0]) if visible else ""
    items = [ErrorSummaryItem(str(error), first) for error in form.non_field_errors()]
    for field in form:
        for error in field.errors:
            if field.is_hidden:
                items.append(ErrorSummaryItem(str(error), ""))
                continue
            text = str(error)
            if field.label:
                # Read out of context, each link says which field it is about.
                text = pgettext(
                    "error summary: field label, error message", "%(label)s: %(message)s"
                ) % {"label": field.label, "message": error}
            items.append(ErrorSummaryItem(text, _field_target(field)))
    return items


def form_has_required_fields(form: forms.BaseForm) -> bool:
    """Whether the form shows any required field, so needs the note explaining the marker."""
    return any(field.field.required for field in form if not field.is_hidden)


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


class SearchForm(forms.Form):
    """The search page's box; the view cleans the words and reports a rejected search."""

    q = forms.CharField(
        label=_("Words to look for"),
        required=False,
        widget=forms.SearchInput(attrs={"maxlength": 200}),
    )


class DisplayForm(forms.Form):
    """Each display setting as a group of radio buttons."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, values in SETTINGS.items():
            self.fields[name] = forms.ChoiceField(
                label=FIELD_LABELS[name],
                choices=[(value, CHOICE_LABELS[name][value]) for value in values],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose one option."),
                    "invalid_choice": _("Choose one of the options shown."),
                },
            )
