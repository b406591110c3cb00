"""Easy-to-read versions in a real browser: the switch under the title of a case study and
of a lesson, used with the keyboard, with no accessibility violations in either version and
no sideways scrolling at 320 px."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_courses import log_in
from tests.browser.test_reflow import NARROW, OVERFLOW

pytestmark = pytest.mark.django_db(transaction=True)

CASE_STUDY = "/en/practices/qualifying-beyond-the-walls/"
LESSON = "/en/courses/distance-tutoring/training-outside-the-walls/why-train-close-to-home/"


def switch_with_the_keyboard(page, axe, *, easy_text: str, standard_text: str) -> None:
    """Tab to the switch, open the easy-to-read version, check it, and come back."""
    expect(page.get_by_text(standard_text)).to_be_visible()
    axe(page)
    link = page.get_by_role("link", name="Easy to read", exact=True)
    for _press in range(60):
        page.keyboard.press("Tab")
        if link.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("the 'Easy to read' link cannot be reached with the Tab key")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"\?version=easy-read#version$"))
    expect(page.get_by_text("You are reading the easy-to-read version.")).to_be_visible()
    expect(page.get_by_text(easy_text)).to_be_visible()
    expect(page.get_by_text(standard_text)).to_have_count(0)
    axe(page)
    # The page opens at the switch: the next Tab goes to the way back.
    page.keyboard.press("Tab")
    back = page.get_by_role("link", name="Back to the standard version")
    expect(back).to_be_focused()

    page.set_viewport_size(NARROW)
    assert not page.evaluate(OVERFLOW), "the easy-to-read version scrolls sideways at 320 px"
    page.set_viewport_size({"width": 1280, "height": 800})

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?version=standard#version$"))
    expect(page.get_by_text(standard_text)).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Easy to read", exact=True)).to_be_focused()


def test_a_case_study_switches_to_easy_to_read_and_back(page, site_url, axe):
    page.goto(site_url + CASE_STUDY)
    switch_with_the_keyboard(
        page,
        axe,
        easy_text="Some disabled people want to learn a trade.",
        standard_text="SQHM let disabled people gain a qualification",
    )


def test_a_lesson_switches_and_the_next_visit_remembers(page, site_url, axe):
    log_in(page, site_url, "trainer@example.org")
    page.goto(site_url + LESSON)
    page.get_by_role("link", name="Easy to read", exact=True).press("Enter")
    expect(page.get_by_text("The SQHM project found another way.")).to_be_visible()
    # The reflection, which the learner writes, is in both versions.
    expect(page.get_by_role("textbox").first).to_be_visible()
    # Opened again, the lesson keeps the reader's choice.
    page.goto(site_url + LESSON)
    expect(page.get_by_text("You are reading the easy-to-read version.")).to_be_visible()
    page.get_by_role("link", name="Back to the standard version").press("Enter")

    page.goto(site_url + LESSON)
    switch_with_the_keyboard(
        page,
        axe,
        easy_text="This lesson is about disabled people who want to train.",
        standard_text="To gain a qualification, a disabled person often goes",
    )
