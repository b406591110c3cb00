"""Resize text (WCAG 1.4.4): with text at 200 % on a desktop screen, no page type cuts off
or hides text, in either language, for visitors, learners and tutors."""

import pytest

from tests.browser.pages import LANGUAGES, PAGE_TYPES, walk

pytestmark = pytest.mark.django_db(transaction=True)

# Text-only zoom, as a reader's browser setting does it: the layout keeps its width. Set
# through the style object: the site's policy refuses an added <style> element.
TEXT_AT_200_PERCENT = (
    "() => document.documentElement.style.setProperty('font-size', '200%', 'important')"
)

# Elements whose text no longer fits a box that hides what overflows it. Visually hidden
# text (the skip link, labels for screen readers) is one pixel wide on purpose.
CLIPPED = """() => [...document.querySelectorAll("body *")].filter(el => {
    const style = getComputedStyle(el);
    const hides = [style.overflowX, style.overflowY].some(v => v === "hidden" || v === "clip");
    if (!hides || el.clientWidth <= 1 || !el.innerText || !el.innerText.trim()) return false;
    return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
}).map(el => `${el.tagName.toLowerCase()}.${el.className}: ${el.innerText.slice(0, 40)}`)"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_off_at_200_percent(page, site_url, language):
    page.set_viewport_size({"width": 1280, "height": 800})
    found = []
    for role in PAGE_TYPES:
        page.context.clear_cookies()
        for page_type, problem in walk(page, site_url, role, language):
            if problem:
                found.append(f"{role}, {page_type.name}: {problem}")
                continue
            page.evaluate(TEXT_AT_200_PERCENT)
            found += [f"{role}, {page_type.name}: {cut}" for cut in page.evaluate(CLIPPED)]
    assert not found, "text cut off with text at 200 %:\n" + "\n".join(found)
