"""Site-wide endpoints: health check, robots.txt, sitemap, API and search."""

from unittest import mock

from django.db import DatabaseError

import pytest

from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_healthz_reports_a_reachable_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_an_unreachable_database(client):
    with mock.patch("portal.views.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_sitemap_lists_live_pages_in_both_languages(client):
    page = StandardPage.objects.get(slug="a-propos")
    page.unpublish()
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/fr/", "/fr/accessibilite/", "/en/", "/en/about/", "/en/accessibility/"):
        assert f"{path}</loc>" in body
    assert "/fr/a-propos/</loc>" not in body


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_api_v2_endpoints_answer_json(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/")
    assert response.status_code == 200
    assert "items" in response.json()


def test_api_v2_lists_pages_of_each_locale(client):
    response = client.get("/api/v2/pages/", {"type": "portal.HomePage", "fields": "locale"})
    locales = {item["meta"]["locale"] for item in response.json()["items"]}
    assert locales == {"fr", "en"}


def search_results(response) -> str:
    body = response.content.decode()
    assert 'class="search-results"' in body
    return body.split('class="search-results"')[1].split("</ol>")[0]


def test_search_finds_pages_of_the_current_language_only(client):
    results = search_results(client.get("/en/search/", {"q": "tutor"}))
    assert 'href="/en/' in results
    assert 'href="/fr/' not in results


def test_search_with_no_match_says_so(client):
    body = client.get("/en/search/", {"q": "xylophone"}).content.decode()
    assert "0 results" in body
    assert "Nothing matches" in body


@pytest.mark.parametrize("page_number", ["999", "abc", "-1"])
def test_search_with_a_bad_page_number_still_answers(client, page_number):
    response = client.get("/en/search/", {"q": "training", "page": page_number})
    assert response.status_code == 200


def test_search_rejects_post(client):
    assert client.post("/en/search/", {"q": "x"}).status_code == 405


def test_search_query_is_escaped(client):
    body = client.get("/en/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in body


def test_home_page_is_searchable_in_french(client):
    results = search_results(client.get("/fr/search/", {"q": "alternance"}))
    assert 'href="/fr/"' in results


@pytest.mark.parametrize("query", ['"', 'a"', "a\x00b", "x" * 5000, "*", "-", "()"])
def test_search_never_fails_on_odd_queries(client, query):
    response = client.get("/fr/search/", {"q": query})
    assert response.status_code in {200, 400}
    if response.status_code == 400:
        assert "pas pu être comprise" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"search_operator": "xx"},
        {"search": "a\x00b"},
        {"limit": "many"},
        {"offset": "-3"},
        {"type": "no.Such"},
        {"order": "nonsense"},
    ],
)
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_api_rejects_bad_parameters_with_a_json_400(client, endpoint, params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 400
    assert "message" in response.json()


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("search", ['"', 'a"', "*", "()"])
def test_api_search_never_fails_on_odd_text(client, endpoint, search):
    assert client.get(f"/api/v2/{endpoint}/", {"search": search}).status_code in {200, 400}


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/99999/",
        "/api/v2/images/99999/",
        "/api/v2/pages/?locale=zz",
        "/api/v2/pages/find/?html_path=/nowhere/",
    ],
)
def test_api_not_found_is_a_json_404_not_a_redirect(client, url):
    response = client.get(url)
    assert response.status_code in {400, 404}
    assert response["Content-Type"] == "application/json"


def test_api_page_listing_query_count_does_not_grow(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/api/v2/pages/", {"fields": "locale"}).status_code == 200
        return len(captured)

    home = HomePage.objects.get(locale__language_code="fr")
    count()  # warm the site root paths Wagtail keeps in the cache
    before = count()
    for number in range(8):
        home.add_child(instance=StandardPage(title=f"Page {number}", slug=f"p-{number}"))
    assert count() == before


def test_healthz_answers_head_requests(client):
    assert client.head("/healthz").status_code == 200
