"""Display settings in a real browser: chosen with the keyboard, applied to every page,
still readable and without sideways scrolling at 320 px with the largest text."""

import pytest
from playwright.sync_api import expect

from tests.browser.pages import VISITOR_PAGES
from tests.browser.test_reflow import NARROW, overflowing

pytestmark = pytest.mark.django_db(transaction=True)


def test_larger_text_wide_spacing_and_high_contrast(page, site_url, axe):
    page.goto(site_url + "/en/courses/")
    page.get_by_role("link", name="Display settings").click()
    page.get_by_role("radio", name="Very large").check()
    page.get_by_role("radio", name="Wide").check()
    page.get_by_role("radio", name="High").check()
    page.get_by_role("button", name="Save").press("Enter")
    expect(page).to_have_url(site_url + "/en/courses/")
    expect(page.locator("html")).to_have_class(
        "display-text-larger display-spacing-wide display-contrast-high"
    )
    axe(page)
    page.set_viewport_size(NARROW)
    paths = [page_type.path("en") for page_type in VISITOR_PAGES[:6]]
    wide = overflowing(page, site_url, paths)
    assert not wide, "pages wider than the screen at 320 px with the largest text:\n" + "\n".join(
        wide
    )
