from django import template

from portal.impact.charts import bar_chart
from portal.impact.report import Figure, figure_text

register = template.Library()


@register.simple_tag
def impact_figure(figures: dict[str, Figure], column) -> str:
    return figure_text(figures[column.key], column.kind)


@register.simple_tag
def impact_chart(table):
    return bar_chart(table)
