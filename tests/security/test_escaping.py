"""Whatever people type is shown as text, never run as markup: names, cohort names,
reflections, printed names on certificates, search words, filter values, the JSON a page
carries, and rich text written through the admin (kept to Wagtail's whitelist)."""

import json
import re

from django.contrib.auth import get_user_model
from django.utils.html import escape

from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import pytest

from courses.demo.learners import COHORT_NAME, FINISHED_COURSE_SLUG
from courses.models import (
    Certificate,
    Cohort,
    CoursePage,
    H5PActivity,
    LessonPage,
    ReflectionAnswer,
)
from practices.models import CaseStudyPage, PracticeIndexPage

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
HOSTILE = [SCRIPT, ATTRIBUTE]


def user(email: str):
    return get_user_model().objects.get(email=email)


def renamed(email: str):
    """The account, renamed with markup in both names."""
    get_user_model().objects.filter(email=email).update(first_name=SCRIPT, last_name=ATTRIBUTE)
    return user(email)


def assert_shown_as_text(response, *values: str, statuses=(200,)) -> None:
    """Each value is on the page, escaped, and nowhere as markup."""
    assert response.status_code in statuses
    html = response.content.decode()
    for value in values:
        assert escape(value) in html, f"{value!r} is not shown"
    assert "<script>alert" not in html
    assert "<img src=x" not in html


def test_a_trainee_name_is_text_on_the_tutor_cohort_page(client):
    cohort = Cohort.objects.get(name=COHORT_NAME)
    renamed("lea@example.org")
    client.force_login(cohort.tutors.first())
    assert_shown_as_text(client.get(f"/en/tutoring/cohorts/{cohort.pk}/"), *HOSTILE)


def test_a_cohort_name_and_tutor_name_are_text_for_trainees_and_tutors(client):
    cohort = Cohort.objects.get(name=COHORT_NAME)
    Cohort.objects.filter(pk=cohort.pk).update(name=ATTRIBUTE + SCRIPT)
    tutor = renamed(cohort.tutors.first().email)
    client.force_login(user("lea@example.org"))
    assert_shown_as_text(client.get("/en/learning/"), ATTRIBUTE + SCRIPT, SCRIPT)
    client.force_login(tutor)
    assert_shown_as_text(client.get("/en/tutoring/"), ATTRIBUTE + SCRIPT)
    assert_shown_as_text(client.get(f"/en/tutoring/cohorts/{cohort.pk}/edit/"), ATTRIBUTE + SCRIPT)


def test_a_printed_name_is_text_on_the_certificate_pages(client):
    certificate = Certificate.objects.valid().get(learner__email="trainer@example.org")
    Certificate.objects.filter(pk=certificate.pk).update(learner_name=SCRIPT + ATTRIBUTE)
    assert_shown_as_text(client.get(f"/en/verify/{certificate.pk}/"), SCRIPT + ATTRIBUTE)
    client.force_login(user("trainer@example.org"))
    assert_shown_as_text(client.get("/en/learning/certificates/"), SCRIPT + ATTRIBUTE)


def test_a_reflection_stays_inside_its_text_box(client):
    trainer = user("trainer@example.org")
    # A course the demo trainer has finished: every lesson is open to her.
    course = CoursePage.objects.get(slug=FINISHED_COURSE_SLUG, locale__language_code="fr")
    english = course.get_translation(Locale.objects.get(language_code="en"))
    lessons = LessonPage.objects.live().descendant_of(english).order_by("path")
    lesson = next(page for page in lessons if page.has_reflections)
    block = next(block for block in lesson.body if block.block_type == "reflection")
    answer = f"</textarea>{SCRIPT}{ATTRIBUTE}"
    ReflectionAnswer.objects.create(
        user=trainer, lesson_key=lesson.translation_key, block_id=block.id, text=answer
    )
    client.force_login(trainer)
    response = client.get(lesson.url)
    assert_shown_as_text(response, answer)
    assert "</textarea><script" not in response.content.decode()


