"""A lesson's easy-to-read version: offered under the title when there is one, shown in
place of the lesson's text with its activities kept, remembered, previewed and translated."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest
from bs4 import BeautifulSoup

from courses.factories import (
    LearnerFactory,
    LessonPageFactory,
    ModulePageFactory,
    course_tree,
    paragraph,
    quiz_body,
    reflection,
)
from courses.models import LessonPage
from courses.services.progress import course_enrol
from portal.easy_read import COOKIE
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db

EASY = "<h2>Ce que vous allez apprendre</h2><p>Une phrase courte.</p><ul><li>Une idée.</li></ul>"


@pytest.fixture(autouse=True)
def french():
    """URLs are reversed in French, the site's first language, whatever ran before."""
    with translation.override("fr"):
        yield


def in_french(message: str) -> str:
    with translation.override("fr"):
        return translation.gettext(message)


@pytest.fixture
def learner(client):
    person = LearnerFactory()
    client.force_login(person)
    return person


def enrolled_lesson(learner, **fields) -> LessonPage:
    course, _lessons = course_tree(lessons=1)
    module = course.get_children().first()
    lesson = LessonPageFactory(parent=module, **fields)
    course_enrol(user=learner, course=course)
    return lesson


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_lesson_without_an_easy_to_read_version_offers_none(client, learner):
    lesson = enrolled_lesson(learner, body=[paragraph("Le texte de la leçon.")])
    page = soup(client.get(lesson.url))
    assert page.find(id="version") is None
    assert "Le texte de la leçon." in page.get_text()
    # The reader asked for easy-to-read versions earlier: this lesson has none.
    client.cookies[COOKIE] = "1"
    assert "Le texte de la leçon." in soup(client.get(lesson.url)).get_text()


def test_the_switch_sits_under_the_title_and_links_to_the_easy_to_read_version(client, learner):
    lesson = enrolled_lesson(
        learner, body=[paragraph("Le texte de la leçon.")], easy_read_body=EASY
    )
    page = soup(client.get(lesson.url))
    switch = page.find(id="version")
    assert switch.find_previous_sibling("header").h1.get_text() == lesson.title
    link = switch.find("a")
    assert link["href"] == "?version=easy-read#version"
    assert " ".join(link.get_text().split()) == in_french("Easy to read")
    assert link.svg["aria-hidden"] == "true"  # the words carry the meaning
    assert "Le texte de la leçon." in page.get_text()
    assert "Une phrase courte." not in page.get_text()


def test_the_easy_to_read_version_replaces_the_text_and_keeps_the_activities(client, learner):
    lesson = enrolled_lesson(
        learner,
        body=[paragraph("Le texte de la leçon."), reflection("Qu'en pensez-vous ?")],
        easy_read_body=EASY,
    )
    response = client.get(lesson.url, {"version": "easy-read"})
    page = soup(response)
    text = page.get_text()
    assert "Une phrase courte." in text
    assert page.find("h2", string="Ce que vous allez apprendre")
    assert "Le texte de la leçon." not in text
    assert "Qu'en pensez-vous ?" in text  # the learner's activity stays
    switch = page.find(id="version")
    assert in_french("You are reading the easy-to-read version.") in switch.get_text()
    assert switch.find("a")["href"] == "?version=standard#version"
    assert response.cookies[COOKIE].value == "1"
    assert "Cookie" in response["Vary"]


def test_the_choice_is_remembered_until_the_reader_goes_back(client, learner):
    lesson = enrolled_lesson(
        learner, body=[paragraph("Le texte de la leçon.")], easy_read_body=EASY
    )
    client.get(lesson.url, {"version": "easy-read"})
    assert "Une phrase courte." in soup(client.get(lesson.url)).get_text()

    response = client.get(lesson.url, {"version": "standard"})
    assert "Le texte de la leçon." in soup(response).get_text()
    assert response.cookies[COOKIE].value == ""  # deleted
    del client.cookies[COOKIE]
    assert "Le texte de la leçon." in soup(client.get(lesson.url)).get_text()


def test_an_unknown_version_shows_the_standard_text(client, learner):
    lesson = enrolled_lesson(
        learner, body=[paragraph("Le texte de la leçon.")], easy_read_body=EASY
    )
    response = client.get(lesson.url, {"version": "<script>"})
    assert "Le texte de la leçon." in soup(response).get_text()
    assert COOKIE not in response.cookies


def test_the_easy_to_read_version_adds_no_query(client):
    learner = LearnerFactory()
    client.force_login(learner)
    plain = enrolled_lesson(learner, body=[paragraph(), *quiz_body()])
    with_version = LessonPageFactory(
        parent=plain.get_parent(), body=[paragraph(), *quiz_body()], easy_read_body=EASY
    )
    baseline = queries_for(client, plain.url)
    assert queries_for(client, with_version.url) == baseline
    assert queries_for(client, with_version.url + "?version=easy-read") == baseline


def test_an_editor_previews_either_version(client):
    module = ModulePageFactory()
    lesson = LessonPageFactory(
        parent=module, body=[paragraph("Le texte de la leçon.")], easy_read_body=EASY
    )
    assert [mode for mode, _label in lesson.preview_modes] == ["", "easy-read"]
    client.force_login(get_user_model().objects.get(email="editor@example.org"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert 'name="easy_read_body"' in edit
    assert "une idée par phrase" in edit  # the help text, in the editor's French
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    data = querydict_from_html(edit, form_id="page-edit-form")
    # The StreamField is drawn by JavaScript, so its data is written out here.
    body = streamfield([("paragraph", rich_text("<p>Le texte de la leçon.</p>"))])
    data.update(nested_form_data({"body": body}))
    assert client.post(preview_url, data).json()["is_valid"]
    standard = client.get(preview_url).content.decode()
    easy = client.get(preview_url, {"mode": "easy-read"}).content.decode()
    assert "Le texte de la leçon." in standard and "Une phrase courte." not in standard
    assert "Une phrase courte." in easy and "Le texte de la leçon." not in easy


def test_the_demo_lessons_have_easy_to_read_versions_in_both_languages():
    lessons = LessonPage.objects.filter(slug="pourquoi-se-former-pres-de-chez-soi")
    french = lessons.get(locale__language_code="fr")
    english = french.get_translation(Locale.objects.get(language_code="en"))
    assert "Le projet SQHM a trouvé une autre solution." in french.easy_read_body
    assert "The SQHM project found another way." in english.easy_read_body
    assert (
        LessonPage.objects.live().exclude(easy_read_body="").filter(locale=french.locale).count()
        >= 2
    )
