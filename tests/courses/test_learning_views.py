"""A learner's path through a course with the test client: enrol, read, answer, come back."""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from courses.demo.learners import COHORT_NAME
from courses.factories import (
    LearnerFactory,
    LessonPageFactory,
    course_tree,
    paragraph,
    reflection,
    translation_publish,
)
from courses.models import CoursePage, Enrolment, LessonProgress, ReflectionAnswer
from courses.services.progress import course_enrol, lesson_complete, lesson_visit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french():
    """URLs are reversed in French, the site's first language, whatever ran before."""
    with translation.override("fr"):
        yield


def translated(message: str, language: str = "fr") -> str:
    with translation.override(language):
        return translation.gettext(message)


def progress_text(done: int, total: int, percent: int, language: str = "fr") -> str:
    with translation.override(language):
        return translation.ngettext(
            "%(done)s of %(total)s lesson completed (%(percent)s%%)",
            "%(done)s of %(total)s lessons completed (%(percent)s%%)",
            total,
        ) % {"done": done, "total": total, "percent": percent}


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def progress_row(user, lesson) -> LessonProgress:
    return LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)


@pytest.fixture
def learner(client):
    person = LearnerFactory()
    client.force_login(person)
    return person


def test_enrol_read_and_complete_a_course(client, learner):
    course, lessons = course_tree(lessons=2)
    enrol = reverse("course_enrol", args=[course.pk])
    assert enrol in client.get(course.url).content.decode()

    response = client.post(enrol)
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert messages_of(response) == [
        translated("You are enrolled. Your progress is saved as you go.")
    ]
    page = soup(client.get(course.url))
    start = page.find("a", href=lessons[0].url, class_="button")
    assert translated("Start the course") in text(start)

    # Opening a lesson starts it; opening it again moves its last activity on.
    client.get(lessons[0].url)
    first = progress_row(learner, lessons[0])
    assert first.status == LessonProgress.Status.IN_PROGRESS
    client.get(lessons[0].url)
    assert progress_row(learner, lessons[0]).last_activity_at > first.last_activity_at
    assert progress_row(learner, lessons[0]).first_activity_at == first.first_activity_at

    # "Mark as complete" goes on to the next lesson, then back to the course at the end.
    response = client.post(reverse("lesson_complete", args=[lessons[0].pk]))
    assert response["Location"] == lessons[1].url
    assert progress_row(learner, lessons[0]).completed_at is not None
    response = client.post(reverse("lesson_complete", args=[lessons[1].pk]))
    assert response["Location"] == course.url
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert translated("You have completed this course.") in text(soup(client.get(course.url)))


def test_enrolment_needs_a_post_a_live_course_and_an_account(client, learner):
    course, _lessons = course_tree()
    enrol = reverse("course_enrol", args=[course.pk])
    assert client.get(enrol).status_code == 405
    assert client.post(reverse("course_enrol", args=[course.pk + 10_000])).status_code == 404
    course.unpublish()
    assert client.post(enrol).status_code == 404
    client.logout()
    assert client.post(enrol).status_code == 302
    assert not Enrolment.objects.filter(course_key=course.translation_key).exists()


def test_leaving_a_course_keeps_progress(client, learner):
    course, lessons = course_tree()
    client.post(reverse("course_enrol", args=[course.pk]))
    client.post(reverse("lesson_complete", args=[lessons[0].pk]))
    response = client.post(reverse("course_unenrol", args=[course.pk]))
    assert response["Location"] == course.url
    assert not Enrolment.objects.filter(user=learner).exists()
    assert client.get(lessons[0].url)["Location"] == course.url  # enrol first

    client.post(reverse("course_enrol", args=[course.pk]))
    page = soup(client.get(course.url))
    assert progress_text(1, 2, 50) in text(page.find(class_="progress__text"))


def test_sequential_course_sends_to_the_first_lesson_not_done(client, learner):
    course, lessons = course_tree(lessons=3, navigation=CoursePage.Navigation.SEQUENTIAL)
    course_enrol(user=learner, course=course)

    response = client.get(lessons[2].url)
    assert response.status_code == 302
    assert response["Location"] == lessons[0].url
    assert messages_of(response) == [
        translated("This course is followed in order: finish this lesson first.")
    ]
    assert not LessonProgress.objects.filter(user=learner).exists()
    # The outline shows the locked lessons without a link.
    outline = soup(client.get(course.url))
    assert outline.find("a", href=lessons[0].url)
    assert not outline.find("a", href=lessons[2].url)
    locked = [text(node) for node in outline.find_all(class_="outline__locked")]
    assert locked == [lessons[1].title, lessons[2].title]

    client.post(reverse("lesson_complete", args=[lessons[0].pk]))
    assert client.get(lessons[2].url)["Location"] == lessons[1].url
    assert client.get(lessons[1].url).status_code == 200
    client.post(reverse("lesson_complete", args=[lessons[1].pk]))
    assert client.get(lessons[2].url).status_code == 200
    # Lessons already done stay open.
    assert client.get(lessons[0].url).status_code == 200


