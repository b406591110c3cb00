"""An H5P activity in a real browser: played with the keyboard in French and English, its
result recorded on the server through xAPI, its state given back. (The lesson and its
activity are scanned for accessibility in test_accessibility_scan.py; an activity that
plays in a frame of its own is scanned here.)"""

import io
import json
import re
import zipfile

from django.core.files.base import ContentFile

import pytest
from playwright.sync_api import expect

from courses.demo.h5p.build import choice_content, package_build
from courses.models import H5PResult, LessonPage, LessonProgress, XAPIStatement
from courses.services.h5p import h5p_activity_create
from portal.models import User
from tests.browser.test_courses import log_in

pytestmark = pytest.mark.django_db(transaction=True)

COURSE = "/en/courses/distance-tutoring/"
LESSON = COURSE + "training-outside-the-walls/why-train-close-to-home/"
LESSON_FR = (
    "/fr/formations/tutorat-a-distance/se-former-hors-les-murs/"
    "pourquoi-se-former-pres-de-chez-soi/"
)


def open_lesson_enrolled(page, site_url):
    """Sign in as a trainer, enrol in the course if needed, open the lesson with H5P."""
    log_in(page, site_url, "trainer@example.org")
    page.goto(site_url + COURSE)
    enrol = page.get_by_role("button", name="Enrol in this course")
    if enrol.count():
        enrol.press("Enter")
    page.goto(site_url + LESSON)


def activity_frame(page, title):
    frame_element = page.get_by_title(f"Interactive activity: {title}")
    expect(frame_element).to_be_visible()
    frame = frame_element.element_handle().content_frame()
    frame.wait_for_selector("#h5p-player[data-ready=true]")
    return frame


def settled(frame, *, statements, states_saved=1):
    """Wait until the player has sent its statements and saved its place: the server is
    then done with them. (On SQLite the live server shares this test's database
    connection, so the test reads the database only while the server is idle.)"""
    player = frame.locator("#h5p-player")
    expect(player).to_have_attribute("data-statements-sent", str(statements))
    if states_saved:
        pattern = re.compile(rf"^[{states_saved}-9]")
        expect(player).to_have_attribute("data-states-saved", pattern)


def test_a_learner_plays_an_activity_and_the_server_records_it(page, site_url):
    user = User.objects.get(email="trainer@example.org")
    lesson = LessonPage.objects.get(url_path__endswith="/why-train-close-to-home/")
    open_lesson_enrolled(page, site_url)
    frame = activity_frame(page, "SQHM: where does the training happen?")
    expect(frame.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_text("Pass this activity to complete the lesson.")).to_be_visible()

    # Wrong first, with the keyboard only: focus a choice, Space to pick it, Enter.
    frame.get_by_label("In a rehabilitation centre, far from home.").focus()
    page.keyboard.press("Space")
    frame.get_by_role("button", name="Check").press("Enter")
    expect(frame.get_by_text("Not quite.")).to_be_visible()
    settled(frame, statements=1)
    result = H5PResult.objects.get(user=user, lesson_key=lesson.translation_key)
    assert (result.attempts, result.best_score) == (1, 0)
    progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    assert progress.completed_at is None

    frame.get_by_role("button", name="Retry").press("Enter")
    frame.get_by_label("Close to home, supported by a local network.").focus()
    page.keyboard.press("Space")
    frame.get_by_role("button", name="Check").press("Enter")
    expect(frame.get_by_text("Right: the training comes to the person.")).to_be_visible()
    settled(frame, statements=2, states_saved=2)
    result = H5PResult.objects.get(user=user, lesson_key=lesson.translation_key)
    assert (result.attempts, result.best_score) == (2, 100)
    assert result.passed_at is not None
    progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    assert progress.completed_at is not None
    assert XAPIStatement.objects.filter(user=user, counted=True).count() == 2

    # An answer saves where the learner is at once: back on the page, it is still there.
    page.reload()
    frame = activity_frame(page, "SQHM: where does the training happen?")
    expect(frame.get_by_label("Close to home, supported by a local network.")).to_be_checked()
    expect(page.get_by_text("Passed")).to_be_visible()

    # The same lesson in French plays the French version, with the result kept.
    page.goto(site_url + LESSON_FR)
    expect(page.get_by_text("Vous avez terminé cette leçon.")).to_be_visible()
    frame_element = page.get_by_title("Activité interactive : SQHM : où se passe la formation ?")
    frame = frame_element.element_handle().content_frame()
    frame.wait_for_selector("#h5p-player[data-ready=true]")
    expect(frame.get_by_role("button", name="Vérifier")).to_be_visible()


def test_the_activity_gives_back_where_the_learner_stopped(page, site_url):
    open_lesson_enrolled(page, site_url)
    frame = activity_frame(page, "SQHM: where does the training happen?")
    frame.get_by_label("Alone, online, with nobody to follow them.").check()
    # Without an answer, the player saves the learner's place every ten seconds.
    expect(frame.locator("#h5p-player")).to_have_attribute(
        "data-states-saved", re.compile(r"^[1-9]"), timeout=20_000
    )

    page.reload()
    frame = activity_frame(page, "SQHM: where does the training happen?")
    expect(frame.get_by_label("Alone, online, with nobody to follow them.")).to_be_checked()


def test_an_activity_that_plays_in_its_own_frame_loads_under_the_policy(page, site_url, axe):
    # Most H5P content types only embed as an iframe: H5P core then writes the frame with
    # one inline script, which the player page's policy allows by its hash alone.
    package = json.loads(
        zipfile.ZipFile(io.BytesIO(choice_package("en"))).read("h5p.json").decode()
    )
    package["embedTypes"] = ["iframe"]
    data = choice_package("en", extra_files={"h5p.json": json.dumps(package).encode()})
    activity = h5p_activity_create(
        upload=ContentFile(data, name="framed.h5p"), may_install_libraries=True
    )
    log_in(page, site_url, "trainer@example.org")
    page.goto(site_url + activity.get_player_url() + "?lang=en")
    page.wait_for_selector("#h5p-player[data-ready=true]")
    inner = page.get_by_title("Interactive activity: Framed")
    expect(inner).to_have_attribute("lang", "en")
    frame = inner.element_handle().content_frame()
    frame.get_by_label("Paris").check()
    frame.get_by_role("button", name="Check").press("Enter")
    expect(frame.get_by_text("Right.")).to_be_visible()
    settled(page, statements=1)
    axe(page)
    axe(frame)
    # Stored, though it counts for no lesson: this activity is in none.
    statement = XAPIStatement.objects.get(activity=activity)
    assert not statement.counted


def choice_package(language, **kwargs) -> bytes:
    content = choice_content(
        question="Which city is the capital of France?",
        answers=[("Lyon", False), ("Paris", True)],
        l10n={"check": "Check", "correct": "Right.", "wrong": "Wrong."},
    )
    return package_build(content=content, title="Framed", language=language, **kwargs)
