"""Reading the practice library: filters, counts, bad input and query counts."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from practices.models import CaseStudyPage, PracticeIndexPage, Theme

pytestmark = pytest.mark.django_db

LIBRARY = "/en/practices/"


def result_titles(response) -> list[str]:
    body = response.content.decode()
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', body)


def test_library_lists_every_case_study_in_its_language(client):
    response = client.get("/fr/pratiques/")
    assert response.status_code == 200
    assert len(result_titles(response)) == 5
    assert "5 fiches pratiques" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "disability-inclusion"}, 2),
        ({"theme": ["social-economy", "basic-skills"]}, 2),
        ({"theme": "disability-inclusion", "country": "FR"}, 2),
        ({"country": "BE"}, 1),
        ({"target": "social-work-educators"}, 1),
        ({"programme": "erasmus-plus"}, 1),
        ({"year_from": "2010", "year_to": "2015"}, 1),
        ({"year_to": "2009"}, 1),
        ({"q": "tutor"}, 1),
        ({"theme": "disability-inclusion", "country": "BE"}, 0),
    ],
)
def test_filters_combine(client, params, expected):
    response = client.get(LIBRARY, params)
    assert response.status_code == 200
    assert len(result_titles(response)) == expected


def test_facets_show_counts_and_keep_the_selection(client):
    body = client.get(LIBRARY, {"country": "FR"}).content.decode()
    assert re.search(r'value="FR"[^>]*checked', body)
    assert re.search(r"Disability and inclusion <span class=\"facet__count\">\(2\)", body)


def test_terms_show_in_the_page_language(client):
    body = client.get(LIBRARY).content.decode()
    assert "Social economy" in body
    assert "Économie sociale et solidaire" not in body


def test_sorting_by_title(client):
    titles = result_titles(client.get(LIBRARY, {"sort": "title"}))
    assert titles == sorted(titles)


def test_recent_first_puts_undated_practices_last(client):
    titles = result_titles(client.get(LIBRARY, {"sort": "recent"}))
    assert titles[0].startswith("Work to Grow")
    assert titles[1].startswith("Raising partner awareness")


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "no-such-theme"},
        {"country": "ZZ"},
        {"year_from": "abc"},
        {"year_from": "2016", "year_to": "2010"},
        {"year_to": "99999"},
        {"page": "7"},
        {"page": "x"},
        {"q": "x" * 300},
        {"sort": "random"},
    ],
)
def test_unusable_parameters_get_a_clear_400(client, params):
    response = client.get(LIBRARY, params)
    assert response.status_code == 400
    assert "These filters cannot be applied" in response.content.decode()


@pytest.mark.parametrize("query", ['"', "a\x00b"])
def test_odd_search_text_never_fails(client, query):
    assert client.get(LIBRARY, {"q": query}).status_code in {200, 400}


def queries(client, url, params=None) -> int:
    client.get(url, params)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


def add_case_studies(count: int, start: int = 0) -> None:
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    themes = list(Theme.objects.filter(locale__language_code="en")[:3])
    for number in range(start, start + count):
        page = CaseStudyPage(title=f"Extra {number}", slug=f"extra-{number}", summary="S.")
        index.add_child(instance=page)
        page.themes.set(themes)
        page.save_revision().publish()


@pytest.mark.parametrize("params", [None, {"theme": "social-economy", "sort": "title"}])
def test_library_query_count_does_not_grow(client, params):
    before = queries(client, LIBRARY, params)
    add_case_studies(6)
    for number in range(4):
        Theme.objects.create(
            name=f"Theme {number}",
            slug=f"theme-{number}",
            locale_id=(Theme.objects.filter(locale__language_code="en").first().locale_id),
        )
    assert queries(client, LIBRARY, params) == before


def test_case_page_query_count_does_not_grow(client):
    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="en")
    url = page.url
    before = queries(client, url)
    for other in CaseStudyPage.objects.filter(locale=page.locale).exclude(pk=page.pk):
        page.related_case_studies.add(other)
    page.themes.set(Theme.objects.filter(locale=page.locale))
    page.save_revision().publish()
    assert queries(client, url) == before
