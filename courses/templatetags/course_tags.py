from django import template
from django.utils.translation import get_language

from courses.selectors.learning import courses_drawing_on

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``mapping[key]``, or None: for per-block data such as a learner's saved answers."""
    return mapping.get(key) if mapping else None


@register.inclusion_tag("courses/includes/progress_bar.html")
def progress_bar(outline, prefix: str = "course"):
    """An accessible progress bar for a course, with its value written out as text."""
    return {"outline": outline, "label_id": f"{prefix}-{outline.course.pk}"}


@register.simple_tag
def courses_for_case_study(case_study):
    """The courses built on a case study, for its page (practices do not import courses)."""
    return courses_drawing_on(case_study=case_study)


@register.filter
def text_language(certificate) -> str:
    """The language of the certificate's text shown to this reader (the views ask for
    their language; a course never translated into it is shown as it was taken)."""
    return certificate.text_language(get_language())
