"""Reflow (WCAG 1.4.10): at 320 CSS pixels wide, no page type scrolls sideways, in either
language, for visitors and signed-in learners and tutors."""

import pytest

from tests.browser.test_courses import log_in

pytestmark = pytest.mark.django_db(transaction=True)

NARROW = {"width": 320, "height": 640}
OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth"

VISITOR_PAGES = [
    "/fr/",
    "/en/practices/?theme=disability-inclusion&sort=title",
    "/fr/pratiques/prevenir-les-ruptures-de-parcours-aquitaine/",
    "/en/practices/compare/?pages=",
    "/fr/search/?q=formation",
    "/en/courses/",
    "/fr/formations/tutorat-a-distance/",
    "/en/accounts/signup/",
    "/fr/accounts/login/",
    "/en/verify/",
    "/fr/verify/00000000-0000-0000-0000-000000000000/",
    "/en/missing-page/",
]
LEARNER_PAGES = [
    "/en/learning/",
    "/fr/learning/certificates/",
    "/en/learning/certificates/",
    "/en/courses/distance-tutoring/training-outside-the-walls/",
    "/en/courses/distance-tutoring/training-outside-the-walls/why-train-close-to-home/",
    "/en/courses/distance-tutoring/training-outside-the-walls/quiz-training-outside-the-walls/",
    "/fr/accounts/email/",
]
TUTOR_PAGES = ["/fr/tutoring/", "/en/tutoring/"]


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
    page.get_by_role("link", name="My cohorts").click()
    cohort = page.get_by_role("link", name="Promotion 2026 : tuteurs de proximité").get_attribute(
        "href"
    )
    wide += overflowing(page, site_url, [*TUTOR_PAGES, cohort])
    assert not wide, "pages wider than the screen at 320 px:\n" + "\n".join(wide)
