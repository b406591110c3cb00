"""The privacy page: in every language, linked from every page, its durations read from
the settings."""

import re

from django.test import override_settings
from django.utils import translation

import pytest

from portal.privacy.notice import duration_text

pytestmark = pytest.mark.django_db

HEADINGS = [
    "Who we are",
    "What we keep about you",
    "Why we keep it",
    "Who can see it",
    "How long we keep it",
    "Cookies",
    "Your rights",
]


def headings(response) -> list[str]:
    return re.findall(r"<h2[^>]*>([^<]+)</h2>", response.content.decode())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_privacy_page_answers_in_each_language(client, language):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{language}"' in body
    assert len(headings(response)) == len(HEADINGS)
    assert body.count("<h1>") == 1


def test_the_privacy_page_has_its_sections(client):
    response = client.get("/en/privacy/")
    assert headings(response) == HEADINGS
    body = response.content.decode()
    assert 'href="/en/accounts/my-data/"' in body
    assert 'href="/en/accounts/delete/"' in body
    assert "mailto:certificates@passerelles.example" in body


def test_every_page_links_to_the_privacy_page_from_its_footer(client):
    footer = client.get("/en/").content.decode().split('<footer class="site-footer">')[1]
    assert '<a href="/en/privacy/">Privacy and personal data</a>' in footer


@override_settings(SESSION_COOKIE_AGE=3 * 24 * 60 * 60, PRIVACY_CONTACT_EMAIL="dpo@example.org")
def test_durations_and_contact_come_from_the_settings(client):
    body = re.sub(r"\s+", " ", client.get("/en/privacy/").content.decode())
    assert "you stay logged in for 3 days at most" in body
    assert "Staff are logged out after 30 minutes without activity." in body
    assert "mailto:dpo@example.org" in body


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (14 * 24 * 3600, "2 weeks"),
        (365 * 24 * 3600, "1 year"),
        (3 * 24 * 3600, "3 days"),
        (2 * 3600, "2 hours"),
        (30 * 60, "30 minutes"),
        (20, "1 minute"),
    ],
)
def test_durations_are_written_in_their_largest_whole_unit(seconds, text):
    with translation.override("en"):
        assert duration_text(seconds) == text
