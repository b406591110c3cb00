"""Learners' progress: enrolment, completion counted once, course completion, time spent."""

import uuid

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

import pytest

from courses.factories import (
    LearnerFactory,
    LessonPageFactory,
    course_tree,
    quiz_body,
)
from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.selectors import course_outline
from courses.services.progress import (
    MAX_SECONDS_PER_REPORT,
    course_enrol,
    course_unenrol,
    lesson_complete,
    lesson_visit,
)
from courses.services.quizzes import quiz_submit
from tests.conftest import at_once, needs_postgresql

pytestmark = pytest.mark.django_db


def enrolment(user, course) -> Enrolment:
    return Enrolment.objects.get(user=user, course_key=course.translation_key)


def progress(user, lesson) -> LessonProgress:
    return LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)


def test_enrolling_twice_keeps_one_enrolment():
    course, _lessons = course_tree()
    learner = LearnerFactory()
    first = course_enrol(user=learner, course=course)
    again = course_enrol(user=learner, course=course)
    assert again.pk == first.pk
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_leaving_a_course_keeps_progress_for_a_return():
    course, lessons = course_tree(lessons=3)
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons[0], course=course)
    lesson_visit(user=learner, lesson=lessons[1], course=course)

    course_unenrol(user=learner, course=course)
    assert not Enrolment.objects.filter(user=learner).exists()
    assert LessonProgress.objects.filter(user=learner).count() == 2

    course_enrol(user=learner, course=course)
    outline = course_outline(course=course, user=learner)
    assert [entry.status for entry in outline.lessons] == [
        LessonProgress.Status.COMPLETED,
        LessonProgress.Status.IN_PROGRESS,
        LessonProgress.Status.NOT_STARTED,
    ]
    assert outline.next_lesson.page.pk == lessons[1].pk


def test_coming_back_after_finishing_every_lesson_completes_the_course():
    course, lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, course=course)
    course_unenrol(user=learner, course=course)

    assert course_enrol(user=learner, course=course).completed_at is not None


def test_marking_a_lesson_complete_twice_counts_once():
    course, lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    assert lesson_complete(user=learner, lesson=lessons[0], course=course) is True
    completed_at = progress(learner, lessons[0]).completed_at

    assert lesson_complete(user=learner, lesson=lessons[0], course=course) is False
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert progress(learner, lessons[0]).completed_at == completed_at
    assert course_outline(course=course, user=learner).required_completed == 1


def test_visiting_a_lesson_starts_it_and_keeps_its_first_activity():
    course, lessons = course_tree()
    learner = LearnerFactory()
    first = lesson_visit(user=learner, lesson=lessons[0], course=course)
    again = lesson_visit(user=learner, lesson=lessons[0], course=course)
    row = progress(learner, lessons[0])
    assert again.pk == first.pk
    assert row.status == LessonProgress.Status.IN_PROGRESS
    assert row.first_activity_at == first.first_activity_at
    assert row.last_activity_at >= first.last_activity_at


# Database constraints: the last guard against double counting, on every database.


def test_database_refuses_a_second_progress_row_for_a_lesson():
    course, lessons = course_tree()
    learner = LearnerFactory()
    lesson_visit(user=learner, lesson=lessons[0], course=course)
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        LessonProgress.objects.create(
            user=learner,
            lesson_key=lessons[0].translation_key,
            course_key=course.translation_key,
            first_activity_at=now,
            last_activity_at=now,
        )


