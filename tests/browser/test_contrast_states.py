"""Colour contrast (WCAG 1.4.3, 1.4.11) in every state, not only the resting one axe sees:
links, buttons, form controls, menu items and cards, at rest, hovered, focused, visited and
disabled, in the normal colours, in the site's high contrast mode and for readers whose
system asks for more contrast.

Text needs 4.5:1 against what is behind it (3:1 when large); a focus outline and a form
field's border need 3:1 against the page around them. Hover and focus are real (the mouse
and the keyboard focus); a link is made visited, and a control disabled, on the spot:
Chrome's DevTools force :visited and report its colours, which a page's own scripts never
see.
"""

from pathlib import Path

import pytest

from portal.display import COOKIE, cookie_value, preferences_clean
from tests.browser.pages import (
    ACCOUNTS,
    LEARNER,
    course,
    log_in,
    practice_index_filtered,
    text_lesson,
    url_name,
)

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGE = "en"
VISITOR_PAGES = {
    "home": lambda language: f"/{language}/",
    "practice index": practice_index_filtered,
    "log in": url_name("account_login"),
}
LEARNER_PAGES = {"course": course, "lesson": text_lesson}
MODES = ["normal", "high contrast", "more contrast"]

# Candidates: what a reader reads or operates. Cards are checked through their contents.
CANDIDATES = """
a[href], button, input:not([type=hidden]), select, textarea, summary,
.site-nav a, .card :is(h2, h3, p, dt, dd, span), .status, .tag, .hint, .helptext, label, legend
"""

# Marks and measures the elements in the page.
SCRIPT = (Path(__file__).parent / "contrast.js").read_text()

FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]"
CONTROLS = "button, input, select, textarea"


def text_failure(measure: dict, state: str) -> str:
    needed = 3 if measure["large"] else 4.5
    if measure["text"] >= needed:
        return ""
    return (
        f"{measure['element']} {state}: text {measure['text']}:1 < {needed}:1 "
        f"({measure['colours']})"
    )


# Whether an element can be reached on screen (a skip link waits above it until focused).
ON_SCREEN = """e => {
  e.scrollIntoView({block: "center"});
  const box = e.getBoundingClientRect();
  return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
}"""


def hover(page, element) -> str:
    element.hover()
    failure = text_failure(element.evaluate("e => contrastMeasure(e)"), "hovered")
    page.mouse.move(0, 0)
    return failure


def visited_colour(page, cdp, index: int) -> str:
    """The colour a link takes once visited, which only the DevTools may read."""
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send(
        "DOM.querySelector", {"nodeId": root, "selector": f'[data-contrast="{index}"]'}
    )["nodeId"]
    cdp.send("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": ["visited"]})
    style = cdp.send("CSS.getComputedStyleForNode", {"nodeId": node})["computedStyle"]
    cdp.send("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": []})
    return next(entry["value"] for entry in style if entry["name"] == "color")


def failures_on(page, cdp, name: str) -> tuple[int, list[str]]:
    """How many elements of the open page were checked; those whose contrast fails."""
    page.evaluate(SCRIPT)
    failures = []
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    marked = page.evaluate("selector => contrastMark(selector)", CANDIDATES)
    for index in marked:
        element = page.locator(f'[data-contrast="{index}"]')
        focusable = element.evaluate("(e, s) => e.matches(s) && !e.disabled", FOCUSABLE)
        measure = element.evaluate("e => contrastMeasure(e)")
        found = [text_failure(measure, "at rest")]
        if measure["border"] is not None and measure["border"] < 3:
            found.append(
                f"{measure['element']}: border {measure['border']}:1 < 3:1 "
                f"({measure['borderColours']})"
            )

        if focusable:
            hovered = False
            if element.evaluate(ON_SCREEN):
                found.append(hover(page, element))
                hovered = True

            element.focus()
            focused = element.evaluate("e => contrastMeasure(e)")
            if not hovered and element.evaluate(ON_SCREEN):  # shown on focus: a skip link
                found.append(hover(page, element))
            found.append(text_failure(focused, "focused"))
            if focused["outline"] is None:
                found.append(f"{focused['element']} focused: no focus outline")
            elif focused["outline"] < 3:
                found.append(
                    f"{focused['element']} focused: outline {focused['outline']}:1 < 3:1 "
                    f"({focused['outlineColours']})"
                )
            element.evaluate("e => e.blur()")

        if element.evaluate("e => e.matches('a[href]')"):
            colour = visited_colour(page, cdp, index)
            measure_visited = {
                **measure,
                "text": element.evaluate("(e, c) => contrastRatio(c, e)", colour),
                "colours": f"{colour} (visited)",
            }
            found.append(text_failure(measure_visited, "visited"))

        if element.evaluate("(e, s) => e.matches(s)", CONTROLS):
            element.evaluate("e => { e.dataset.wasDisabled = e.disabled; e.disabled = true; }")
            found.append(text_failure(element.evaluate("e => contrastMeasure(e)"), "disabled"))
            element.evaluate("e => { e.disabled = e.dataset.wasDisabled === 'true'; }")

        failures += [f"{name}: {failure}" for failure in found if failure]
    return len(marked), failures


@pytest.mark.parametrize("mode", MODES)
def test_text_and_focus_contrast_in_every_state(page, site_url, mode):
    if mode == "high contrast":
        value = cookie_value(preferences_clean({"contrast": "high"}))
        page.context.add_cookies([{"name": COOKIE, "value": value, "url": site_url}])
    elif mode == "more contrast":
        page.emulate_media(contrast="more")
    cdp = page.context.new_cdp_session(page)
    checked, failures = 0, []
    for role, pages in (("visitor", VISITOR_PAGES), (LEARNER, LEARNER_PAGES)):
        if role == LEARNER:
            log_in(page, site_url, ACCOUNTS[LEARNER], LANGUAGE)
        for name, path in pages.items():
            page.goto(site_url + path(LANGUAGE))
            if mode == "high contrast":
                assert "display-contrast-high" in page.locator("html").get_attribute("class")
            count, found = failures_on(page, cdp, name)
            checked, failures = checked + count, failures + found
    assert checked > 50, f"only {checked} elements found to check"
    assert not failures, f"{len(failures)} contrast failures of {checked} elements ({mode}):\n" + (
        "\n".join(failures)
    )
