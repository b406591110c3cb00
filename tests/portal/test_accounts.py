"""Sign up, log in, log out and password reset, all by e-mail address."""

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

from portal.demo.seed import DEMO_PASSWORD
from portal.roles import TRAINERS

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "un-mot-de-passe-solide-42"


def sign_up(client, email="salome@example.org", password=NEW_PASSWORD, language="fr"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": password, "password2": password},
    )


def test_sign_up_creates_a_trainer_and_logs_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    user = get_user_model().objects.get(email="salome@example.org")
    assert list(user.groups.values_list("name", flat=True)) == [TRAINERS]
    assert client.get("/fr/").context["user"] == user


def test_sign_up_sends_a_verification_email_in_the_page_language(client):
    sign_up(client, language="en")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["salome@example.org"]
    assert "[Passerelles]" in mail.outbox[0].subject
    assert "Please Confirm" in mail.outbox[0].subject


def test_sign_up_with_a_taken_email_explains_and_keeps_the_first_account(client):
    sign_up(client)
    client.logout()
    response = sign_up(client, password="another-password-77")
    assert response.status_code == 200
    assert "déjà" in response.content.decode()
    user = get_user_model().objects.get(email="salome@example.org")
    assert user.check_password(NEW_PASSWORD)


def test_sign_up_with_mismatched_passwords_is_refused(client):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "x@example.org", "password1": NEW_PASSWORD, "password2": "different-123"},
    )
    assert response.status_code == 200
    assert not get_user_model().objects.filter(email="x@example.org").exists()


def test_log_in_by_email_and_log_out(client):
    response = client.post(
        "/en/accounts/login/", {"login": "trainer@example.org", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert client.get("/en/").context["user"].email == "trainer@example.org"
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert not client.get("/en/").context["user"].is_authenticated


def test_log_in_with_a_wrong_password_shows_an_error(client):
    response = client.post(
        "/en/accounts/login/", {"login": "trainer@example.org", "password": "wrong-password"}
    )
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert not response.context["user"].is_authenticated


def test_password_reset_sends_a_link_that_sets_a_new_password(client):
    response = client.post("/en/accounts/password/reset/", {"email": "tutor@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = next(w for w in mail.outbox[0].body.split() if "/accounts/password/reset/key/" in w)
    path = link.split("testserver", 1)[1]
    response = client.get(path, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert get_user_model().objects.get(email="tutor@example.org").check_password(NEW_PASSWORD)


def test_account_pages_use_the_site_layout(client):
    body = client.get("/fr/accounts/login/").content.decode()
    assert 'class="site-header"' in body
    assert '<label for="id_login"' in body
    assert "Passerelles" in body


def test_account_page_needs_login(client):
    response = client.get("/en/accounts/email/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
