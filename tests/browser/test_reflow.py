"""Reflow (WCAG 1.4.10): at 320 CSS pixels wide, no page type scrolls sideways, in either
language, for visitors and signed-in learners and tutors."""

import pytest

from tests.browser.pages import LEARNER_PAGES, TUTOR_PAGES, VISITOR_PAGES, cohort_path
from tests.browser.test_courses import log_in

pytestmark = pytest.mark.django_db(transaction=True)

NARROW = {"width": 320, "height": 640}
OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth"


def overflowing(page, site_url, paths) -> list[str]:
    wide = []
    for path in paths:
        page.goto(site_url + path)
        if page.evaluate(OVERFLOW):
            wide.append(f"{path} ({page.evaluate('document.documentElement.scrollWidth')} px)")
    return wide


def test_no_page_scrolls_sideways_at_320_pixels(page, site_url):
    page.set_viewport_size(NARROW)
    wide = overflowing(page, site_url, VISITOR_PAGES)
    log_in(page, site_url, "trainer@example.org")
    wide += overflowing(page, site_url, LEARNER_PAGES)
    page.context.clear_cookies()
    log_in(page, site_url, "tutor@example.org")
    wide += overflowing(page, site_url, [*TUTOR_PAGES, cohort_path()])
    assert not wide, "pages wider than the screen at 320 px:\n" + "\n".join(wide)
