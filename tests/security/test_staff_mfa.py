"""Staff (everyone who can reach the Wagtail admin) need two-factor authentication there.

With STAFF_MFA_REQUIRED, a staff member without an authenticator app is sent from every
admin address to the 2FA page; one with an app must have used it in this session. The
public site, logging out and other roles are untouched; the admin's own log-in form is
closed, so it cannot skip the two-factor step.
"""

import time
from urllib.parse import urlsplit

from django.contrib.messages import get_messages
from django.core import mail
from django.test import override_settings
from django.urls import URLResolver
from django.utils import translation

from wagtail.admin import urls as wagtailadmin_urls

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)

from portal.demo.seed import DEMO_PASSWORD
from portal.models import User
from tests.portal.test_mfa import activate_totp

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff_mfa_required")]

STAFF = ["editor@example.org", "moderator@example.org", "admin@example.org"]
NOT_STAFF = ["trainer@example.org", "tutor@example.org", "ministry@example.org"]
MFA_SETUP = "/en/accounts/2fa/"


@pytest.fixture
def staff_mfa_required():
    with override_settings(STAFF_MFA_REQUIRED=True):
        yield


def totp_code(secret: str, periods_ahead: int = 0) -> str:
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD + periods_ahead
    return format_hotp_value(hotp_value(secret, counter))


def log_in(client, email: str):
    return client.post(
        "/en/accounts/login/",
        {"login": email, "password": DEMO_PASSWORD},
        HTTP_ACCEPT_LANGUAGE="en",
    )


def log_in_with_code(client, email: str, secret: str) -> None:
    """Log in through the two-factor step, as the login page asks."""
    assert log_in(client, email)["Location"] == "/en/accounts/2fa/authenticate/"
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/en/").context["user"].email == email


def give_totp(email: str) -> str:
    secret = generate_totp_secret()
    TOTP.activate(User.objects.get(email=email), secret)
    return secret


def admin_paths() -> list[str]:
    """Every admin address that takes no argument, read from Wagtail's URL configuration."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = str(pattern.pattern).replace("^", "").replace("$", "")
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + route)
            elif not any(mark in route for mark in "<(*\\"):
                yield prefix + route

    paths = set(walk(wagtailadmin_urls.urlpatterns, "/admin/"))
    # Ones with arguments, the admin API, and an address the admin does not have.
    paths |= {
        "/admin/pages/3/",
        "/admin/pages/3/edit/",
        "/admin/users/1/",
        "/admin/api/main/pages/",
        "/admin/api/main/images/",
        "/admin/no-such-screen/",
    }
    return sorted(paths - {"/admin/logout/"})


def test_the_walk_finds_the_admin():
    paths = admin_paths()
    assert len(paths) > 100
    assert {"/admin/", "/admin/pages/", "/admin/users/", "/admin/login/"} <= set(paths)


def test_an_editor_without_an_authenticator_is_sent_to_2fa_from_every_admin_address(client):
    log_in(client, "editor@example.org")
    refused = {}
    for path in admin_paths():
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        if response.status_code != 302 or response["Location"] != MFA_SETUP:
            refused[path] = (response.status_code, response.get("Location"))
    assert not refused, refused
    response = client.post("/admin/pages/3/edit/", {"title": "Changed"})
    assert response["Location"].endswith("/accounts/2fa/")


@pytest.mark.parametrize("email", STAFF)
def test_staff_without_an_authenticator_are_told_why_and_keep_the_public_site(client, email):
    log_in(client, email)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == MFA_SETUP
    with translation.override("en"):
        body = client.get(MFA_SETUP).content.decode()
    assert "staff accounts need two-factor authentication" in body
    assert 'href="/en/accounts/2fa/totp/activate/"' in body

    assert client.get("/en/").status_code == 200
    assert client.get("/en/accounts/email/").status_code == 200
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert not client.get("/en/").context["user"].is_authenticated


def test_staff_without_an_authenticator_can_log_out_from_the_admin(client):
    log_in(client, "moderator@example.org")
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert not client.get("/en/").context["user"].is_authenticated


@pytest.mark.parametrize("email", STAFF)
def test_staff_who_log_in_with_their_code_reach_the_admin(client, email):
    secret = give_totp(email)
    log_in_with_code(client, email, secret)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/admin/api/main/pages/").status_code == 200


def test_activating_the_authenticator_opens_the_admin_at_once(client):
    log_in(client, "editor@example.org")
    assert client.get("/admin/")["Location"].endswith("/accounts/2fa/")
    activate_totp(client)
    assert client.get("/admin/").status_code == 200


def test_a_session_that_has_not_used_the_authenticator_is_asked_for_a_code(client):
    """A session that never passed the two-factor step (here: made without a log-in form)."""
    secret = give_totp("editor@example.org")
    client.force_login(User.objects.get(email="editor@example.org"))
    response = client.get("/admin/pages/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F"
    with translation.override("en"):
        response = client.get(response["Location"])
    assert "enter a code from your authenticator app" in response.content.decode()

    response = client.post(
        "/en/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F", {"code": "000000"}
    )
    assert response.status_code == 200
    assert "/accounts/2fa/reauthenticate/" in client.get("/admin/")["Location"]

    response = client.post(
        "/en/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F", {"code": totp_code(secret)}
    )
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.parametrize("email", NOT_STAFF)
def test_other_roles_are_not_asked_for_2fa(client, email):
    log_in(client, email)
    with override_settings(STAFF_MFA_REQUIRED=False):
        without_rule = client.get("/admin/")
    with_rule = client.get("/admin/")
    # Wagtail's own answer to someone without admin access, the same with the rule on.
    assert (with_rule.status_code, with_rule.get("Location")) == (
        without_rule.status_code,
        without_rule.get("Location"),
    )
    assert "/accounts/2fa/" not in with_rule.get("Location", "")
    assert not any("two-factor" in str(m) for m in get_messages(with_rule.wsgi_request))
    assert client.get("/en/").context["user"].email == email


def test_without_the_rule_staff_reach_the_admin_with_a_password(client):
    with override_settings(STAFF_MFA_REQUIRED=False):
        log_in(client, "editor@example.org")
        assert client.get("/admin/").status_code == 200


def test_the_admins_own_login_form_cannot_log_in(client):
    """It would skip allauth: its rate limits and its two-factor step."""
    response = client.post(
        "/admin/login/?next=/admin/pages/",
        {"username": "editor", "password": DEMO_PASSWORD},
    )
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path.endswith("/accounts/login/")
    assert urlsplit(response["Location"]).query == "next=/admin/pages/"
    assert not client.get("/en/").context["user"].is_authenticated
    response = client.get("/admin/")
    assert urlsplit(response["Location"]).path.endswith("/accounts/login/")


def test_the_admins_own_password_reset_is_closed(client):
    response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    assert response.status_code == 404
    assert not mail.outbox


def test_a_deactivated_authenticator_closes_the_admin_again(client):
    secret = give_totp("moderator@example.org")
    log_in_with_code(client, "moderator@example.org", secret)
    assert client.get("/admin/").status_code == 200
    Authenticator.objects.filter(user__email="moderator@example.org").delete()
    assert client.get("/admin/")["Location"].endswith("/accounts/2fa/")
