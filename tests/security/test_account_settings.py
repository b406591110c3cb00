"""The account policy each environment runs with, and e-mail verification before log-in.

Production and development settings are read in a fresh interpreter: importing them here
would change the settings this test run shares (they extend the same base module).
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from django.core import mail
from django.test import override_settings
from django.utils import translation

import pytest

from portal.models import User

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "un-mot-de-passe-solide-42"
POLICY = [
    "ACCOUNT_EMAIL_VERIFICATION",
    "ACCOUNT_PREVENT_ENUMERATION",
    "ACCOUNT_RATE_LIMITS",
    "STAFF_MFA_REQUIRED",
    "STAFF_SESSION_IDLE_SECONDS",
    "WAGTAIL_PASSWORD_RESET_ENABLED",
    "INSTALLED_APPS",
    "MIDDLEWARE",
]


def settings_of(module: str) -> dict:
    """The account policy of a settings module, read with no deploy variables but the two
    production cannot start without."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("ACCOUNT_", "STAFF_", "DJANGO_"))
    }
    environment.update(
        SECRET_KEY="x" * 50, WAGTAILADMIN_BASE_URL="https://passerelles.example.org"
    )
    script = (
        "import importlib, json, sys; "
        f"s = importlib.import_module({module!r}); "
        f"print(json.dumps({{n: getattr(s, n) for n in {POLICY!r}}}))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and settings
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)


def test_production_requires_verification_and_staff_2fa():
    production = settings_of("portal.settings.production")
    assert production["ACCOUNT_EMAIL_VERIFICATION"] == "mandatory"
    assert production["STAFF_MFA_REQUIRED"] is True
    assert production["STAFF_SESSION_IDLE_SECONDS"] == 30 * 60
    assert production["ACCOUNT_PREVENT_ENUMERATION"] is True
    assert production["ACCOUNT_RATE_LIMITS"]["login_failed"] == "10/m/ip,5/5m/key"
    assert production["WAGTAIL_PASSWORD_RESET_ENABLED"] is False
    assert "allauth.usersessions" in production["INSTALLED_APPS"]
    assert "portal.accounts.StaffAccountMiddleware" in production["MIDDLEWARE"]


def test_the_demo_lets_staff_in_without_an_authenticator():
    development = settings_of("portal.settings.dev")
    assert development["STAFF_MFA_REQUIRED"] is False
    assert development["ACCOUNT_EMAIL_VERIFICATION"] == "optional"


@pytest.mark.django_db
@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_an_unverified_account_cannot_log_in_until_it_verifies(client):
    with translation.override("en"):
        response = client.post(
            "/en/accounts/signup/",
            {"email": "salome@example.org", "password1": PASSWORD, "password2": PASSWORD},
        )
        assert response["Location"] == "/en/accounts/confirm-email/"
        assert not client.get("/en/").context["user"].is_authenticated

        log_in = {"login": "salome@example.org", "password": PASSWORD}
        response = client.post("/en/accounts/login/", log_in)
        assert response["Location"] == "/en/accounts/confirm-email/"
        assert not client.get("/en/").context["user"].is_authenticated
        assert not User.objects.get(email="salome@example.org").last_login

        link = re.search(
            r"https?://testserver(/\S+/accounts/confirm-email/\S+)", mail.outbox[-1].body
        )
        response = client.post(link.group(1))
        assert response.status_code == 302
        response = client.post("/en/accounts/login/", log_in)
        assert response["Location"] == "/en/"
        assert client.get("/en/").context["user"].email == "salome@example.org"