def test_search_words_are_text_in_the_results_page(client):
    response = client.get("/en/search/", {"q": SCRIPT + ATTRIBUTE})
    # Quotation marks are not understood by every search backend: the words come back with
    # the reason (400) or with the results.
    assert_shown_as_text(response, SCRIPT + ATTRIBUTE, statuses=(200, 400))
    response = client.get("/en/search/", {"q": SCRIPT})
    assert_shown_as_text(response, SCRIPT)


def test_filter_values_are_text_in_the_library(client):
    library = PracticeIndexPage.objects.live().get(locale__language_code="en")
    response = client.get(library.url, {"q": SCRIPT + ATTRIBUTE, "theme": ATTRIBUTE})
    assert response.status_code in {200, 400}
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert escape(SCRIPT + ATTRIBUTE) in html


def test_a_link_back_never_carries_a_script_address(client):
    response = client.get("/en/display/", {"next": "javascript:alert(1)"})
    assert response.status_code == 200
    assert "javascript:" not in response.content.decode()


def test_json_in_the_h5p_player_page_cannot_close_its_script_element(client):
    renamed("trainer@example.org")
    client.force_login(user("trainer@example.org"))
    response = client.get(H5PActivity.objects.first().get_player_url())
    html = response.content.decode()
    config = re.search(
        r'<script id="h5p-player-config" type="application/json">(.*?)</script>', html, re.S
    )
    assert "<" not in config[1] and ">" not in config[1]
    assert json.loads(config[1])["user"]["name"] == f"{SCRIPT} {ATTRIBUTE}"


# Rich text: the admin's editor sends its content as JSON (Draft.js "contentstate"), which
# Wagtail turns into HTML with only the features the field allows.
HOSTILE_CONTENTSTATE = json.dumps(
    {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "depth": 0,
                "text": f"{SCRIPT} Read more",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": len(SCRIPT) + 1, "length": 9, "key": 0}],
                "data": {"onclick": "alert(1)"},
            },
            {
                "key": "a2",
                "type": "script",
                "depth": 0,
                "text": "alert(2)",
                "inlineStyleRanges": [],
                "entityRanges": [],
                "data": {},
            },
        ],
        "entityMap": {
            "0": {
                "type": "LINK",
                "mutability": "MUTABLE",
                "data": {"url": "javascript:alert(1)", "onclick": "alert(1)"},
            }
        },
    }
)


def edited_section(client, text: str) -> CaseStudyPage:
    """A French case study whose story is one section with ``text``, published from the
    admin by an administrator; the page as stored."""
    client.force_login(user("admin@example.org"))
    page = CaseStudyPage.objects.live().filter(locale__language_code="fr").first()
    edit_url = f"/admin/pages/{page.pk}/edit/"
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    section = {"kind": "context", "heading": SCRIPT, "text": text}
    form.update(
        nested_form_data({"body": streamfield([("section", section)]), "sources": streamfield([])})
    )
    form["action-publish"] = "action-publish"
    response = client.post(edit_url, form)
    assert response.status_code == 302, response.content.decode()[-3000:]
    client.logout()
    page.refresh_from_db()
    return page


def test_rich_text_from_the_admin_keeps_to_the_whitelist(client):
    page = edited_section(client, HOSTILE_CONTENTSTATE)
    stored = page.body.raw_data[0]["value"]["text"]
    for unwanted in ("<script", "javascript:", "onclick", "alert(2)"):
        assert unwanted not in stored
    assert escape(SCRIPT) in stored
    assert_shown_as_text(client.get(page.url), SCRIPT)
    assert "javascript:" not in client.get(page.url).content.decode()


def test_html_sent_in_place_of_the_editor_json_keeps_to_the_whitelist_too(client):
    html = '<p onclick="alert(1)">Read <a href="javascript:alert(1)">more</a></p>' + SCRIPT
    page = edited_section(client, html)
    stored = page.body.raw_data[0]["value"]["text"]
    for unwanted in ("<script", "javascript:", "onclick"):
        assert unwanted not in stored
    assert ">Read <a>more</a></p>" in stored  # the text stays, the link loses its address
