"""Bar charts of enrolments and completions, drawn as SVG from a table's rows.

The two series differ by pattern as well as shade (solid, hatched) and every bar carries
its figure as text, so the chart reads without colour; screen readers get its title and
the table beside it, which holds every figure.
"""

from dataclasses import dataclass

from portal.impact.report import Table, figure_text

SERIES = ("enrolments", "completions")
WIDTH = 720
LABEL_WIDTH = 260  # the row labels, right-aligned against the bars
BAR_SPACE = 360
ROW_HEIGHT = 40
TOP = 34  # room for the legend
LABEL_CHARACTERS = 30


def label_shortened(label: str) -> str:
    """The label cut in the middle to fit: the ends tell apart "Course — Lyon 7" and
    "Course — Lille 3"."""
    if len(label) <= LABEL_CHARACTERS:
        return label
    half = (LABEL_CHARACTERS - 1) // 2
    return f"{label[:half].rstrip()}…{label[-half:].lstrip()}"


@dataclass(frozen=True)
class Bar:
    series: str
    y: int
    width: float
    text: str
    text_x: float


@dataclass(frozen=True)
class ChartRow:
    label: str
    short_label: str
    label_y: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    height: int
    label_x: int
    bar_x: int
    rows: tuple[ChartRow, ...]


def bar_chart(table: Table) -> Chart:
    columns = {column.key: column for column in table.columns}
    largest = max(
        (
            row.figures[series].value
            for row in table.chart_rows
            for series in SERIES
            if row.figures[series].shown
        ),
        default=0,
    )
    rows = []
    for index, row in enumerate(table.chart_rows):
        top = TOP + index * ROW_HEIGHT
        bars = []
        for offset, series in enumerate(SERIES):
            figure = row.figures[series]
            width = BAR_SPACE * figure.value / largest if figure.shown and largest else 0
            bars.append(
                Bar(
                    series=series,
                    y=top + 4 + offset * 16,
                    width=round(width, 1),
                    text=figure_text(figure, columns[series].kind),
                    text_x=round(LABEL_WIDTH + width + 6, 1),
                )
            )
        rows.append(
            ChartRow(
                label=row.label,
                short_label=label_shortened(row.label),
                label_y=top + 20,
                bars=tuple(bars),
            )
        )
    return Chart(
        key=table.key,
        height=TOP + len(rows) * ROW_HEIGHT + 8,
        label_x=LABEL_WIDTH - 8,
        bar_x=LABEL_WIDTH,
        rows=tuple(rows),
    )