def test_optional_lessons_do_not_lock_a_sequential_course(client, learner):
    course, lessons = course_tree(lessons=1, navigation=CoursePage.Navigation.SEQUENTIAL)
    module = lessons[0].get_parent()
    optional = LessonPageFactory(parent=module, is_optional=True)
    after = LessonPageFactory(parent=module)
    course_enrol(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons[0], course=course)
    assert client.get(after.url).status_code == 200
    assert client.get(optional.url).status_code == 200


def test_free_course_opens_any_lesson(client, learner):
    course, lessons = course_tree(lessons=3)
    course_enrol(user=learner, course=course)
    assert client.get(lessons[2].url).status_code == 200
    assert progress_row(learner, lessons[2]).status == LessonProgress.Status.IN_PROGRESS


# Written reflections are private to their author.


@pytest.fixture
def reflection_lesson():
    course, lessons = course_tree(lessons=1)
    block_id = str(uuid.uuid4())
    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(),
        body=[paragraph(), reflection("Que retenez-vous ?", block_id=block_id)],
    )
    return course, lesson, block_id


def save_url(lesson, block_id) -> str:
    return reverse("reflection_save", args=[lesson.pk, block_id])


def textarea(client, lesson, block_id) -> str:
    return soup(client.get(lesson.url)).find("textarea", id=f"reflection-{block_id}").text


def test_reflection_is_saved_and_shown_to_its_author_only(client, learner, reflection_lesson):
    course, lesson, block_id = reflection_lesson
    course_enrol(user=learner, course=course)
    response = client.post(save_url(lesson, block_id), {"text": "  Ma réponse <privée>  "})
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#block-{block_id}"
    assert textarea(client, lesson, block_id) == "Ma réponse <privée>"

    other = LearnerFactory()
    course_enrol(user=other, course=course)
    client.force_login(other)
    assert textarea(client, lesson, block_id) == ""
    assert "Ma réponse" not in client.get(lesson.url).content.decode()
    # Saving their own answer leaves the first learner's alone.
    client.post(save_url(lesson, block_id), {"text": "Une autre réponse"})
    assert ReflectionAnswer.objects.get(user=learner).text == "Ma réponse <privée>"
    assert ReflectionAnswer.objects.filter(block_id=block_id).count() == 2


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_reflection_deletes_the_answer(client, learner, reflection_lesson, empty):
    course, lesson, block_id = reflection_lesson
    course_enrol(user=learner, course=course)
    client.post(save_url(lesson, block_id), {"text": "Provisoire"})
    response = client.post(save_url(lesson, block_id), {"text": empty})
    assert response.status_code == 302
    assert messages_of(response)[-1] == translated("Your answer is deleted.")
    assert not ReflectionAnswer.objects.filter(user=learner).exists()


def test_a_reflection_over_5000_characters_is_refused(client, learner, reflection_lesson):
    course, lesson, block_id = reflection_lesson
    course_enrol(user=learner, course=course)
    assert client.post(save_url(lesson, block_id), {"text": "a" * 5000}).status_code == 302
    response = client.post(save_url(lesson, block_id), {"text": "b" * 5001})
    assert response.status_code == 400
    assert "5000" in response.content.decode()  # the message names the limit
    assert ReflectionAnswer.objects.get(user=learner).text == "a" * 5000


def test_a_reflection_needs_a_real_prompt_and_an_enrolment(client, learner, reflection_lesson):
    course, lesson, block_id = reflection_lesson
    assert client.post(save_url(lesson, block_id), {"text": "Hors cours"}).status_code == 404
    course_enrol(user=learner, course=course)
    paragraph_id = lesson.body[0].id  # a block, but not a reflection
    for unknown in (uuid.uuid4(), paragraph_id):
        response = client.post(save_url(lesson, unknown), {"text": "Réponse"})
        assert response.status_code == 404
    assert client.get(save_url(lesson, block_id)).status_code == 405
    assert not ReflectionAnswer.objects.filter(user=learner).exists()


