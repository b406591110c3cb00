"""Form errors in a real browser: the summary is announced and focused, its links take the
keyboard to the field, and the page with errors has no accessibility violations."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_reflow import NARROW

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_with_errors(page, site_url, axe):
    page.goto(site_url + "/en/accounts/signup/")
    expect(page.get_by_text("Fields marked (required) must be filled in.")).to_be_visible()
    page.get_by_label("Email").fill("not-an-address")
    page.get_by_role("button", name="Sign Up").press("Enter")

    expect(page).to_have_title(re.compile("^Error: "))
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("alert")).to_contain_text("There are 3 problems")
    # Focus starts on the summary, so the next Tab reaches its first link.
    expect(summary).to_be_focused()
    axe(page)

    page.keyboard.press("Tab")
    expect(summary.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#id_email")).to_be_focused()

    summary.get_by_role("link", name=re.compile("^Password \\(again\\)")).click()
    field = page.locator("#id_password2")
    expect(field).to_be_focused()
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_accessible_description("Error: This field is required.")


def test_the_summary_fits_a_narrow_screen_in_high_contrast(page, site_url, axe):
    page.goto(site_url + "/en/display/")
    page.get_by_role("radio", name="High").check()
    page.get_by_role("button", name="Save").click()
    page.set_viewport_size(NARROW)
    page.goto(site_url + "/en/accounts/password/reset/")
    page.get_by_role("button", name=re.compile("Reset")).click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    axe(page)
