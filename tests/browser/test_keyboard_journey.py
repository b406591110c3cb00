"""The whole learner journey with the keyboard only: sign up, verify the address, enrol,
read a lesson, fail then pass a quiz, see the progress and download the certificate.

After every key press the focus must have moved, be on screen and not hidden, and show
an indicator that contrasts with what surrounds it (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7,
2.4.11, 1.4.11). Nothing here clicks, checks or fills: keys only.
"""

import re

import pytest
from playwright.sync_api import expect

from courses.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    choice,
    course_index,
    question,
    quiz_body,
    text_body,
)
from portal.demo.seed import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

PASSPHRASE = "a-long-and-safe-passphrase"
H5P_LESSON = "/en/courses/distance-tutoring/training-outside-the-walls/why-train-close-to-home/"
FRENCH_QUIZ = (
    "/fr/formations/handicap-comprendre-et-accueillir/formes-de-handicap-et-amenagements/"
    "verifier-ses-acquis-formes-de-handicap/"
)

# The element that has the focus, looking into the page's own (same-origin) frames, and
# what a sighted keyboard user sees of it.
FOCUS_STATE = """
() => {
    const top = window;
    let el = document.activeElement;
    const frames = [];
    while (el && el.tagName === "IFRAME") {
        let inner = null;
        try { inner = el.contentDocument; } catch (error) { inner = null; }
        if (!inner || !inner.activeElement || inner.activeElement === inner.body) break;
        frames.push(el);
        el = inner.activeElement;
    }
    const doc = el ? el.ownerDocument : document;
    if (!el || el === doc.body || el === doc.documentElement) {
        top.__kbActive = null;
        return {body: true, frames: frames.length};
    }
    if (!el.__kbId) el.__kbId = top.__kbCounter = (top.__kbCounter || 0) + 1;
    top.__kbActive = el;

    const text = (el.innerText || el.value || "").trim().replace(/\\s+/g, " ").slice(0, 60);
    const name = el.getAttribute("aria-label") || el.getAttribute("title") || "";
    const description = `<${el.tagName.toLowerCase()}`
        + (el.id ? ` id="${el.id}"` : "")
        + (el.getAttribute("type") ? ` type="${el.getAttribute("type")}"` : "")
        + (el.getAttribute("name") ? ` name="${el.getAttribute("name")}"` : "")
        + `>${text || name}`
        + (frames.length ? ` (in frame "${frames[frames.length - 1].title}")` : "");

    // Where it is on the top page's viewport.
    const box = el.getBoundingClientRect();
    let dx = 0, dy = 0;
    for (const frame of frames) {
        const outer = frame.getBoundingClientRect();
        const style = getComputedStyle(frame);
        dx += outer.left + frame.clientLeft + parseFloat(style.paddingLeft);
        dy += outer.top + frame.clientTop + parseFloat(style.paddingTop);
    }
    const rect = {left: box.left + dx, top: box.top + dy, width: box.width, height: box.height};
    const viewport = {width: top.innerWidth, height: top.innerHeight};

    // Is any part of it uncovered? Hit-test points across it, through the frames.
    const hit = (x, y) => {
        let doc = document, px = x, py = y, found = null;
        for (let depth = 0; depth < 5; depth++) {
            found = doc.elementFromPoint(px, py);
            if (!found || found.tagName !== "IFRAME") break;
            const outer = found.getBoundingClientRect();
            let inner = null;
            try { inner = found.contentDocument; } catch (error) { break; }
            if (!inner) break;
            px -= outer.left + found.clientLeft + parseFloat(getComputedStyle(found).paddingLeft);
            py -= outer.top + found.clientTop + parseFloat(getComputedStyle(found).paddingTop);
            doc = inner;
        }
        return found;
    };
    // Sample each box the element is drawn in: a link that wraps has one per line.
    let uncovered = false, covering = null, onScreen = false;
    for (const part of el.getClientRects()) {
        for (const fx of [0.5, 0.2, 0.8]) {
            for (const fy of [0.5, 0.2, 0.8]) {
                const x = part.left + dx + part.width * fx, y = part.top + dy + part.height * fy;
                if (x < 0 || y < 0 || x >= viewport.width || y >= viewport.height) continue;
                onScreen = true;
                const found = hit(x, y);
                if (found && (found === el || el.contains(found) || found.control === el)) {
                    uncovered = true;
                } else if (found && !covering) {
                    covering = `<${found.tagName.toLowerCase()} class="${found.className}">`;
                }
            }
        }
    }
    return {body: false, id: el.__kbId, description, rect, viewport, onScreen, uncovered,
            covering, frames: frames.length, textField: el.tagName === "TEXTAREA"};
}
"""

