"""The Content-Security-Policy is strict and the site still works under it: Chromium walks
the pages of a visitor, a learner and a tutor, and an editor's admin screens, and no
rule of the policy is broken anywhere (pages, H5P frames, previews, choosers)."""

from wagtail.models import Collection
from wagtail_localize.models import Translation

import pytest
from playwright.sync_api import FrameLocator, Page, expect
from wagtail_factories import ImageFactory

from courses.models import H5PActivity, LessonPage
from practices.models import Theme

# The browser tests' Chromium and their live server, one request at a time on SQLite.
from tests.browser.conftest import (  # noqa: F401
    browser_type_launch_args,
    live_server_one_request_at_a_time,
)
from tests.browser.pages import LEARNER, TUTOR, VISITOR, log_in, walk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every frame reports each broken rule to the test, from the moment its document starts.
REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) =>
    window.cspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
        + ` at ${event.sourceFile || document.location.href}:${event.lineNumber}`));"""
INLINE_SCRIPT = """() => { const script = document.createElement("script");
    script.textContent = "window.inlineRan = true;"; document.body.append(script); }"""


def violations_heard(page: Page) -> list[str]:
    """What the pages opened in ``page`` break of their policy, as it happens."""
    heard = []
    page.expose_function("cspViolation", lambda text: heard.append(f"{page.url}: {text}"))
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and heard.append(f"{page.url}: {message.text}")
        ),
    )
    return heard


@pytest.fixture
def site_url(demo_database, live_server) -> str:
    return live_server.url


def test_public_pages_break_no_rule_of_the_policy(page, site_url):
    heard = violations_heard(page)
    page.goto(site_url + "/en/")
    # The listener hears a broken rule: an inline script without the nonce is refused.
    page.evaluate(INLINE_SCRIPT)
    expect(page.locator("body")).to_be_visible()
    assert page.evaluate("window.inlineRan") is None
    page.wait_for_timeout(100)
    assert heard, "no violation reported for an inline script"
    heard.clear()

    problems = []
    for role, language in ((VISITOR, "fr"), (LEARNER, "en"), (TUTOR, "fr")):
        page.context.clear_cookies()
        problems += [
            f"{role}: {problem}"
            for _type, problem in walk(page, site_url, role, language)
            if problem
        ]
    assert not problems, "\n".join(problems)
    assert not heard, "\n".join(heard)


def open_image_chooser(page: Page) -> None:
    """Add an image block to the lesson open in the editor and choose its image."""
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Image").first.click()
    page.locator("button[data-chooser-action-choose]").first.click()
    expect(page.get_by_role("dialog").get_by_text("Choose an image")).to_be_visible()
    expect(page.locator(".modal img").first).to_be_visible()
    page.get_by_role("dialog").get_by_role("button", name="Close").click()


def open_preview(page: Page) -> FrameLocator:
    """Open the editor's preview panel: the page, framed by the admin."""
    toggle = page.get_by_role("button", name="Toggle preview")
    # The admin remembers an open panel from one screen to the next.
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("main")).to_be_visible()
    return preview


def test_admin_screens_break_no_rule_of_the_policy(page, site_url):
    ImageFactory(title="Atelier", collection=Collection.get_first_root_node())
    lesson = LessonPage.objects.live().filter(locale__language_code="fr").first()
    theme = Theme.objects.filter(locale__language_code="fr").first()
    translated = (
        Translation.objects.filter(enabled=True, source__specific_content_type__model="lessonpage")
        .first()
        .get_target_instance()
    )
    heard = violations_heard(page)
    log_in(page, site_url, "editor@example.org", "en")

    page.goto(f"{site_url}/admin/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(f"{site_url}/admin/pages/{lesson.pk}/edit/")
    open_preview(page)
    open_image_chooser(page)
    # An H5P activity's preview: the admin frames the preview, which frames the player.
    activity = H5PActivity.objects.first()
    page.goto(f"{site_url}/admin/snippets/courses/h5pactivity/edit/{activity.pk}/")
    player = open_preview(page).frame_locator("iframe[data-h5p-frame]")
    expect(player.locator("#h5p-player[data-ready=true]")).to_be_attached()
    page.goto(f"{site_url}/admin/snippets/practices/theme/edit/{theme.pk}/")
    expect(page.locator("#id_name")).to_be_visible()
    # wagtail-localize's editor, for a page translated from French.
    page.goto(f"{site_url}/admin/pages/{translated.pk}/edit/")
    expect(page.get_by_role("link", name="Download PO file")).to_be_visible()
    # The public page, with Wagtail's user bar that editors see there.
    page.goto(site_url + "/en/")
    page.locator("#wagtail-userbar-trigger").click()
    expect(page.locator("#wagtail-userbar-items")).to_be_visible()
    assert not heard, "\n".join(heard)
