"""The impact report: the page, a CSV download per table, and the same figures as JSON."""

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.impact.figures import YearFigures, first_year, year_figures
from portal.impact.forms import ImpactFilterForm
from portal.impact.protection import MINIMUM
from portal.impact.report import Table, course_titles, figure_text, impact_tables
from portal.models.impact import READ_PERMISSION
from portal.spreadsheets import csv_download
from practices.selectors.reach import ReachRow, case_study_reach

TABLES = ("courses", "months", "groupings")


@dataclass
class Report:
    form: ImpactFilterForm
    figures: YearFigures
    tables: list[Table] | None = None  # None when the filters are malformed
    reach: list[ReachRow] | None = None


def impact_readers_only(view):
    """Signed-in holders of the permission only; others are asked to sign in, or refused."""
    allowed = permission_required(READ_PERMISSION, raise_exception=True)(view)
    return require_safe(never_cache(login_required(allowed)))


def _report(request: HttpRequest) -> Report:
    """The report for the filters in the query string, the current year by default."""
    today = timezone.localdate()
    years = list(range(today.year, first_year() - 1, -1))
    data = request.GET.copy()
    if not data.get("year"):
        data["year"] = str(today.year)
    try:
        year = int(data["year"])
    except ValueError:
        year = today.year
    figures = year_figures(year if year in years else today.year)
    titles = course_titles(figures.courses)
    form = ImpactFilterForm(data, years=years, figures=figures, titles=titles)
    report = Report(form=form, figures=figures)
    if form.is_valid():
        report.tables = impact_tables(figures, form.filters(), titles=titles, today=today)
        report.reach = case_study_reach(
            start=date(figures.year, 1, 1), end=date(figures.year + 1, 1, 1), request=request
        )
    return report


@impact_readers_only
def impact_report(request: HttpRequest) -> HttpResponse:
    report = _report(request)
    return TemplateResponse(
        request,
        "portal/impact/report.html",
        {"report": report, "form": report.form, "figures": report.figures},
        status=200 if report.tables else 400,
    )


@impact_readers_only
def impact_csv(request: HttpRequest, table: str) -> HttpResponse:
    if table not in (*TABLES, "reach"):
        raise Http404
    report = _report(request)
    if report.tables is None:
        return JsonResponse({"errors": report.form.errors}, status=400)
    response, writer = csv_download(f"impact-{report.figures.year}-{table}.csv")
    if table == "reach":
        writer.writerow([_("Case study"), _("Language"), _("Views"), _("PDF downloads")])
        for row in report.reach:
            writer.writerow([row.title, row.language_name, row.views, row.pdf_downloads])
        return response
    chosen = next(t for t in report.tables if t.key == table)
    writer.writerow([chosen.row_heading, *(column.label for column in chosen.columns)])
    for row in [*chosen.rows, chosen.total]:
        writer.writerow(
            [row.label, *(figure_text(row.figures[c.key], c.kind) for c in chosen.columns)]
        )
    return response


@impact_readers_only
def impact_data(request: HttpRequest) -> JsonResponse:
    report = _report(request)
    if report.tables is None:
        return JsonResponse({"errors": report.form.errors}, status=400)
    filters = report.form.filters()
    return JsonResponse(
        {
            "year": report.figures.year,
            "computed_at": report.figures.computed_at.isoformat(),
            "course": str(filters.course) if filters.course else None,
            "grouping": report.form.cleaned_data["grouping"] or None,
            "minimum_learners": MINIMUM,
            "tables": {table.key: _table_data(table) for table in report.tables},
            "reach": [
                {
                    "title": row.title,
                    "url": row.url,
                    "language": row.language_code,
                    "views": row.views,
                    "pdf_downloads": row.pdf_downloads,
                }
                for row in report.reach
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _table_data(table: Table) -> dict:
    def figures_data(row) -> dict:
        found = {}
        for column in table.columns:
            figure = row.figures[column.key]
            found[column.key] = {"value": figure.value}
            if not figure.shown:
                found[column.key]["withheld"] = figure.state
        return {"key": row.key, "label": row.label, "figures": found}

    return {
        "title": table.title,
        "columns": [{"key": c.key, "label": str(c.label), "kind": c.kind} for c in table.columns],
        "rows": [figures_data(row) for row in table.rows],
        "total": figures_data(table.total),
    }
