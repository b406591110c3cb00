"""The tables of an impact report: rows of figures for the filters a reader chose.

Every figure is one cell of the year's protected cube (``portal.impact.figures``), so the
page, its CSV downloads and the API show the same numbers and withhold the same cells.
"""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID

from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.models import Locale

from courses.models import CoursePage
from portal.impact.figures import NO_COHORT, YearFigures
from portal.impact.protection import ALL

CHART_ROWS = 15  # the longest chart; the table beside it lists every row


class State(StrEnum):
    SHOWN = "shown"
    UNDER_FIVE = "under_five"  # fewer than five learners
    PROTECTIVE = "protective"  # five or more, withheld so a total cannot reveal a smaller one
    NOT_SHOWN = "not_shown"  # a rate or median whose figures are withheld


@dataclass(frozen=True)
class Figure:
    state: State
    value: int | float | None = None

    @property
    def shown(self) -> bool:
        return self.state is State.SHOWN


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str  # "count", "rate" or "days"


LEARNER_COLUMNS = (
    Column("enrolments", _("Enrolments"), "count"),
    Column("completion_rate", _("Completion rate"), "rate"),
    Column("completions", _("Completions"), "count"),
    Column("median_days", _("Median days to complete"), "days"),
    Column("quiz_pass_rate", _("Quiz pass rate"), "rate"),
    Column("certificates_issued", _("Certificates issued"), "count"),
    Column("certificates_revoked", _("Certificates revoked"), "count"),
)
RISK_COLUMNS = (
    Column("risk_resolved", _("At-risk episodes resolved"), "count"),
    Column("risk_dropped", _("At-risk episodes ended in drop-out"), "count"),
)


@dataclass(frozen=True)
class Filters:
    year: int
    course: UUID | None = None  # None: every course
    grouping: object = ALL  # a grouping name, "" (unnamed), NO_COHORT, or ALL


@dataclass
class Row:
    key: str
    label: str
    figures: dict[str, Figure]


@dataclass
class Table:
    key: str
    title: str
    row_heading: str
    columns: tuple[Column, ...]
    rows: list[Row]
    total: Row
    # At-risk episodes are left out: they belong to a cohort, and one course is chosen.
    risk_left_out: bool = False
    chart_rows: list[Row] = field(default_factory=list)


class Reader:
    """Figures of cells, as shown: withheld ones say why."""

    def __init__(self, figures: YearFigures):
        self.figures = figures

    def count(self, measure: str, cell: tuple) -> Figure:
        value = self.figures.published[measure].get(cell)
        if value is not None:
            return Figure(State.SHOWN, value)
        if cell in self.figures.protective[measure]:
            return Figure(State.PROTECTIVE)
        return Figure(State.UNDER_FIVE)

    def rate(self, numerator: str, denominator: str, cell: tuple) -> Figure:
        top, bottom = self.count(numerator, cell), self.count(denominator, cell)
        if not (top.shown and bottom.shown):
            return Figure(State.NOT_SHOWN)
        return Figure(State.SHOWN, top.value / bottom.value)

    def learner_figures(self, cell: tuple) -> dict[str, Figure]:
        median = self.figures.median_days.get(cell)
        return {
            "enrolments": self.count("enrolments", cell),
            "completion_rate": self.rate("enrolments_completed", "enrolments", cell),
            "completions": self.count("completions", cell),
            "median_days": Figure(State.SHOWN, median)
            if median is not None
            else Figure(State.NOT_SHOWN),
            "quiz_pass_rate": self.rate("quiz_passers", "quiz_takers", cell),
            "certificates_issued": self.count("certificates_issued", cell),
            "certificates_revoked": self.count("certificates_revoked", cell),
        }

    def risk_figures(self, cell: tuple) -> dict[str, Figure]:
        return {
            "risk_resolved": self.count("risk_resolved", cell),
            "risk_dropped": self.count("risk_dropped", cell),
        }


def grouping_label(grouping) -> str:
    if grouping is NO_COHORT:
        return str(_("Not in a cohort"))
    if grouping == "":
        return str(_("Cohorts with no region or organisation"))
    return grouping


