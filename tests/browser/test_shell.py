"""The site shell in a real browser: keyboard use, language and accounts. (Every page type
is scanned for accessibility in test_accessibility_scan.py.)"""

import re

import pytest
from playwright.sync_api import expect

from portal.demo.seed import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_narrow_screen_has_no_accessibility_violations(page, site_url, axe):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "/fr/")
    axe(page)
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow, "the page scrolls sideways at 320 px (WCAG 1.4.10 reflow)"


@pytest.mark.parametrize("path", ["/fr/accessibilite/", "/en/accessibility/"])
def test_accessibility_statement_on_a_narrow_screen(page, site_url, axe, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + path)
    axe(page)
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow, "the statement scrolls sideways at 320 px (WCAG 1.4.10 reflow)"


def test_footer_leads_to_the_accessibility_statement(page, site_url):
    page.goto(site_url + "/en/practices/")
    footer = page.get_by_role("contentinfo")
    footer.get_by_role("link", name="Accessibility: partially compliant").click()
    expect(page).to_have_url(site_url + "/en/accessibility/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")


def test_skip_link_is_first_and_moves_focus_to_the_content(page, site_url):
    page.goto(site_url + "/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#main-content")).to_be_focused()


def test_language_switcher_goes_to_the_translated_page(page, site_url):
    page.goto(site_url + "/fr/a-propos/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_role("navigation", name="Langues").get_by_role("link", name="English").click()
    expect(page).to_have_url(site_url + "/en/about/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("About")


def test_search_from_the_header(page, site_url):
    page.goto(site_url + "/en/")
    page.get_by_role("searchbox", name="Search the site").fill("tutor")
    page.get_by_role("searchbox", name="Search the site").press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=tutor"))
    expect(page.get_by_role("heading", level=2)).to_contain_text("for “tutor”")


def test_sign_up_log_out_and_log_in_again(page, site_url):
    page.goto(site_url + "/en/accounts/signup/")
    page.get_by_label("Email").fill("amira@example.org")
    page.get_by_label("Password (required)", exact=True).fill("a-long-and-safe-passphrase")
    page.get_by_label("Password (again)").fill("a-long-and-safe-passphrase")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("link", name="Log out")).to_be_visible()

    page.get_by_role("link", name="Log out").click()
    page.get_by_role("button", name="Sign Out").click()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()

    page.get_by_role("link", name="Log in").click()
    page.get_by_label("Email").fill("amira@example.org")
    page.get_by_label("Password").fill("a-long-and-safe-passphrase")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("link", name="My account")).to_be_visible()


def test_editor_reaches_the_admin_through_the_site_login(page, site_url):
    page.goto(site_url + "/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Email").fill("editor@example.org")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name=re.compile("Sign In|Connexion")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_filtering_the_library_with_the_keyboard(page, site_url):
    page.goto(site_url + "/en/practices/")
    page.get_by_role("checkbox", name=re.compile("Literacy and basic skills")).check()
    page.get_by_role("button", name="Apply the filters").press("Enter")
    expect(page).to_have_url(re.compile(r"theme=basic-skills"))
    expect(page.get_by_role("heading", level=2, name="1 case study")).to_be_visible()
    page.get_by_role("link", name=re.compile("Raising partner awareness")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("DIISP")


def test_compare_two_case_studies_from_the_library(page, site_url):
    page.goto(site_url + "/en/practices/?sort=title")
    page.get_by_role("checkbox", name=re.compile("Compare Preventing training")).check()
    page.get_by_role("checkbox", name=re.compile("Compare Work to Grow")).check()
    page.get_by_role("button", name=re.compile("Compare the selected")).click()
    expect(page.get_by_role("table")).to_contain_text("353")
