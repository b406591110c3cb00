import csv

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_safe

from wagtail.models import Locale

from practices.export import FIELDS, case_study_records, csv_row
from practices.models import CaseStudyPage


@require_safe
def case_study_permalink(request: HttpRequest, pk: int) -> HttpResponse:
    """A short address for a case study that keeps working when its slug changes."""
    page = CaseStudyPage.objects.live().public().filter(pk=pk).first()
    if page is None:
        raise Http404
    return redirect(page.get_url(request))


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
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="passerelles-case-studies-{locale.language_code}.csv"'
    )
    response.write("\ufeff")  # so spreadsheet programs read the accents right
    writer = csv.writer(response)
    writer.writerow(FIELDS)
    for record in case_study_records(locale=locale, request=request):
        writer.writerow(csv_row(record))
    return response