# The focused element's look with and without the focus (the focus is then given back),
# what is behind its outline, and whatever cuts the outline off.
FOCUS_INDICATOR = """
() => {
    const el = window.__kbActive;
    const view = el.ownerDocument.defaultView;
    const props = ["outlineStyle", "outlineWidth", "outlineColor", "outlineOffset",
        "boxShadow", "borderTopColor", "borderRightColor", "borderBottomColor",
        "borderLeftColor", "borderTopWidth", "borderBottomWidth", "backgroundColor", "color",
        "textDecorationLine", "textDecorationThickness"];
    const look = () => {
        const style = view.getComputedStyle(el);
        return Object.fromEntries(props.map(prop => [prop, style[prop]]));
    };
    const describe = node =>
        `<${node.tagName.toLowerCase()}${node.className ? ` class="${node.className}"` : ""}>`;
    // The colour behind the outline: the nearest opaque background.
    const behind = start => {
        for (let node = start; node && node.nodeType === 1; node = node.parentElement) {
            const parts = view.getComputedStyle(node).backgroundColor.match(/[\\d.]+/g);
            if (parts.length < 4 || Number(parts[3]) > 0.5) {
                return view.getComputedStyle(node).backgroundColor;
            }
        }
        return "rgb(255, 255, 255)";
    };
    const focused = look();
    el.blur();
    const blurred = look();
    el.focus({preventScroll: true});
    const back = view.document.activeElement === el;

    const offset = parseFloat(focused.outlineOffset) || 0;
    let clippedBy = null;
    if (focused.outlineStyle !== "none") {
        const grow = parseFloat(focused.outlineWidth) + Math.max(offset, 0);
        const box = el.getBoundingClientRect();
        const ring = {left: box.left - grow, top: box.top - grow,
                      right: box.right + grow, bottom: box.bottom + grow};
        const root = el.ownerDocument.documentElement;
        for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
            const style = view.getComputedStyle(node);
            if (node === el.ownerDocument.body) break;
            const area = node.getBoundingClientRect();
            const left = area.left + node.clientLeft, top = area.top + node.clientTop;
            if (style.overflowX !== "visible" && (ring.left < left - 0.5
                    || ring.right > left + node.clientWidth + 0.5)) clippedBy = describe(node);
            if (style.overflowY !== "visible" && (ring.top < top - 0.5
                    || ring.bottom > top + node.clientHeight + 0.5)) clippedBy = describe(node);
            if (clippedBy) break;
        }
        // A frame does not scroll (it takes its content's height): any edge cuts. The
        // window scrolls up and down to the element, so only its sides are checked.
        if (!clippedBy && view !== window && (ring.left < -0.5 || ring.top < -0.5
                || ring.right > view.innerWidth + 0.5 || ring.bottom > view.innerHeight + 0.5)) {
            clippedBy = "the edge of its frame";
        }
        const width = el.ownerDocument.documentElement.clientWidth;
        if (!clippedBy && view === window && (ring.left < -0.5 || ring.right > width + 0.5)) {
            clippedBy = "the side of the window";
        }
    }
    return {focused, blurred, back, clippedBy,
            outside: behind(offset >= 0 ? el.parentElement : el)};
}
"""


