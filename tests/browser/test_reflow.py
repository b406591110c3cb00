"""Reflow (WCAG 1.4.10): at 320 CSS pixels wide, no page type scrolls sideways, in either
language, for visitors and signed-in learners and tutors."""

import pytest

from tests.browser.pages import LANGUAGES, PAGE_TYPES, walk

pytestmark = pytest.mark.django_db(transaction=True)

NARROW = {"width": 320, "height": 640}
OVERFLOW = "document.documentElement.scrollWidth > window.innerWidth"


def too_wide(page) -> str:
    """How wide the page is, when it is wider than the screen."""
    if page.evaluate(OVERFLOW):
        return f"{page.url} ({page.evaluate('document.documentElement.scrollWidth')} px)"
    return ""


def overflowing(page, site_url, paths) -> list[str]:
    wide = []
    for path in paths:
        page.goto(site_url + path)
        if width := too_wide(page):
            wide.append(width)
    return wide


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_scrolls_sideways_at_320_pixels(page, site_url, language):
    page.set_viewport_size(NARROW)
    wide = []
    for role in PAGE_TYPES:
        page.context.clear_cookies()
        for page_type, problem in walk(page, site_url, role, language):
            if problem or (problem := too_wide(page)):
                wide.append(f"{role}, {page_type.name}: {problem}")
    assert not wide, "pages wider than the screen at 320 px:\n" + "\n".join(wide)