def course_titles(keys: list[UUID]) -> dict[UUID, str]:
    """Each course's title in the current language, else in another, in one query."""
    active = Locale.get_active().pk
    titles = {}
    for key, title, locale_id in CoursePage.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "title", "locale_id"
    ):
        if locale_id == active or key not in titles:
            titles[key] = title
    return {key: titles.get(key) or str(_("A course since removed")) for key in keys}


def months_shown(figures: YearFigures, today: date) -> list[int]:
    """The months of the year, up to this one for the current year."""
    if figures.year == today.year:
        return [m for m in figures.months if m <= today.month]
    return [] if figures.year > today.year else figures.months


def impact_tables(
    figures: YearFigures, filters: Filters, *, titles: dict[UUID, str], today: date
) -> list[Table]:
    """The tables by course, by month and by grouping, for ``filters``; ``titles`` are
    those of ``course_titles``."""
    reader = Reader(figures)
    course = filters.course or ALL
    grouping = filters.grouping
    # At-risk episodes belong to a cohort, not a course.
    with_risk = course is ALL

    def figures_of(course_value, grouping_value, month) -> dict[str, Figure]:
        found = reader.learner_figures((course_value, grouping_value, month))
        if with_risk:
            found |= reader.risk_figures((grouping_value, month))
        return found

    columns = LEARNER_COLUMNS + (RISK_COLUMNS if with_risk else ())
    total = Row("total", str(_("Total")), figures_of(course, grouping, ALL))

    course_keys = [filters.course] if filters.course else figures.courses
    by_course = sorted(
        (
            Row(str(key), titles[key], reader.learner_figures((key, grouping, ALL)))
            for key in course_keys
        ),
        key=lambda row: row.label.casefold(),
    )
    by_month = [
        Row(
            f"{figures.year}-{month:02d}",
            formats.date_format(date(figures.year, month, 1), "YEAR_MONTH_FORMAT"),
            figures_of(course, grouping, month),
        )
        for month in months_shown(figures, today)
    ]
    groupings = [grouping] if grouping is not ALL else figures.groupings
    by_grouping = [
        Row(grouping_key(value), grouping_label(value), figures_of(course, value, ALL))
        for value in groupings
    ]
    tables = [
        Table(
            "courses",
            str(_("By course")),
            str(_("Course")),
            LEARNER_COLUMNS,
            by_course,
            Row("total", str(_("Total")), reader.learner_figures((course, grouping, ALL))),
        ),
        Table(
            "months",
            str(_("By month")),
            str(_("Month")),
            columns,
            by_month,
            total,
            risk_left_out=not with_risk,
        ),
        Table(
            "groupings",
            str(_("By region or organisation")),
            str(pgettext_lazy("impact table heading", "Region or organisation")),
            columns,
            by_grouping,
            total,
            risk_left_out=not with_risk,
        ),
    ]
    for table in tables:
        table.chart_rows = chart_rows(table)
    return tables


def chart_rows(table: Table) -> list[Row]:
    """The rows a chart draws: months in order, others the largest enrolments first."""
    if table.key == "months":
        return table.rows
    shown = [row for row in table.rows if row.figures["enrolments"].shown]
    shown.sort(key=lambda row: -row.figures["enrolments"].value)
    return shown[:CHART_ROWS]


def grouping_key(grouping) -> str:
    """The grouping as it is written in a link's query string."""
    if grouping is NO_COHORT:
        return "__none__"
    if grouping == "":
        return "__unnamed__"
    return grouping


def grouping_from_key(key: str):
    return {"__none__": NO_COHORT, "__unnamed__": ""}.get(key, key)


def figure_text(figure: Figure, kind: str) -> str:
    """A figure as it is written in the page and the CSV downloads."""
    if figure.state is State.UNDER_FIVE:
        return "< 5"
    if figure.state is State.PROTECTIVE:
        return str(_("withheld"))
    if figure.state is State.NOT_SHOWN:
        return "—"
    if kind == "rate":
        percent = formats.number_format(round(figure.value * 100), use_l10n=True)
        return str(_("%(percent)s%%") % {"percent": percent})
    if kind == "days":
        return formats.number_format(round(figure.value, 1), 1, use_l10n=True)
    return formats.number_format(figure.value, use_l10n=True, force_grouping=True)
