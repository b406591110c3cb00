"""Log-in, sign-up and password reset are rate limited (allauth, counted in the cache).

The test settings turn the limits off for the rest of the suite; here the limits of the
base settings are on, and each test starts with an empty cache (tests/conftest.py).
"""

from django.core import mail
from django.test import override_settings
from django.utils import translation

import pytest

from portal.demo.seed import DEMO_PASSWORD
from portal.settings import base

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("real_rate_limits")]

LOCKED_MESSAGE = "Too many failed login attempts. Try again later."
TOO_MANY = "Too many attempts"


@pytest.fixture
def real_rate_limits():
    with override_settings(ACCOUNT_RATE_LIMITS=base.ACCOUNT_RATE_LIMITS):
        yield


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def log_in(client, email="trainer@example.org", password=DEMO_PASSWORD, **extra):
    return client.post("/en/accounts/login/", {"login": email, "password": password}, **extra)


def signed_in(client) -> bool:
    return client.get("/en/").context["user"].is_authenticated


def test_the_limits_are_the_base_settings():
    assert base.ACCOUNT_RATE_LIMITS["login_failed"] == "10/m/ip,5/5m/key"
    assert base.ACCOUNT_RATE_LIMITS["signup"].startswith("20/m/ip")
    assert base.ACCOUNT_RATE_LIMITS["reset_password"] == "20/m/ip,5/h/key"


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client):
    for _attempt in range(5):
        response = log_in(client, password="not-the-password")
        assert response.status_code == 200
        assert "not correct" in response.content.decode()
    response = log_in(client)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in response.content.decode()
    assert '<label for="id_login"' in response.content.decode(), "the form stays on screen"
    assert not signed_in(client)


def test_a_locked_account_does_not_lock_the_others(client):
    for _attempt in range(5):
        log_in(client, password="not-the-password")
    response = log_in(client, email="tutor@example.org")
    assert response.status_code == 302
    assert signed_in(client)


def test_successful_log_ins_do_not_count_as_failures(client):
    for _attempt in range(6):
        assert log_in(client).status_code == 302
        client.post("/en/accounts/logout/")
    assert log_in(client).status_code == 302


def test_failures_from_one_address_are_limited_across_accounts(client):
    for number in range(10):
        response = log_in(client, email=f"guess{number}@example.org", password="guess-123456")
        assert response.status_code == 200
    response = log_in(client, email="someone-else@example.org", password="guess-123456")
    assert response.status_code == 429
    assert LOCKED_MESSAGE in response.content.decode()
    # Another address is not affected.
    assert log_in(client, REMOTE_ADDR="192.0.2.20").status_code == 302


def test_log_in_posts_from_one_address_are_limited(client):
    for _attempt in range(30):
        assert log_in(client, password="").status_code == 200
    response = log_in(client)
    assert response.status_code == 429
    assert TOO_MANY in response.content.decode()
    assert 'class="site-header"' in response.content.decode(), "the site's own page"
    assert not signed_in(client)


def sign_up(client, number: int, **extra):
    password = "un-mot-de-passe-solide-42"
    return client.post(
        "/en/accounts/signup/",
        {"email": f"new{number}@example.org", "password1": password, "password2": password},
        **extra,
    )


def test_sign_ups_from_one_address_are_limited(client):
    for number in range(20):
        assert sign_up(client, number).status_code == 302
        client.post("/en/accounts/logout/")
    response = sign_up(client, 20)
    assert response.status_code == 429
    assert TOO_MANY in response.content.decode()
    assert "To protect accounts" in response.content.decode()
    assert sign_up(client, 21, REMOTE_ADDR="192.0.2.20").status_code == 302


def reset(client, email: str, **extra):
    return client.post("/en/accounts/password/reset/", {"email": email}, **extra)


def test_password_resets_for_one_address_are_limited(client):
    for _attempt in range(5):
        assert reset(client, "trainer@example.org").status_code == 302
    response = reset(client, "trainer@example.org")
    assert response.status_code == 429
    assert TOO_MANY in response.content.decode()
    assert len(mail.outbox) == 5
    # From another computer too: the limit is the e-mail address's.
    assert reset(client, "trainer@example.org", REMOTE_ADDR="192.0.2.20").status_code == 429
    assert reset(client, "tutor@example.org").status_code == 302


def test_password_resets_from_one_address_are_limited(client):
    for number in range(20):
        assert reset(client, f"person{number}@example.org").status_code == 302
    response = reset(client, "trainer@example.org")
    assert response.status_code == 429
    assert len(mail.outbox) == 20


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_visitor_has_their_own_limit(client):
    def fail(visitor: str, number: int):
        return log_in(
            client,
            email=f"guess{number}@example.org",
            password="guess-123456",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for number in range(10):
        assert fail("198.51.100.1", number).status_code == 200
    assert fail("198.51.100.1", 10).status_code == 429
    assert fail("198.51.100.2", 11).status_code == 200


def test_without_a_trusted_proxy_a_forged_address_changes_nothing(client):
    for number in range(10):
        log_in(client, email=f"guess{number}@example.org", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}")
    assert log_in(client, HTTP_X_FORWARDED_FOR="10.0.0.99").status_code == 429
