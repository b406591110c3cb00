"""Passwords: twelve characters at least, and not common, all digits or like the address.

allauth checks them with Django's validators wherever a password is chosen (sign-up,
change, reset); here on sign-up and change.
"""

from django.conf import settings
from django.utils import translation

import pytest

from portal.demo.seed import DEMO_PASSWORD
from portal.models import User

pytestmark = pytest.mark.django_db

PASSPHRASE = "trois mots au hasard"
WEAK = [
    ("short-pass1", "This password is too short. It must contain at least 12 characters."),
    ("password1234", "This password is too common."),
    ("739102846153", "This password is entirely numeric."),
    ("camille.durand", "The password is too similar to the email address."),
]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_the_minimum_is_twelve_characters():
    validators = {v["NAME"].rsplit(".", 1)[1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"] == {"min_length": 12}
    assert {
        "UserAttributeSimilarityValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    } <= set(validators)
    assert len(DEMO_PASSWORD) >= 12


def sign_up(client, password, email="camille.durand@example.org"):
    return client.post(
        "/en/accounts/signup/",
        {"email": email, "password1": password, "password2": password},
    )


@pytest.mark.parametrize(("password", "message"), WEAK)
def test_sign_up_refuses_a_weak_password_and_says_why(client, password, message):
    response = sign_up(client, password)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(email="camille.durand@example.org").exists()


def test_sign_up_says_how_long_a_password_must_be(client):
    body = client.get("/en/accounts/signup/").content.decode()
    assert "Your password must contain at least 12 characters." in body


def test_sign_up_accepts_a_passphrase(client):
    assert sign_up(client, PASSPHRASE).status_code == 302
    assert User.objects.get(email="camille.durand@example.org").check_password(PASSPHRASE)


def change_password(client, password):
    return client.post(
        "/en/accounts/password/change/",
        {"oldpassword": DEMO_PASSWORD, "password1": password, "password2": password},
    )


@pytest.mark.parametrize(("password", "message"), WEAK[:3])
def test_password_change_refuses_a_weak_password_and_says_why(client, password, message):
    client.post("/en/accounts/login/", {"login": "trainer@example.org", "password": DEMO_PASSWORD})
    response = change_password(client, password)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.get(email="trainer@example.org").check_password(DEMO_PASSWORD)


def test_password_change_refuses_one_like_the_address(client):
    client.post("/en/accounts/login/", {"login": "trainer@example.org", "password": DEMO_PASSWORD})
    response = change_password(client, "trainer-example")
    assert "The password is too similar to the email address." in response.content.decode()


def test_password_change_accepts_a_passphrase(client):
    client.post("/en/accounts/login/", {"login": "trainer@example.org", "password": DEMO_PASSWORD})
    assert change_password(client, PASSPHRASE).status_code == 302
    assert User.objects.get(email="trainer@example.org").check_password(PASSPHRASE)