def test_database_refuses_the_same_quiz_token_twice():
    course, _lessons = course_tree()
    lesson = LessonPageFactory(parent=_lessons[0].get_parent(), body=quiz_body())
    learner = LearnerFactory()
    token = uuid.uuid4()
    fields = {
        "user": learner,
        "lesson_key": lesson.translation_key,
        "course_key": course.translation_key,
        "token": token,
        "answers": {"0": [0]},
    }
    QuizAttempt.objects.create(score=100, passed=True, **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizAttempt.objects.create(score=0, passed=False, **fields)
    # The same token from another learner is another attempt.
    QuizAttempt.objects.create(score=0, passed=False, **{**fields, "user": LearnerFactory()})


def test_database_refuses_a_second_enrolment():
    course, _lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(user=learner, course_key=course.translation_key)


def test_database_refuses_a_score_over_100():
    course, lessons = course_tree()
    learner = LearnerFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizAttempt.objects.create(
            user=learner,
            lesson_key=lessons[0].translation_key,
            course_key=course.translation_key,
            token=uuid.uuid4(),
            score=101,
            passed=True,
            answers={},
        )


# Two requests at the same moment. They need real transactions and one database connection
# per thread, which the in-memory SQLite test database cannot give (every thread shares one
# connection, and SQLite locks the whole database rather than a row): run on PostgreSQL.


@needs_postgresql
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("started", [False, True], ids=["new-lesson", "lesson-in-progress"])
def test_two_clicks_at_once_complete_a_lesson_once(demo_database, started):
    """Released together, both threads race to insert the progress row (when the lesson
    was not opened yet) and to set its completion; the unique constraint and the
    conditional update let exactly one of them count."""
    course, lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    if started:
        lesson_visit(user=learner, lesson=lessons[0], course=course)

    def click():
        return lesson_complete(user=learner, lesson=lessons[0], course=course)

    results = at_once(click, click)

    assert sorted(results) == [False, True]
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert progress(learner, lessons[0]).completed_at is not None


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_the_same_quiz_form_sent_twice_at_once_is_one_attempt(demo_database):
    """A double click on "Send my answers": two requests with the same token race to insert
    the attempt; the loser returns the winner's attempt and adds nothing."""
    course, lessons = course_tree()
    lesson = LessonPageFactory(parent=lessons[0].get_parent(), body=quiz_body())
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    token = uuid.uuid4()

    def send():
        return quiz_submit(
            user=learner, lesson=lesson, course=course, answers={0: (0,)}, token=token
        )

    attempts = at_once(send, send)

    assert attempts[0].pk == attempts[1].pk
    assert QuizAttempt.objects.filter(user=learner).count() == 1
    row = progress(learner, lesson)
    assert row.attempts == 1
    assert row.best_score == 100
    assert row.completed_at is not None


# Course completion.


@pytest.fixture
def course_with_optional_lesson():
    course, lessons = course_tree(lessons=2)
    optional = LessonPageFactory(parent=lessons[0].get_parent(), is_optional=True)
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    return course, lessons, optional, learner


def test_course_is_completed_when_every_required_lesson_is_done(course_with_optional_lesson):
    course, lessons, optional, learner = course_with_optional_lesson
    lesson_complete(user=learner, lesson=lessons[0], course=course)
    assert enrolment(learner, course).completed_at is None

    lesson_complete(user=learner, lesson=lessons[1], course=course)
    assert enrolment(learner, course).completed_at is not None
    outline = course_outline(course=course, user=learner)
    assert outline.is_completed
    assert (outline.required_completed, outline.required_total, outline.percent) == (2, 2, 100)
    assert not next(e for e in outline.lessons if e.page.pk == optional.pk).completed


def test_passing_the_last_quiz_completes_the_course():
    course, lessons = course_tree(lessons=1)
    lesson = LessonPageFactory(parent=lessons[0].get_parent(), body=quiz_body())
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons[0], course=course)
    quiz_submit(user=learner, lesson=lesson, course=course, answers={0: (1,)}, token=uuid.uuid4())
    assert enrolment(learner, course).completed_at is None
    quiz_submit(user=learner, lesson=lesson, course=course, answers={0: (0,)}, token=uuid.uuid4())
    assert enrolment(learner, course).completed_at is not None


def test_a_lesson_added_later_keeps_the_course_completed(course_with_optional_lesson):
    course, lessons, _optional, learner = course_with_optional_lesson
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, course=course)
    completed_at = enrolment(learner, course).completed_at

    added = LessonPageFactory(parent=lessons[0].get_parent())

    assert enrolment(learner, course).completed_at == completed_at
    outline = course_outline(course=course, user=learner)
    assert outline.is_completed
    assert (outline.required_completed, outline.required_total) == (2, 3)
    assert outline.next_lesson.page.pk == added.pk


@pytest.mark.parametrize("change", ["delete", "unpublish"])
def test_removing_the_last_missing_lesson_completes_the_course(change):
    """Editors deleting or unpublishing a lesson fire signals that recheck enrolments."""
    course, lessons = course_tree(lessons=3)
    learner, other = LearnerFactory(), LearnerFactory()
    for person in (learner, other):
        course_enrol(user=person, course=course)
    for lesson in lessons[:2]:
        lesson_complete(user=learner, lesson=lesson, course=course)
    lesson_complete(user=other, lesson=lessons[0], course=course)

    getattr(lessons[2], change)()

    assert enrolment(learner, course).completed_at is not None
    assert enrolment(other, course).completed_at is None  # still has a lesson to do


# The time-spent beacon sent by lesson pages.


@pytest.fixture
def enrolled_client(client):
    course, lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    client.get(lessons[0].url)  # opening the lesson starts it
    return client, learner, lessons[0]


def time_url(lesson) -> str:
    return reverse("lesson_time", args=[lesson.pk])


def test_time_beacon_adds_seconds(enrolled_client):
    client, learner, lesson = enrolled_client
    assert client.post(time_url(lesson), {"seconds": "45"}).status_code == 204
    assert client.post(time_url(lesson), {"seconds": "15"}).status_code == 204
    assert progress(learner, lesson).time_spent_seconds == 60


def test_time_beacon_caps_a_forgotten_tab(enrolled_client):
    client, learner, lesson = enrolled_client
    response = client.post(time_url(lesson), {"seconds": str(MAX_SECONDS_PER_REPORT + 600)})
    assert response.status_code == 204
    assert progress(learner, lesson).time_spent_seconds == MAX_SECONDS_PER_REPORT


@pytest.mark.parametrize("seconds", ["", "abc", "0", "-5", "1.5", "86401", "9" * 30])
def test_time_beacon_refuses_bad_values(enrolled_client, seconds):
    client, learner, lesson = enrolled_client
    response = client.post(time_url(lesson), {"seconds": seconds})
    assert response.status_code == 400
    assert response.content  # says what is expected
    assert progress(learner, lesson).time_spent_seconds == 0


def test_time_beacon_is_for_enrolled_learners_only(enrolled_client):
    client, _learner, lesson = enrolled_client
    client.force_login(LearnerFactory())
    assert client.post(time_url(lesson), {"seconds": "30"}).status_code == 404
    assert client.get(time_url(lesson)).status_code == 405
    client.logout()
    assert client.post(time_url(lesson), {"seconds": "30"}).status_code == 302
    assert client.post(reverse("lesson_time", args=[0]), {"seconds": "30"}).status_code == 302