# One progress in every language.


def test_progress_follows_the_learner_from_french_to_english(client, learner):
    course, lessons = course_tree(lessons=2)
    english = [translation_publish(lesson, "en") for lesson in lessons]
    english_course = CoursePage.objects.get(
        translation_key=course.translation_key, locale__language_code="en"
    )
    assert english[0].url.startswith("/en/")

    client.post(reverse("course_enrol", args=[course.pk]))
    client.get(lessons[0].url)
    client.post(reverse("lesson_complete", args=[lessons[0].pk]))

    page = soup(client.get(english[0].url))
    assert translated("You have completed this lesson.", "en") in text(page)
    client.get(english[1].url)
    assert LessonProgress.objects.filter(user=learner).count() == 2
    assert progress_row(learner, lessons[1]).status == LessonProgress.Status.IN_PROGRESS

    page = soup(client.get(english_course.url))
    assert progress_text(1, 2, 50, "en") in text(page.find(class_="progress__text"))
    client.post(reverse("lesson_complete", args=[english[1].pk]))
    assert Enrolment.objects.get(user=learner).completed_at is not None


# Where to continue, on the course page and on the dashboard.


def check_progress_bar(page, prefix: str, course, done: int, total: int, percent: int):
    """The <progress> element is labelled by the sentence that says the same in words."""
    bar = page.find("progress", id=f"{prefix}-{course.pk}-bar")
    assert bar is not None
    assert (bar["max"], bar["value"]) == (str(total), str(done))
    label = page.find(id=bar["aria-labelledby"])
    assert text(label) == progress_text(done, total, percent)


def test_continue_where_you_left_off(client, learner):
    course, lessons = course_tree(lessons=3)
    course_enrol(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons[0], course=course)
    lesson_visit(user=learner, lesson=lessons[1], course=course)
    resume = translated("Continue where you left off")

    page = soup(client.get(course.url))
    link = page.find("a", href=lessons[1].url, class_="button")
    assert text(link).startswith(resume)
    assert lessons[1].title in text(link)
    check_progress_bar(page, "progress", course, 1, 3, 33)

    dashboard = soup(client.get("/fr/learning/"))
    card = dashboard.find("section", attrs={"aria-labelledby": "current-heading"})
    link = card.find("a", href=lessons[1].url)
    assert text(link).startswith(resume)
    check_progress_bar(card, "dashboard", course, 1, 3, 33)


def test_dashboard_lists_completed_courses_apart(client, learner):
    done, done_lessons = course_tree(lessons=1)
    current, _lessons = course_tree(lessons=2)
    for course in (done, current):
        course_enrol(user=learner, course=course)
    lesson_complete(user=learner, lesson=done_lessons[0], course=done)

    page = soup(client.get(reverse("learning_dashboard")))
    in_progress = page.find("section", attrs={"aria-labelledby": "current-heading"})
    completed = page.find("section", attrs={"aria-labelledby": "completed-heading"})
    assert completed.find("a", href=done.url)
    assert not completed.find("a", href=current.url)
    assert in_progress.find("a", href=current.url)
    assert not in_progress.find("a", href=done.url)
    # Not started yet: the card offers to start.
    assert translated("Start the course") in text(in_progress)


def test_dashboard_shows_courses_in_the_visitor_language(client, learner):
    course, lessons = course_tree()
    english = translation_publish(lessons[0], "en")
    english_course = english.get_parent().get_parent()
    course_enrol(user=learner, course=course)
    page = soup(client.get("/en/learning/"))
    assert page.find("a", href=english_course.url)
    assert not page.find("a", href=course.url)


def test_dashboard_names_the_tutors_who_follow_the_learner(client):
    client.force_login(get_user_model().objects.get(email="trainer@example.org"))
    page = soup(client.get("/fr/learning/"))
    tutors = text(page.find("section", attrs={"aria-labelledby": "tutors-heading"}))
    assert "tutor@example.org" in tutors
    assert COHORT_NAME in tutors


def test_dashboard_says_when_nobody_follows_the_learner(client, learner):
    page = soup(client.get("/fr/learning/"))
    tutors = text(page.find("section", attrs={"aria-labelledby": "tutors-heading"}))
    assert translated("No tutor follows your progress: only you can see it.") in tutors
    assert "tutor@example.org" not in tutors


def test_dashboard_needs_an_account(client):
    response = client.get("/fr/learning/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
