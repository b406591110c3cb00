"""Course pages: where they live in the tree, and who may read an outline or a lesson."""

import html
import re
from urllib.parse import parse_qs, urlsplit

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest

from courses.factories import (
    CourseIndexPageFactory,
    LearnerFactory,
    LessonPageFactory,
    ModulePageFactory,
    course_index,
    course_tree,
    paragraph,
    quiz,
    reflection,
    single_question,
)
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
)
from courses.services.progress import course_enrol
from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french():
    """URLs are reversed in French, the site's first language, whatever ran before."""
    with translation.override("fr"):
        yield


def user(email: str):
    return get_user_model().objects.get(email=email)


def in_french(message: str) -> str:
    with translation.override("fr"):
        return translation.gettext(message)


def text_of(response) -> str:
    """The page's text, without tags and with entities decoded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def list_block(values: list) -> dict:
    """ListBlock form data, in the nested form that ``nested_form_data`` flattens."""
    items = {
        str(i): {"value": value, "deleted": "", "order": i, "id": ""}
        for i, value in enumerate(values)
    }
    return {"count": len(values), **items}


def lesson_form_data(edit_html: str, *, title: str, text: str, question: str):
    """What the lesson's edit form sends: its fields, with a paragraph and a one-question quiz.

    The StreamField is drawn by JavaScript, so its data is written out here.
    """
    data = querydict_from_html(edit_html, form_id="page-edit-form")
    data["title"] = title
    choices = [
        {"text": "Oui", "correct": "on", "feedback": "Bien vu."},
        {"text": "Non", "correct": "", "feedback": "Relisez la leçon."},
    ]
    quiz_value = {
        "intro": "",
        "pass_mark": "75",
        "questions": list_block(
            [{"kind": "single", "text": question, "choices": list_block(choices)}]
        ),
    }
    body = streamfield([("paragraph", rich_text(f"<p>{text}</p>")), ("quiz", quiz_value)])
    data.update(nested_form_data({"body": body}))
    return data


class TestCourseTree(WagtailPageTestCase):
    """Editors can only build index › course › module › lesson, nothing else."""

    def test_course_index_sits_under_a_home_page_and_holds_courses(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_course_holds_modules_only(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertCanNotCreateAt(HomePage, CoursePage)

    def test_module_holds_lessons_only(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertCanNotCreateAt(CourseIndexPage, ModulePage)

    def test_lesson_is_a_leaf_under_a_module(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(LessonPage, StandardPage)

    def test_one_course_index_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="fr")
        assert not CourseIndexPage.can_create_at(home)
        # The factory finds the demo index instead of adding a second one.
        assert CourseIndexPageFactory().pk == course_index("fr").pk

    def test_an_editor_can_preview_a_lesson_with_a_quiz(self):
        module = ModulePageFactory()
        lesson = LessonPageFactory(parent=module, body=[paragraph(), reflection(), quiz()])
        editor = user("editor@example.org")
        self.client.force_login(editor)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
        data = lesson_form_data(
            edit.content.decode(), title="Aperçu", text="Un texte.", question="Vraiment ?"
        )
        self.assertPageIsPreviewable(lesson, user=editor, post_data=data)

    def test_course_and_module_render_for_anyone(self):
        module = ModulePageFactory()
        LessonPageFactory(parent=module)
        self.assertPageIsRenderable(module.get_parent().specific)
        self.assertPageIsRenderable(module)


def test_anonymous_visitor_reads_the_course_outline(client):
    course, lessons = course_tree(modules=2, lessons=2)
    response = client.get(course.url)
    assert response.status_code == 200
    text = text_of(response)
    for lesson in lessons:
        assert lesson.title in text
    body = response.content.decode()
    assert f'href="{lessons[0].url}"' in body
    login = reverse("account_login")
    assert f'href="{login}?next={course.url}"' in body
    assert reverse("course_enrol", args=[course.pk]) not in body  # no enrol form yet


def test_anonymous_visitor_is_sent_to_log_in_before_a_lesson(client):
    _course, lessons = course_tree()
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("account_login")
    assert parse_qs(location.query)["next"] == [lessons[0].url]
    easy_read = client.get(lessons[0].url + "?version=easy-read")
    assert parse_qs(urlsplit(easy_read["Location"]).query)["next"] == [
        lessons[0].url + "?version=easy-read"
    ]


def test_signed_in_learner_not_enrolled_is_sent_to_the_course(client):
    course, lessons = course_tree()
    learner = LearnerFactory()
    client.force_login(learner)
    response = client.get(lessons[1].url)
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert messages_of(response) == [in_french("Enrol in the course to open its lessons.")]
    assert not LessonProgress.objects.filter(user=learner).exists()

    course_enrol(user=learner, course=course)
    assert client.get(lessons[1].url).status_code == 200


def test_editor_reads_a_lesson_without_enrolling_and_nothing_is_recorded(client):
    _course, lessons = course_tree()
    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(),
        body=[paragraph("Contenu pour les éditeurs"), quiz(single_question("Question ?"))],
    )
    editor = user("editor@example.org")
    client.force_login(editor)
    response = client.get(lesson.url)
    assert response.status_code == 200
    text = text_of(response)
    assert "Contenu pour les éditeurs" in text
    assert "Question ?" in text
    assert (
        in_french(
            "You are viewing this lesson without being enrolled: nothing you do here is recorded."
        )
        in text
    )
    body = response.content.decode()
    assert reverse("lesson_complete", args=[lesson.pk]) not in body
    assert 'name="token"' not in body  # the quiz is shown, not answerable
    assert not LessonProgress.objects.filter(user=editor).exists()
    assert not Enrolment.objects.filter(user=editor).exists()


def test_trainee_without_admin_access_cannot_read_unenrolled(client):
    """Only editors' admin access opens lessons without enrolment; tutors need to enrol."""
    course, lessons = course_tree()
    client.force_login(user("tutor@example.org"))
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_editor_preview_shows_the_draft_and_its_quiz_questions(client):
    module = ModulePageFactory()
    lesson = LessonPageFactory(
        parent=module,
        body=[paragraph("Texte publié"), quiz(single_question("Ancienne question ?"))],
    )
    editor = user("editor@example.org")
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert edit.status_code == 200
    data = lesson_form_data(
        edit.content.decode(),
        title="Titre en cours de rédaction",
        text="Texte modifié",
        question="Quelle est la bonne réponse ?",
    )
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    assert client.post(preview, data).json() == {"is_valid": True, "is_available": True}

    response = client.get(preview)
    assert response.status_code == 200
    text = text_of(response)
    assert "Titre en cours de rédaction" in text
    assert "Texte modifié" in text
    assert "Texte publié" not in text
    assert "Quelle est la bonne réponse ?" in text
    assert "nothing you do here is recorded" not in text
    assert reverse("lesson_complete", args=[lesson.pk]) not in response.content.decode()
    assert not LessonProgress.objects.filter(user=editor).exists()
    lesson.refresh_from_db()
    assert lesson.title != "Titre en cours de rédaction"  # a preview saves nothing


def test_draft_lesson_is_not_found(client):
    module = ModulePageFactory()
    draft = LessonPageFactory(parent=module, live=False)
    course_enrol(user=user("lea@example.org"), course=module.get_parent().specific)
    client.force_login(user("lea@example.org"))
    assert client.get(draft.url or f"{module.url}{draft.slug}/").status_code == 404


def test_lesson_of_an_unpublished_course_is_not_found(client):
    """Unpublishing only the course leaves its lessons live, but no longer reachable."""
    course, lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    url = lessons[0].url
    course.unpublish()
    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 404
    assert not LessonProgress.objects.filter(user=learner).exists()


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_lesson_refuses_other_methods(client, method):
    course, lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert getattr(client, method)(lessons[0].url).status_code == 405
