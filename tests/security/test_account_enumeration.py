"""The account pages never tell whether an address has an account.

Sign-up, log-in and password reset answer a known address exactly as an unknown one:
same status, same address to go to, same words on the page. Only the mailbox learns
the difference, and only its owner reads it.
"""

import re

from django.conf import settings
from django.core import mail
from django.test import override_settings
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from portal.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "un-mot-de-passe-solide-42"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def visible_text(response, typed_email: str) -> str:
    """What the page's main part says, with the address the visitor typed blanked out."""
    main = BeautifulSoup(response.content, "html.parser").find("main")
    for hidden in main.find_all("input", type="hidden"):
        hidden.decompose()
    text = " ".join(main.get_text(" ").split())
    return text.replace(typed_email, "<typed>") + repr(
        [field.get("value") for field in main.find_all("input") if field.get("value")]
    ).replace(typed_email, "<typed>")


def answer(client, method: str, path: str, data: dict, typed_email: str) -> tuple:
    """Status, where it sends the visitor, and the words of the page they land on."""
    response = getattr(client, method)(path, data)
    location = response.get("Location")
    landing = client.get(location) if location else response
    return response.status_code, location, visible_text(landing, typed_email)


def test_enumeration_prevention_is_on():
    assert settings.ACCOUNT_PREVENT_ENUMERATION is True


@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_sign_up_with_a_taken_address_answers_like_a_new_one(client):
    def sign_up(email):
        data = {"email": email, "password1": PASSWORD, "password2": PASSWORD}
        return answer(client, "post", "/en/accounts/signup/", data, email)

    new = sign_up("newcomer@example.org")
    taken = sign_up("tutor@example.org")

    assert new == taken
    status, location, text = taken
    assert (status, location) == (302, "/en/accounts/confirm-email/")
    assert "verification" in text.lower()

    assert User.objects.filter(email="tutor@example.org").count() == 1
    assert User.objects.get(email="tutor@example.org").check_password(PASSWORD) is False
    to_newcomer, to_owner = mail.outbox
    assert to_newcomer.to == ["newcomer@example.org"]
    assert "Confirm" in to_newcomer.subject
    assert to_owner.to == ["tutor@example.org"]
    assert "Account Already Exists" in to_owner.subject
    assert "someone else tried to signup" in to_owner.body


def test_log_in_with_an_unknown_address_answers_like_a_wrong_password(client):
    def log_in(email):
        data = {"login": email, "password": "not-the-password"}
        return answer(client, "post", "/en/accounts/login/", data, email)

    unknown = log_in("nobody@example.org")
    wrong_password = log_in("trainer@example.org")

    assert unknown == wrong_password
    status, _location, text = unknown
    assert status == 200
    assert "The email address and/or password you specified are not correct." in text


def test_password_reset_for_an_unknown_address_answers_like_a_known_one(client):
    def reset(email):
        return answer(client, "post", "/en/accounts/password/reset/", {"email": email}, email)

    unknown = reset("nobody@example.org")
    known = reset("trainer@example.org")

    assert unknown == known
    status, location, text = known
    assert (status, location) == (302, "/en/accounts/password/reset/done/")
    assert "sent you an email" in text
    # Each mailbox is told what concerns it: a link for the account, nothing to reset else.
    to_nobody, to_trainer = mail.outbox
    assert to_nobody.to == ["nobody@example.org"]
    assert "/accounts/password/reset/key/" not in to_nobody.body
    assert re.search(r"/accounts/password/reset/key/\S+", to_trainer.body)
