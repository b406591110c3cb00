"""`make screenshots`: each page type at desktop width and at 320 px, in both languages
where the list has them, saved in screenshots/ for review. Not part of `make test`."""

import re
from pathlib import Path

from django.conf import settings

import pytest

from tests.browser.pages import LEARNER_PAGES, TUTOR_PAGES, VISITOR_PAGES, cohort_path
from tests.browser.test_courses import log_in

pytestmark = pytest.mark.django_db(transaction=True)

FOLDER = Path(settings.BASE_DIR) / "screenshots"
WIDTHS = {"desktop": 1280, "320px": 320}


def shoot(page, site_url, paths, who: str) -> None:
    for path in paths:
        name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "root"
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(site_url + path)
            page.screenshot(path=FOLDER / f"{who}--{name}--{label}.png", full_page=True)


def test_screenshots_of_every_page_type(page, site_url):
    FOLDER.mkdir(exist_ok=True)
    shoot(page, site_url, VISITOR_PAGES, "visitor")
    log_in(page, site_url, "trainer@example.org")
    shoot(page, site_url, LEARNER_PAGES, "learner")
    page.context.clear_cookies()
    log_in(page, site_url, "tutor@example.org")
    shoot(page, site_url, [*TUTOR_PAGES, cohort_path("fr")], "tutor")
    assert len(list(FOLDER.glob("*.png"))) >= 2 * len(VISITOR_PAGES)
