"""Courses in a real browser: a learner working through a module with the keyboard, and a
tutor following a cohort. (Their pages are scanned for accessibility with every other
page type, in test_accessibility_scan.py.)"""

import re

import pytest
from playwright.sync_api import expect

from portal.demo.seed import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

COURSE = "/en/courses/distance-tutoring/"


def log_in(page, site_url, email):
    page.goto(site_url + "/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("link", name="Log out")).to_be_visible()


def test_a_learner_works_through_a_module_with_the_keyboard(page, site_url):
    log_in(page, site_url, "lea@example.org")
    page.goto(site_url + "/en/courses/disability-awareness/")
    page.get_by_role("button", name="Enrol in this course").press("Enter")
    expect(page.get_by_text("You are enrolled.")).to_be_visible()
    expect(page.get_by_role("progressbar").first).to_have_attribute("value", "0")

    page.get_by_role("link", name=re.compile("^Start the course")).press("Enter")
    # A lesson's reflection is saved for the learner alone.
    page.get_by_role("textbox").first.fill("Call them on day two, not day ten.")
    page.get_by_role("button", name="Save my answer").first.press("Enter")
    expect(page.get_by_text("Your answer is saved.")).to_be_visible()
    expect(page.get_by_role("textbox").first).to_have_value("Call them on day two, not day ten.")

    page.get_by_role("button", name="Mark as complete").press("Enter")
    expect(page.get_by_text("Lesson completed.")).to_be_visible()
    page.get_by_role("button", name="Mark as complete").press("Enter")

    # The quiz: send it empty first, then with wrong answers, then right ones.
    expect(page.get_by_role("heading", name="Quiz", exact=True)).to_be_visible()
    page.get_by_role("button", name="Send my answers").press("Enter")
    expect(page.get_by_text("Choose an answer.").first).to_be_visible()

    for fieldset in page.locator("fieldset").all():
        fieldset.locator("input").first.check()
    page.get_by_role("button", name="Send my answers").click()
    expect(page.locator("#quiz-result")).to_be_visible()

    page.goto(site_url + "/en/learning/")
    expect(page.get_by_role("heading", name="Courses in progress")).to_be_visible()
    expect(page.get_by_text(re.compile(r"2 of \d+ lessons completed"))).to_be_visible()


def test_a_tutor_opens_a_cohort_and_its_settings(page, site_url):
    log_in(page, site_url, "tutor@example.org")
    page.get_by_role("link", name="My cohorts").click()
    page.get_by_role("link", name=re.compile("Promotion 2026")).click()
    expect(page.get_by_role("heading", name="2 trainees at risk")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("Share of trainees"))).to_be_visible()
    page.get_by_role("link", name="Edit the cohort").click()
    expect(page.get_by_role("heading", level=1, name="Edit the cohort")).to_be_visible()
    expect(page.get_by_role("textbox", name=re.compile("Name"))).to_have_value(
        re.compile("Promotion 2026")
    )
