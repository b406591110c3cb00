"""Citing and reusing case studies: permalink, cite box, CSV, JSON and the API."""

import csv
import io

import pytest
from pypdf import PdfReader

from practices.export import FIELDS
from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def case_study(slug="work-to-grow", code="en"):
    return CaseStudyPage.objects.get(slug=slug, locale__language_code=code)


def test_permalink_survives_a_slug_change(client):
    page = case_study()
    permalink = page.permalink_path
    assert permalink == f"/en/p/{page.pk}/"
    page.slug = "work-to-grow-2014-2016"
    page.save_revision().publish()
    response = client.get(permalink)
    assert response.status_code == 302
    assert response["Location"] == "/en/practices/work-to-grow-2014-2016/"


@pytest.mark.parametrize("path", ["/en/p/999999/", "/en/p/abc/"])
def test_unknown_permalink_is_404(client, path):
    assert client.get(path).status_code == 404


def test_unpublished_case_study_has_no_permalink(client):
    page = case_study()
    page.unpublish()
    assert client.get(page.permalink_path).status_code == 404


def test_cite_box(client):
    page = case_study()
    html = client.get(page.url).content.decode()
    citation = html.split('class="cite__text">')[1].split("</p>")[0]
    assert "Association Relience. (2016)." in citation
    assert f"http://testserver/en/p/{page.pk}/" in citation
    assert "consulted on" in citation


def test_json_catalogue_has_every_structured_field(client):
    response = client.get("/en/data/case-studies.json")
    assert response.status_code == 200
    data = response.json()
    assert data["fields"] == FIELDS
    records = {record["title"]: record for record in data["case_studies"]}
    assert len(records) == 5
    drop_out = records["Preventing training drop-out in Aquitaine"]
    assert {
        "value": 353.0,
        "unit": "",
        "label": "trainees who filled in the securing check-list",
    } in drop_out["key_figures"]
    assert drop_out["themes"] == ["Local partnerships", "Preventing drop-out"] or set(
        drop_out["themes"]
    ) == {"Local partnerships", "Preventing drop-out"}
    assert drop_out["language"] == "en"
    work = next(r for r in records.values() if r["title"].startswith("Work to Grow"))
    assert (work["start_date"], work["end_date"]) == ("2014-09-01", "2016-08-31")
    assert sorted(work["countries"]) == ["FR", "GB", "RO", "SE"]


def test_csv_catalogue_per_language(client):
    response = client.get("/fr/data/case-studies.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == FIELDS
    assert len(rows) == 6
    sqhm = next(row for row in rows if "SQHM" in row[FIELDS.index("title")])
    assert sqhm[FIELDS.index("reference")] == "ECDB FR-2001-NAT-10359"
    assert sqhm[FIELDS.index("language")] == "fr"


def test_catalogue_query_count_does_not_grow(client, django_assert_max_num_queries, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0  # what building the catalogue costs

    def count():
        with CaptureQueriesContext(connection) as captured:
            client.get("/en/data/case-studies.json")
        return len(captured)

    count()  # warm the site root paths Wagtail keeps in the cache
    before = count()
    index = case_study().get_parent()
    for number in range(5):
        page = CaseStudyPage(title=f"Extra {number}", slug=f"extra-{number}", summary="S.")
        index.add_child(instance=page)
        page.save_revision().publish()
    assert count() == before


def test_api_gives_case_studies_with_their_structured_fields(client):
    page = case_study("preventing-training-drop-out-aquitaine")
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["locale"] == "en"
    assert {
        "value": "353.00",
        "unit": "",
        "label": "trainees who filled in the securing check-list",
    } in [
        {key: figure[key] for key in ("value", "unit", "label")} for figure in data["key_figures"]
    ]
    assert {t["name"] for t in data["taxonomy"]["themes"]} == {
        "Local partnerships",
        "Preventing drop-out",
    }
    assert {p["name"] for p in data["partners"]} >= {"INSUP", "MPS Artigues"}
    assert data["places"][0]["country"] == "FR"


def test_api_lists_case_studies_by_type_and_locale(client):
    response = client.get(
        "/api/v2/pages/",
        {"type": "practices.CaseStudyPage", "locale": "fr", "fields": "reference"},
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 5
    assert "ECDB FR-2001-NAT-10359" in {item["reference"] for item in items}


def test_pdf_download(client):
    page = case_study()
    html = client.get(page.url).content.decode()
    assert f'href="/en/p/{page.pk}/pdf/"' in html
    response = client.get(f"/en/p/{page.pk}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="work-to-grow.pdf"'
    assert response.content.startswith(b"%PDF-")
    assert len(response.content) > 10_000
    # Tagged, in the page's language, so that screen readers can follow its structure.
    root = PdfReader(io.BytesIO(response.content)).trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "en"


def test_pdf_of_unknown_or_unpublished_case_study_is_404(client):
    page = case_study()
    page.unpublish()
    assert client.get(f"/en/p/{page.pk}/pdf/").status_code == 404
    assert client.get("/en/p/999999/pdf/").status_code == 404


def test_pdf_rendering_never_fetches_from_the_network():
    from weasyprint.urls import URLFetchingError

    from portal.pdf import StaticFilesFetcher

    fetcher = StaticFilesFetcher()
    assert fetcher.fetch("http://testserver/static/css/site.css").status == 200
    for url in (
        "http://example.org/x.css",
        "file:///etc/passwd",
        "http://testserver/admin/",
        "http://testserver/static/../../../../etc/passwd",
        "http://testserver/static/css/../../../../../etc/passwd",
    ):
        with pytest.raises(URLFetchingError):
            fetcher.fetch(url)
