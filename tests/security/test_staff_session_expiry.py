"""Staff sessions end after STAFF_SESSION_IDLE_SECONDS without a request; learners' last
SESSION_COOKIE_AGE (two weeks)."""

import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.utils import timezone

import pytest

from portal.demo.seed import DEMO_PASSWORD
from portal.models import User
from portal.roles import EDITORS

pytestmark = pytest.mark.django_db


def log_in(client, email: str) -> None:
    response = client.post("/en/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
    assert response.status_code == 302


def signed_in(client) -> bool:
    return client.get("/en/").context["user"].is_authenticated


def stored_expiry(client) -> timedelta:
    """How long the session row the browser holds has left to live."""
    row = Session.objects.get(session_key=client.cookies[settings.SESSION_COOKIE_NAME].value)
    return row.expire_date - timezone.now()


def test_the_idle_time_defaults_to_half_an_hour():
    assert settings.STAFF_SESSION_IDLE_SECONDS == 30 * 60


@pytest.mark.parametrize(
    "email", ["editor@example.org", "moderator@example.org", "admin@example.org"]
)
def test_a_staff_session_lasts_the_idle_time_from_log_in(client, email):
    log_in(client, email)
    assert client.session.get_expiry_age() == 30 * 60
    assert timedelta(minutes=29) < stored_expiry(client) <= timedelta(minutes=30)
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 30 * 60


@pytest.mark.parametrize("email", ["trainer@example.org", "tutor@example.org"])
def test_a_learners_session_lasts_two_weeks(client, email):
    log_in(client, email)
    client.get("/admin/")  # refused, and no reason to shorten their session
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    assert stored_expiry(client) > timedelta(days=13)


def test_each_request_pushes_the_end_of_a_staff_session_back(client):
    log_in(client, "editor@example.org")
    before = stored_expiry(client) + timezone.now()
    time.sleep(0.05)
    client.get("/en/")
    assert stored_expiry(client) + timezone.now() > before


@override_settings(STAFF_SESSION_IDLE_SECONDS=1)
def test_an_idle_staff_session_is_signed_out(client):
    log_in(client, "editor@example.org")
    assert signed_in(client)
    time.sleep(1.2)
    assert not signed_in(client)
    assert client.get("/admin/")["Location"].startswith("/fr/accounts/login/")


@override_settings(STAFF_SESSION_IDLE_SECONDS=1)
def test_an_idle_learner_session_is_kept(client):
    log_in(client, "trainer@example.org")
    time.sleep(1.2)
    assert signed_in(client)


def test_someone_made_staff_during_a_session_gets_the_idle_time_at_the_admin(client):
    log_in(client, "trainer@example.org")
    User.objects.get(email="trainer@example.org").groups.add(Group.objects.get(name=EDITORS))
    assert client.get("/admin/").status_code == 200
    assert client.session.get_expiry_age() == 30 * 60
    client.get("/en/")
    assert client.session.get_expiry_age() == 30 * 60
