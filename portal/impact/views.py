"""The impact report: the page, a CSV download per table, and the same figures as JSON."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.impact.figures import first_year, year_figures
from portal.impact.forms import ImpactFilterForm
from portal.impact.protection import MINIMUM
from portal.impact.report import (
    Table,
    course_titles,
    figure_text,
    impact_tables,
)
from portal.models.impact import READ_PERMISSION
from portal.spreadsheets import csv_download

TABLES = ("courses", "months", "groupings")


def impact_readers_only(view):
    """Signed-in holders of the permission only; others are asked to sign in, or refused."""
    allowed = permission_required(READ_PERMISSION, raise_exception=True)(view)
    return require_safe(never_cache(login_required(allowed)))


def _report(request: HttpRequest):
    """The filter form bound to the query string, the tables if it is valid (else None),
    and the year's figures."""
    today = timezone.localdate()
    years = list(range(today.year, first_year() - 1, -1))
    data = request.GET.copy()
    data.setdefault("year", str(today.year))
    try:
        year = int(data["year"])
    except ValueError:
        year = today.year
    figures = year_figures(year if year in years else today.year)
    titles = course_titles(figures.courses)
    form = ImpactFilterForm(data, years=years, figures=figures, titles=titles)
    if not form.is_valid():
        return form, None, figures
    tables = impact_tables(figures, form.filters(), titles=titles, today=today)
    return form, tables, figures


@impact_readers_only
def impact_report(request: HttpRequest) -> HttpResponse:
    form, tables, figures = _report(request)
    context = {"form": form, "tables": tables, "figures": figures}
    return TemplateResponse(
        request, "portal/impact/report.html", context, status=200 if tables else 400
    )


@impact_readers_only
def impact_csv(request: HttpRequest, table: str) -> HttpResponse:
    if table not in TABLES:
        raise Http404
    form, tables, figures = _report(request)
    if tables is None:
        return JsonResponse({"errors": form.errors}, status=400)
    chosen = next(t for t in tables if t.key == table)
    response, writer = csv_download(f"impact-{figures.year}-{table}.csv")
    writer.writerow([chosen.row_heading, *(column.label for column in chosen.columns)])
    for row in [*chosen.rows, chosen.total]:
        writer.writerow(
            [row.label, *(figure_text(row.figures[c.key], c.kind) for c in chosen.columns)]
        )
    return response


@impact_readers_only
def impact_data(request: HttpRequest) -> JsonResponse:
    form, tables, figures = _report(request)
    if tables is None:
        return JsonResponse({"errors": form.errors}, status=400)
    filters = form.filters()
    return JsonResponse(
        {
            "year": figures.year,
            "computed_at": figures.computed_at.isoformat(),
            "course": str(filters.course) if filters.course else None,
            "grouping": form.cleaned_data["grouping"] or None,
            "minimum_learners": MINIMUM,
            "tables": {table.key: _table_data(table) for table in tables},
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
