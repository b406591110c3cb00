"""Certificates in a real browser: a learner renames, downloads and shares a certificate,
and anyone checks it."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_courses import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_learner_downloads_a_certificate_and_anyone_checks_it(page, site_url, tmp_path):
    log_in(page, site_url, "trainer@example.org")
    page.get_by_role("link", name="My certificates").click()
    expect(
        page.get_by_role("heading", name="Disability: understanding and welcoming")
    ).to_be_visible()

    page.get_by_text("Change the printed name or the language").press("Enter")
    page.get_by_label("Name printed on the certificate").fill("Camille Martin")
    page.get_by_role("button", name="Save").press("Enter")
    expect(page.get_by_text("Your certificate is updated.")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="Open Badge (signed JSON file)").click()
    badge = tmp_path / "badge.json"
    download.value.save_as(badge)
    assert json.loads(badge.read_text())["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("^PDF to print")).first.click()
    assert download.value.suggested_filename.endswith(".pdf")

    page.get_by_role("link", name="Log out").click()
    page.goto(site_url + "/en/verify/")
    page.get_by_label("Credential file").set_input_files(badge)
    page.get_by_role("button", name="Check", exact=True).click()
    expect(page.get_by_role("heading", name=re.compile("^Valid:"))).to_be_visible()

    page.get_by_role("link", name="See the certificate's details").click()
    expect(page.get_by_text("Valid certificate")).to_be_visible()
    expect(page.get_by_text("Camille Martin")).to_be_visible()

    page.goto(site_url + "/fr/verify/00000000-0000-0000-0000-000000000000/")
    expect(page.get_by_text("Certificat inconnu")).to_be_visible()
