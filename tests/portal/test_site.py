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
    page = StandardPage.objects.get(slug="donnees-personnelles")
    page.unpublish()
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/fr/", "/fr/a-propos/", "/en/", "/en/about/", "/en/privacy/"):
        assert f"{path}</loc>" in body
    assert "/fr/donnees-personnelles/</loc>" not in body


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_api_v2_endpoints_answer_json(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/")
    assert response.status_code == 200
    assert "items" in response.json()


def test_api_v2_lists_pages_of_each_locale(client):
    response = client.get("/api/v2/pages/", {"type": "portal.HomePage", "fields": "locale"})
    locales = {item["meta"]["locale"] for item in response.json()["items"]}
    assert locales == {"fr", "en"}


def test_api_v2_rejects_bad_parameters_with_400(client):
    assert client.get("/api/v2/pages/", {"limit": "many"}).status_code == 400
    assert client.get("/api/v2/pages/", {"type": "no.Such"}).status_code == 400


def test_search_finds_pages_of_the_current_language_only(client):
    body = client.get("/en/search/", {"q": "tutor"}).content.decode()
    assert 'href="/en/"' in body
    assert 'href="/fr/' not in body.split('class="search-results"')[1]


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
    HomePage.objects.get(locale__language_code="fr")
    body = client.get("/fr/search/", {"q": "alternance"}).content.decode()
    assert 'href="/fr/"' in body