def _luminance(colour: str) -> float:
    red, green, blue = (float(part) for part in re.findall(r"[\d.]+", colour)[:3])

    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def assert_focus_visible(page, state: dict | None = None) -> dict:
    """Fail unless the focused element is on screen, not covered, and shows its focus
    with an indicator that contrasts 3:1 with what is around it."""
    state = state or page.evaluate(FOCUS_STATE)
    assert not state["body"], "the focus is lost: nothing on the page has it"
    name = state["description"]
    rect, viewport = state["rect"], state["viewport"]
    assert rect["width"] > 0 and rect["height"] > 0, f"{name} has the focus but no size"
    assert state["onScreen"], f"{name} has the focus but is off screen at {rect}"
    # A text area is scrolled to its caret, at its top; anything else is shown whole.
    if state["textField"]:
        assert 0 <= rect["top"] < viewport["height"], f"{name} has its caret off screen"
    elif rect["height"] <= viewport["height"] and rect["width"] <= viewport["width"]:
        inside = (
            rect["top"] >= -1
            and rect["left"] >= -1
            and rect["top"] + rect["height"] <= viewport["height"] + 1
            and rect["left"] + rect["width"] <= viewport["width"] + 1
        )
        assert inside, f"{name} has the focus but the window's edge cuts it at {rect}"
    assert state["uncovered"], f"{name} has the focus but {state['covering']} hides it"

    look = page.evaluate(FOCUS_INDICATOR)
    assert look["back"], f"{name} does not take the focus back from a script"
    focused, blurred = look["focused"], look["blurred"]
    outline = focused["outlineStyle"] != "none" and focused["outlineWidth"] != "0px"
    outline_changed = outline and any(
        focused[prop] != blurred[prop] for prop in ("outlineStyle", "outlineWidth", "outlineColor")
    )
    changed = {
        prop
        for prop in focused
        if not prop.startswith("outline") and focused[prop] != blurred[prop]
    }
    assert outline_changed or changed, f"{name} looks the same with and without the focus"
    if outline_changed:
        width = float(focused["outlineWidth"].removesuffix("px"))
        assert width >= 2, f"{name}: its focus outline is {width}px wide, less than 2px"
        ratio = contrast(focused["outlineColor"], look["outside"])
        assert ratio >= 3, (
            f"{name}: its focus outline {focused['outlineColor']} contrasts {ratio:.2f}:1 "
            f"with {look['outside']} around it, less than 3:1"
        )
        assert not look["clippedBy"], f"{name}: {look['clippedBy']} cuts off its focus outline"
    elif "boxShadow" in changed and focused["boxShadow"] != "none":
        shadow = re.match(r"rgba?\([^)]*\)", focused["boxShadow"])
        if shadow:
            ratio = contrast(shadow.group(0), look["outside"])
            assert ratio >= 3, f"{name}: its focus shadow contrasts {ratio:.2f}:1, less than 3:1"
    return state


def at_the_top(page) -> bool:
    """Whether the focus is on the first element the page's Tab order reaches."""
    return page.evaluate(
        """() => {
            const candidates = document.querySelectorAll(
                "a[href], button, input:not([type=hidden]), select, textarea, summary, "
                + "iframe, [tabindex]");
            const first = [...candidates].find(el =>
                !el.disabled && el.tabIndex >= 0 && el.getClientRects().length);
            return first === document.activeElement;
        }"""
    )


def tab_to(page, target, *, limit: int = 80, backwards: bool = False) -> list[dict]:
    """Press Tab (or Shift+Tab) until ``target`` has the focus, checking every stop.

    ``target`` is a Locator, or a function given each stop's state ("description",
    "frames": how deep in frames it is, "wrapped": whether the focus went round the page).
    Fail if the focus stays put, is lost, is not visible, or the target is not reached
    within ``limit`` presses: a trap, or a control the keyboard cannot reach.
    Return the stops.
    """
    handle = None if callable(target) else target.element_handle(timeout=5000)
    key = "Shift+Tab" if backwards else "Tab"
    previous = page.evaluate(FOCUS_STATE)
    previous_id = None if previous["body"] else previous["id"]
    wrapped = False
    stops: list[dict] = []
    for _press in range(limit):
        page.keyboard.press(key)
        state = page.evaluate(FOCUS_STATE)
        if state["body"]:
            # Past the last control the focus goes to the browser's own toolbar; one more
            # press brings it back to the top of the page. Twice round is a lost target.
            where = stops[-1]["description"] if stops else "the start"
            assert not wrapped and (not stops or not stops[-1]["body"]), (
                f"the focus was lost after {where}"
            )
            wrapped = True
            stops.append(state)
            previous_id = None
            continue
        if stops and stops[-1]["body"] and not backwards:
            assert at_the_top(page), (
                f"the focus went from nowhere to {state['description']}, "
                "not to the top of the page"
            )
        assert state["id"] != previous_id, (
            f"{key} left the focus on {state['description']}: it is trapped"
        )
        assert_focus_visible(page, state)
        state["wrapped"] = wrapped
        stops.append(state)
        previous_id = state["id"]
        if target(state) if handle is None else handle.evaluate("el => el === top.__kbActive"):
            return stops
    trail = "\n  ".join(stop.get("description", "(the browser)") for stop in stops[-15:])
    wanted = "the target" if handle is None else handle.evaluate("el => el.outerHTML")[:120]
    raise AssertionError(
        f"{wanted} not reached after {limit} presses of {key}; the last stops:\n  {trail}"
    )


