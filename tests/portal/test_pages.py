"""Every page of the site shell answers in both languages, with the right language tag."""

import re

from django.views.defaults import server_error

from wagtail.models import Locale

import pytest

from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

SHELL_PAGES = {
    "fr": [
        "/fr/",
        "/fr/a-propos/",
        "/fr/accessibilite/",
        "/fr/privacy/",
        "/fr/search/",
        "/fr/search/?q=formation",
        "/fr/accounts/login/",
        "/fr/accounts/signup/",
        "/fr/accounts/password/reset/",
    ],
    "en": [
        "/en/",
        "/en/about/",
        "/en/accessibility/",
        "/en/privacy/",
        "/en/search/",
        "/en/search/?q=training",
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
    ],
}


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("language", "url"), [(lang, url) for lang, urls in SHELL_PAGES.items() for url in urls]
)
def test_shell_page_answers_in_its_language(client, language, url):
    response = client.get(url)
    assert response.status_code == 200
    assert html_lang(response) == language
    body = response.content.decode()
    assert 'href="#main-content"' in body
    assert '<main id="main-content"' in body


@pytest.mark.parametrize(
    ("url", "expected"),
    [("/fr/", "Aller au contenu principal"), ("/en/", "Skip to main content")],
)
def test_interface_strings_are_translated(client, url, expected):
    assert expected in client.get(url).content.decode()


def test_root_redirects_to_a_language(client):
    response = client.get("/", headers={"accept-language": "en"})
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_defaults_to_french(client):
    response = client.get("/")
    assert response["Location"] == "/fr/"


def test_each_locale_has_a_live_home_page():
    codes = set(HomePage.objects.live().values_list("locale__language_code", flat=True))
    assert codes == {"fr", "en"}
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"fr", "en"}


def test_missing_page_is_a_styled_404_in_the_right_language(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert html_lang(response) == "en"
    assert "Page not found" in response.content.decode()
    assert "Page introuvable" in client.get("/fr/pas-de-page/").content.decode()


def test_server_error_page_renders_without_a_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/fr/"))
    assert response.status_code == 500
    body = response.content.decode()
    assert "Une erreur est survenue" in body
    assert "Something went wrong" in body


def test_main_menu_lists_pages_of_the_current_language(client):
    body = client.get("/en/").content.decode()
    assert 'href="/en/about/"' in body
    assert 'href="/fr/a-propos/"' not in body


def test_unpublished_page_is_not_served(client):
    page = StandardPage.objects.get(slug="a-propos")
    page.unpublish()
    assert client.get("/fr/a-propos/").status_code == 404
