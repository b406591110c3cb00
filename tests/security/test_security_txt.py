"""/.well-known/security.txt tells researchers where to report a vulnerability."""

from datetime import datetime, timedelta

from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db


def fields(body: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in body.splitlines():
        name, _sep, value = line.partition(": ")
        found.setdefault(name, []).append(value)
    return found


def test_it_names_the_contacts_and_expires_within_a_year(client, settings):
    settings.SECURITY_CONTACT = ["security@passerelles.example", "https://example.org/report"]
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response.content.decode())
    assert found["Contact"] == [
        "mailto:security@passerelles.example",
        "https://example.org/report",
    ]
    assert found["Preferred-Languages"] == ["fr, en"]
    assert found["Canonical"] == ["http://testserver/.well-known/security.txt"]
    expires = datetime.fromisoformat(found["Expires"][0])
    assert timezone.now() < expires < timezone.now() + timedelta(days=365)
    assert "Policy" not in found


def test_it_links_the_policy_when_there_is_one(client, settings):
    settings.SECURITY_CONTACT = ["mailto:security@passerelles.example"]
    settings.SECURITY_POLICY_URL = "https://passerelles.example/security"
    found = fields(client.get("/.well-known/security.txt").content.decode())
    assert found["Policy"] == ["https://passerelles.example/security"]


def test_without_a_contact_there_is_no_file(client, settings):
    settings.SECURITY_CONTACT = []
    assert client.get("/.well-known/security.txt").status_code == 404