def tab_round(page, *, limit: int = 150) -> list[dict]:
    """Tab through the whole page until the focus comes back to the top."""
    return tab_to(page, lambda state: state["wrapped"], limit=limit)


def press(page, key: str) -> dict:
    """Press a key on the focused element and check where the focus then is."""
    page.keyboard.press(key)
    return assert_focus_visible(page)


def keyboard_course():
    """A short English course: one lesson to read, then a two-question quiz."""
    course = CoursePageFactory(
        parent=course_index("en"),
        title="Keyboard first steps",
        intro="A course taken from start to end with the keyboard.",
    )
    module = ModulePageFactory(parent=course, title="Getting around")
    LessonPageFactory(
        parent=module, title="Moving the focus", body=text_body("Tab moves; Enter follows.")
    )
    quiz_lesson = LessonPageFactory(
        parent=module,
        title="Check what you know",
        body=quiz_body(
            question(
                "single",
                "Which key follows a link?",
                [choice("Enter", correct=True), choice("Escape"), choice("Home")],
            ),
            question(
                "multiple",
                "Which keys move between controls?",
                [choice("Tab", correct=True), choice("Shift+Tab", correct=True), choice("F5")],
            ),
            pass_mark=100,
        ),
    )
    return course, quiz_lesson


def type_into(page, field, text: str) -> None:
    tab_to(page, field)
    page.keyboard.type(text)


def log_in_by_keyboard(page, login_url: str, email: str) -> None:
    page.goto(login_url)
    type_into(page, page.locator("#id_login"), email)
    type_into(page, page.locator("#id_password"), DEMO_PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator("#id_login")).to_have_count(0)


