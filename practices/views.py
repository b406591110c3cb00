from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from wagtail.models import Locale

from portal.spreadsheets import csv_download
from practices.export import FIELDS, case_study_records, csv_row
from practices.models import CaseStudyPage
from practices.pdf import case_study_pdf_bytes
from practices.selectors import case_studies_with_facts, case_study_facts
from practices.services.reach import (
    case_study_pdf_download_count,
    case_study_reach_follow,
    reach_countable,
)


@require_safe
def case_study_permalink(request: HttpRequest, pk: int) -> HttpResponse:
    """A short address for a case study that keeps working when its slug changes."""
    page = CaseStudyPage.objects.live().public().filter(pk=pk).first()
    if page is None:
        raise Http404
    return redirect(page.get_url(request))


@require_safe
def case_study_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The case study as a PDF file, for printing, archiving or attaching to a brief."""
    page = CaseStudyPage.objects.live().public().filter(pk=pk).first()
    if page is None:
        raise Http404
    response = HttpResponse(case_study_pdf_bytes(page=page, request=request))
    response["Content-Type"] = "application/pdf"
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.pdf"'
    case_study_reach_follow(response=response, page=page, counter="pdf_downloads")
    if reach_countable(request=request, response=response):
        case_study_pdf_download_count(page=page)
    return response


@require_safe
def catalogue_json(request: HttpRequest) -> JsonResponse:
    """The catalogue of the current language as JSON."""
    records = case_study_records(locale=Locale.get_active(), request=request)
    response = JsonResponse({"fields": FIELDS, "case_studies": records})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def catalogue_csv(request: HttpRequest) -> HttpResponse:
    """The catalogue of the current language as CSV (UTF-8 with a byte-order mark)."""
    locale = Locale.get_active()
    # Titles and names are typed by editors: the writer keeps them from being formulas.
    response, writer = csv_download(f"passerelles-case-studies-{locale.language_code}.csv")
    writer.writerow(FIELDS)
    for record in case_study_records(locale=locale, request=request):
        writer.writerow(csv_row(record))
    return response


COMPARE_MIN, COMPARE_MAX = 2, 4
# Page ids are 32-bit integers: a larger number names no page.
MAX_PAGE_ID = 2**31 - 1


def _page_id(value: str) -> int | None:
    """The page id ``value`` holds, or None when it is not one."""
    # ASCII only: str.isdigit() also accepts "²", which int() refuses. A number past any
    # id would overflow SQLite's integers rather than find nothing.
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(MAX_PAGE_ID)):
        return None
    number = int(value)
    return number if number <= MAX_PAGE_ID else None


@require_safe
def case_studies_compare(request: HttpRequest) -> HttpResponse:
    """Two to four case studies of the current language side by side, facts and figures."""
    locale = Locale.get_active()
    ids = [_page_id(value) for value in request.GET.getlist("cs")]
    unique_ids = list(dict.fromkeys(ids))
    pages = []
    if None not in ids and COMPARE_MIN <= len(unique_ids) <= COMPARE_MAX:
        found = {
            page.pk: page
            for page in case_studies_with_facts(
                CaseStudyPage.objects.live().public().filter(locale=locale, pk__in=unique_ids)
            )
        }
        pages = [found[pk] for pk in unique_ids if pk in found]
    if not pages or len(pages) != len(unique_ids):
        context = {"error": True, "minimum": COMPARE_MIN, "maximum": COMPARE_MAX}
        return render(request, "practices/compare.html", context, status=400)
    columns = [
        {"page": page, **case_study_facts(page=page, locale=locale, with_related=False)}
        for page in pages
    ]
    return render(request, "practices/compare.html", {"columns": columns})
