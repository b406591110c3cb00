from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``mapping[key]``, or None: for per-block data such as a learner's saved answers."""
    return mapping.get(key) if mapping else None


@register.inclusion_tag("courses/includes/progress_bar.html")
def progress_bar(outline, prefix: str = "course"):
    """An accessible progress bar for a course, with its value written out as text."""
    return {"outline": outline, "label_id": f"{prefix}-{outline.course.pk}"}