def test_the_whole_journey_with_the_keyboard(page, site_url, settings, mailoutbox, tmp_path):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    keyboard_course()
    page.goto(site_url + "/en/")

    # Sign up, then open the link the e-mail brings.
    tab_to(page, page.get_by_role("link", name="Sign up"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Sign Up")).to_be_visible()
    type_into(page, page.locator("#id_email"), "kim@example.org")
    type_into(page, page.locator("#id_password1"), PASSPHRASE)
    type_into(page, page.locator("#id_password2"), PASSPHRASE)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verify")
    (mail,) = mailoutbox
    link = re.search(r"https?://\S+/confirm-email/\S+", mail.body).group(0)
    page.goto(link)
    tab_to(page, page.get_by_role("button", name="Confirm"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("You have confirmed kim@example.org.")).to_be_visible()
    type_into(page, page.locator("#id_login"), "kim@example.org")
    type_into(page, page.locator("#id_password"), PASSPHRASE)
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Log out")).to_be_visible()

    # Find the course and enrol.
    tab_to(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Courses"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Courses")).to_be_visible()
    tab_to(page, page.get_by_role("link", name="Keyboard first steps"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Keyboard first steps")).to_be_visible()
    tab_to(page, page.get_by_role("button", name="Enrol in this course"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("You are enrolled.")).to_be_visible()

    # Read the first lesson and mark it done: that opens the quiz lesson.
    tab_to(page, page.get_by_role("link", name=re.compile("^Start the course")))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Moving the focus")).to_be_visible()
    tab_to(page, page.get_by_role("button", name="Mark as complete"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Lesson completed.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name="Check what you know")).to_be_visible()

    # Wrong first: the second answer of the radio group, and only one of two checkboxes.
    tab_to(page, page.get_by_role("radio", name="Enter"))
    press(page, "ArrowDown")
    expect(page.get_by_role("radio", name="Escape")).to_be_checked()
    tab_to(page, page.get_by_role("checkbox", name="Tab", exact=True))
    press(page, "Space")
    tab_to(page, page.get_by_role("button", name="Send my answers"))
    page.keyboard.press("Enter")
    result = page.locator("#quiz-result")
    expect(result).to_contain_text("not passed yet")
    expect(result).to_be_focused()
    assert_focus_visible(page)

    # Then right: the form comes back empty.
    expect(page.locator("input:checked")).to_have_count(0)
    tab_to(page, page.get_by_role("radio", name="Enter"))
    press(page, "Space")
    tab_to(page, page.get_by_role("checkbox", name="Tab", exact=True))
    press(page, "Space")
    tab_to(page, page.get_by_role("checkbox", name="Shift+Tab"))
    press(page, "Space")
    tab_to(page, page.get_by_role("button", name="Send my answers again"))
    page.keyboard.press("Enter")
    expect(result).to_contain_text("You scored 100%: passed.")
    expect(result).to_be_focused()
    assert_focus_visible(page)

    # The course is done: the dashboard says so.
    tab_to(page, page.get_by_role("link", name="My learning"), backwards=True)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="My learning")).to_be_visible()
    completed = page.get_by_role("region", name="Completed courses")
    expect(completed.get_by_role("link", name="Keyboard first steps")).to_be_visible()
    tab_to(page, completed.get_by_role("link", name="Keyboard first steps"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Keyboard first steps")).to_be_visible()
    expect(page.get_by_role("progressbar", name="2 of 2 lessons completed (100%)")).to_be_visible()
    expect(page.get_by_text("You have completed this course.")).to_be_visible()

    # The certificate, as a PDF.
    tab_to(page, page.get_by_role("link", name="My certificates"), backwards=True)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="My certificates")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Keyboard first steps")).to_be_visible()
    tab_to(page, page.get_by_role("link", name=re.compile("^PDF to print")).first)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    pdf = tmp_path / "certificate.pdf"
    download.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_focus_goes_through_an_h5p_activity_and_out_again(page, site_url):
    log_in_by_keyboard(page, site_url + "/en/accounts/login/", "trainer@example.org")
    page.goto(site_url + H5P_LESSON)
    frame = page.frame_locator("iframe[data-h5p-frame]")
    expect(frame.locator("#h5p-player[data-ready=true]")).to_be_attached()

    stops = tab_round(page)
    in_frame = [n for n, stop in enumerate(stops) if stop.get("frames")]
    assert in_frame, "Tab never reached the activity's controls"
    after = [stop for stop in stops[in_frame[-1] + 1 :] if not stop["body"]]
    assert after and not after[0]["frames"] and not after[0]["wrapped"], (
        "the focus did not come out of the activity into the rest of the lesson"
    )
    assert stops[-1]["wrapped"]

    # Backwards too: Shift+Tab from the top goes up through the activity and out of it.
    stops = tab_to(page, lambda state: state["wrapped"], backwards=True, limit=150)
    in_frame = [n for n, stop in enumerate(stops) if stop.get("frames")]
    assert in_frame, "Shift+Tab never reached the activity's controls"
    after = [stop for stop in stops[in_frame[-1] + 1 :] if not stop["body"]]
    assert after and not after[0]["frames"], "Shift+Tab did not come out of the activity"


@pytest.mark.parametrize(
    "display, width, height",
    [
        ("contrast-high", 1280, 720),
        # Reflowed: the narrowest screen, the largest text and spacing.
        ("text-larger.spacing-wide.contrast-high", 320, 640),
    ],
)
def test_in_french_and_high_contrast_every_control_shows_its_focus(
    page, site_url, tmp_path, display, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    page.context.add_cookies([{"name": "display", "value": display, "url": site_url}])
    page.goto(site_url + "/fr/")
    expect(page.locator("html")).to_have_class(re.compile("display-contrast-high"))
    tab_round(page)

    log_in_by_keyboard(page, site_url + "/fr/accounts/login/", "trainer@example.org")
    page.goto(site_url + FRENCH_QUIZ)
    tab_round(page)
    # Sent with no answer, the quiz lists what is missing where the focus is, and its
    # links take the keyboard to the questions.
    tab_to(page, page.locator("#quiz button[type=submit]"))
    page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    assert_focus_visible(page)
    tab_to(page, summary.get_by_role("link").first)
    page.keyboard.press("Enter")
    expect(page.locator("#quiz fieldset").first.locator("input").first).to_be_focused()
    assert_focus_visible(page)

    tab_to(page, page.get_by_role("link", name="Mes certificats"), backwards=True, limit=150)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Mes certificats")).to_be_visible()
    tab_round(page)
    tab_to(page, page.get_by_role("link", name="PDF à imprimer (français)"))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    pdf = tmp_path / "certificat.pdf"
    download.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
