from django import forms, template

from portal.forms import form_error_summary as error_summary
from portal.forms import form_has_required_fields

register = template.Library()


@register.inclusion_tag("includes/form_error_summary.html")
def form_error_summary(form: forms.BaseForm | None) -> dict:
    """The list of a form's errors, linked to their fields; nothing when it has none."""
    return {"errors": error_summary(form) if isinstance(form, forms.BaseForm) else []}


@register.filter
def has_required_fields(form: forms.BaseForm) -> bool:
    return form_has_required_fields(form)
