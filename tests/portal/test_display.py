"""Display settings: chosen without JavaScript, kept in a cookie and on the account, applied
by the server on every page."""

from django.contrib.auth import get_user_model

import pytest

from portal.display import COOKIE, cookie_parse, display_classes

pytestmark = pytest.mark.django_db

CHOICES = {"text": "larger", "spacing": "wide", "contrast": "high"}
CLASSES = 'class="display-text-larger display-spacing-wide display-contrast-high"'


def html_tag(response) -> str:
    content = response.content.decode()
    return content[content.index("<html") : content.index(">", content.index("<html"))]


def test_a_visitor_chooses_and_every_page_follows(client):
    page = client.get("/fr/display/?next=/fr/pratiques/")
    assert page.status_code == 200
    assert 'name="text"' in page.content.decode()
    response = client.post("/fr/display/", {**CHOICES, "next": "/fr/pratiques/"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/pratiques/"
    cookie = response.cookies[COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert CLASSES in html_tag(client.get("/en/"))
    assert CLASSES in html_tag(client.get("/en/missing-page/"))


def test_back_to_normal_removes_every_class(client):
    client.post("/en/display/", CHOICES)
    normal = {"text": "normal", "spacing": "normal", "contrast": "normal"}
    client.post("/en/display/", normal)
    assert "class=" not in html_tag(client.get("/en/"))


def test_a_signed_in_reader_finds_the_choice_in_another_browser(client):
    user = get_user_model().objects.get(email="lea@example.org")
    client.force_login(user)
    client.post("/en/display/", CHOICES)
    user.refresh_from_db()
    assert user.display_preferences == CHOICES
    other_browser = client.__class__()
    other_browser.force_login(user)
    assert CLASSES in html_tag(other_browser.get("/fr/"))


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_the_way_back_stays_on_the_site(client, next_url):
    response = client.post("/en/display/", {**CHOICES, "next": next_url})
    assert response["Location"] == "/en/display/"


def test_an_unknown_choice_is_refused_and_nothing_is_kept(client):
    response = client.post("/en/display/", {**CHOICES, "text": "gigantic"})
    assert response.status_code == 400
    assert COOKIE not in response.cookies
    assert "Text size: Choose one of the options shown." in response.content.decode()


@pytest.mark.parametrize(
    "cookie",
    ["", "text-huge", "text-larger.spacing-wide.contrast-high.extra-1", "%%%", "a" * 5000],
)
def test_a_tampered_cookie_is_read_safely(client, cookie):
    client.cookies[COOKIE] = cookie
    response = client.get("/en/")
    assert response.status_code == 200
    expected = display_classes(cookie_parse(cookie))
    assert expected == (
        "display-text-larger display-spacing-wide display-contrast-high"
        if cookie.startswith("text-larger")
        else ""
    )
