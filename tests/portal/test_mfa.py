"""Two-factor authentication: any account may add an authenticator app (TOTP) and
recovery codes; once it has, logging in asks for a code after the password."""

import re
import time
from html import unescape

from django.core.cache import cache

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from portal.demo.seed import DEMO_PASSWORD
from portal.models import User

pytestmark = pytest.mark.django_db

EMAIL = "trainer@example.org"


def totp_code(secret: str) -> str:
    """The code an authenticator app shows now for ``secret``."""
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def log_in(client, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": EMAIL, "password": DEMO_PASSWORD})


def reauthenticate(client, language="en"):
    """Type the password again: allauth asks for it before changing how one logs in."""
    response = client.post(f"/{language}/accounts/reauthenticate/", {"password": DEMO_PASSWORD})
    assert response.status_code == 302


def secret_shown(body: str) -> str:
    """The secret the activation page writes out as text, beside its QR code."""
    field = re.search(r'<input id="authenticator_secret"[^>]*>', body).group(0)
    return unescape(re.search(r'value="([^"]+)"', field).group(1))


def activate_totp(client, language="en") -> str:
    reauthenticate(client, language)
    body = client.get(f"/{language}/accounts/2fa/totp/activate/").content.decode()
    secret = secret_shown(body)
    response = client.post(f"/{language}/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302, response.content.decode()
    return secret


def test_the_account_pages_link_to_two_factor_authentication(client):
    log_in(client)
    body = client.get("/en/accounts/email/").content.decode()
    assert '<a href="/en/accounts/2fa/">Two-factor authentication</a>' in body
    body = client.get("/en/accounts/2fa/").content.decode()
    assert 'class="site-header"' in body, "MFA pages use the site's layout"
    assert '<a href="/en/accounts/2fa/" aria-current="page">' in body


def test_the_qr_code_has_the_secret_as_text(client):
    log_in(client)
    response = client.get("/fr/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/fr/accounts/reauthenticate/")
    reauthenticate(client, "fr")
    body = client.get("/fr/accounts/2fa/totp/activate/").content.decode()
    image = re.search(r"<img [^>]*>", body.split('class="totp-qr"', 1)[1]).group(0)
    assert re.search(r'alt="[^"]{10,}"', image), image
    assert 'src="data:image/svg+xml;base64,' in image
    secret = secret_shown(body)
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    assert "readonly" in body.split('id="authenticator_secret"', 1)[1].split(">", 1)[0]


def test_a_user_activates_totp_sees_recovery_codes_and_is_asked_for_a_code(client):
    log_in(client)
    secret = activate_totp(client)
    user = User.objects.get(email=EMAIL)
    assert set(Authenticator.objects.filter(user=user).values_list("type", flat=True)) == {
        Authenticator.Type.TOTP,
        Authenticator.Type.RECOVERY_CODES,
    }

    # Right after activation the learner is shown the recovery codes to keep.
    response = client.get("/en/accounts/2fa/recovery-codes/")
    codes = re.search(r"<textarea[^>]*>(.*?)</textarea>", response.content.decode(), re.S)
    assert len(codes.group(1).split()) == mfa_settings.RECOVERY_CODE_COUNT
    assert "Authentication using an authenticator app is active." in (
        client.get("/en/accounts/2fa/").content.decode()
    )

    # Logging in again: the password alone is not enough.
    client.post("/en/accounts/logout/")
    response = log_in(client)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert not client.get("/en/").context["user"].is_authenticated
    response = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200
    assert not response.context["user"].is_authenticated

    cache.clear()  # a code is accepted once; the activation used this period's
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/en/").context["user"].email == EMAIL


def test_a_recovery_code_logs_in_when_the_phone_is_lost(client):
    log_in(client)
    activate_totp(client, language="fr")
    body = client.get("/fr/accounts/2fa/recovery-codes/").content.decode()
    first_code = re.search(r"<textarea[^>]*>\s*(\S+)", body).group(1)
    client.post("/fr/accounts/logout/")
    assert log_in(client, "fr")["Location"] == "/fr/accounts/2fa/authenticate/"
    response = client.post("/fr/accounts/2fa/authenticate/", {"code": first_code})
    assert response.status_code == 302
    assert client.get("/fr/").context["user"].email == EMAIL


def test_a_user_without_mfa_logs_in_with_the_password_alone(client):
    response = log_in(client)
    assert response["Location"] == "/en/"
