"""Comparing two to four case studies side by side."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def pks(code="en", count=2):
    pages = CaseStudyPage.objects.filter(locale__language_code=code).order_by("title")
    return [page.pk for page in pages[:count]]


def test_compare_two_case_studies(client):
    drop_out = CaseStudyPage.objects.get(slug="preventing-training-drop-out-aquitaine")
    work = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="en")
    response = client.get("/en/compare/", {"cs": [drop_out.pk, work.pk]})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<caption" in html and 'scope="row"' in html
    assert drop_out.title in html and work.title in html
    assert "353" in html and "36" in html
    assert "Preventing drop-out" in html  # terms in the reader's language


def test_library_offers_the_comparison(client):
    html = client.get("/en/practices/").content.decode()
    assert 'action="/en/compare/"' in html
    assert 'name="cs"' in html


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"cs": "1"},
        {"cs": ["abc", "2"]},
        {"cs": ["999998", "999999"]},
    ],
)
def test_bad_selection_is_a_clear_400(client, params):
    response = client.get("/en/compare/", params)
    assert response.status_code == 400
    assert "Choose between 2 and 4" in response.content.decode()


def test_more_than_four_is_refused(client):
    assert client.get("/en/compare/", {"cs": pks(count=5)}).status_code == 400


def test_pages_of_another_language_are_refused(client):
    assert client.get("/en/compare/", {"cs": pks(code="fr")}).status_code == 400


def test_query_count_is_bounded(client):
    def count(ids):
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/compare/", {"cs": ids}).status_code == 200
        return len(captured)

    two, four = count(pks(count=2)), count(pks(count=4))
    # Terms are looked up per column, and at most four columns exist.
    assert four - two <= 2 * 3
