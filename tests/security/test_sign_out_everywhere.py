"""A person sees where they are signed in and signs out the other sessions; changing or
resetting the password signs out every other session too."""

import re

from django.core import mail
from django.test import Client
from django.utils import translation

import pytest
from allauth.usersessions.models import UserSession

from portal.demo.seed import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

EMAIL = "trainer@example.org"
NEW_PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def signed_in_browser(user_agent: str, email: str = EMAIL) -> Client:
    browser = Client(HTTP_USER_AGENT=user_agent)
    response = browser.post("/en/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    return browser


def signed_in(browser: Client) -> bool:
    return browser.get("/en/").context["user"].is_authenticated


def test_the_account_menu_links_to_the_sessions_page():
    laptop = signed_in_browser("Laptop browser")
    body = laptop.get("/en/accounts/email/").content.decode()
    assert '<a href="/en/accounts/sessions/">Sessions</a>' in body
    body = laptop.get("/en/accounts/sessions/").content.decode()
    assert 'class="site-header"' in body, "the site's layout"
    assert '<a href="/en/accounts/sessions/" aria-current="page">Sessions</a>' in body


def test_the_sessions_page_lists_each_browser_and_names_this_one():
    laptop = signed_in_browser("Laptop browser")
    signed_in_browser("Phone browser")
    signed_in_browser("Someone else's browser", email="tutor@example.org")
    body = laptop.get("/en/accounts/sessions/").content.decode()
    table = body.split("<table", 1)[1].split("</table>", 1)[0]
    assert "<caption" in table and "2 sessions" in table
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    assert len(rows) == 2
    laptop_row, phone_row = sorted(rows, key=lambda row: "Phone" in row)
    assert "Laptop browser" in laptop_row and "(this session)" in laptop_row
    assert "Phone browser" in phone_row and "(this session)" not in phone_row
    assert "Someone else" not in body
    assert "Sign out the other sessions" in body


def test_signing_out_the_other_sessions():
    laptop = signed_in_browser("Laptop browser")
    phone = signed_in_browser("Phone browser")
    tutor = signed_in_browser("Tutor's browser", email="tutor@example.org")

    response = laptop.post("/en/accounts/sessions/", follow=True)
    assert response.status_code == 200
    assert "1 session" in response.content.decode()

    assert not signed_in(phone)
    assert signed_in(laptop)
    assert signed_in(tutor), "other people's sessions are theirs"
    assert UserSession.objects.filter(user__email=EMAIL).count() == 1


def test_with_one_session_the_page_offers_to_sign_out():
    laptop = signed_in_browser("Laptop browser")
    body = laptop.get("/en/accounts/sessions/").content.decode()
    assert 'action="/en/accounts/logout/"' in body
    assert "Sign out the other sessions" not in body


def test_changing_the_password_signs_out_the_other_sessions():
    laptop = signed_in_browser("Laptop browser")
    phone = signed_in_browser("Phone browser")
    response = laptop.post(
        "/en/accounts/password/change/",
        {"oldpassword": DEMO_PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert signed_in(laptop), "the session that changed it stays signed in"
    assert not signed_in(phone)


def test_resetting_the_password_signs_out_every_session():
    laptop = signed_in_browser("Laptop browser")
    phone = signed_in_browser("Phone browser")

    visitor = Client()
    visitor.post("/en/accounts/password/reset/", {"email": EMAIL})
    link = re.search(r"testserver(/\S+/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    form = visitor.get(link.group(1), follow=True).redirect_chain[-1][0]
    response = visitor.post(form, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302

    assert not signed_in(laptop)
    assert not signed_in(phone)
