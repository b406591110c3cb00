"""`make screenshots`: each page type at desktop width and at 320 px, in both languages,
as visitor, learner and tutor, saved in screenshots/ for review. Not part of `make test`."""

import re
from pathlib import Path

from django.conf import settings

import pytest

from tests.browser.pages import LANGUAGES, PAGE_TYPES, walk

pytestmark = pytest.mark.django_db(transaction=True)

FOLDER = Path(settings.BASE_DIR) / "screenshots"
WIDTHS = {"desktop": 1280, "320px": 320}


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_every_page_type(page, site_url, language):
    FOLDER.mkdir(exist_ok=True)
    failed = []
    for role in PAGE_TYPES:
        page.context.clear_cookies()
        page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
        for page_type, problem in walk(page, site_url, role, language):
            if problem:
                failed.append(problem)
            name = re.sub(r"[^a-z0-9]+", "-", page_type.name.lower()).strip("-")
            # Each width from the same page: a page reached by sending a form is not sent twice.
            for label, width in WIDTHS.items():
                page.set_viewport_size({"width": width, "height": 900})
                page.screenshot(
                    path=FOLDER / f"{role}--{language}--{name}--{label}.png", full_page=True
                )
            page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
    assert not failed, "\n".join(failed)
