from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag(takes_context=True)
def module_cells(context, cells) -> SafeString:
    """A trainee's module cells for the cohort table, as ``<td>`` elements.

    A cell depends on its status and score only, so each pair is drawn once per page from
    ``courses/includes/module_cell.html`` and reused: a 200-trainee cohort has thousands
    of cells, and drawing each one took most of the page's time.
    """
    drawn = context.render_context.get("module_cells")
    if drawn is None:
        drawn = context.render_context["module_cells"] = {}
    html = []
    for cell in cells:
        key = (cell.status, cell.score)
        if key not in drawn:
            drawn[key] = render_to_string(
                "courses/includes/module_cell.html", {"status": cell.status, "score": cell.score}
            )
        html.append((drawn[key],))
    # Each piece is a template's escaped (safe) output, so joining escapes nothing twice.
    return format_html_join("", "{}", html)
