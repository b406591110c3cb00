"""Learner pages read the course tree and progress in a fixed number of SQL queries."""

import uuid

import pytest

from courses.factories import (
    LearnerFactory,
    LessonPageFactory,
    ModulePageFactory,
    course_tree,
    quiz_body,
    reflection,
)
from courses.models import Cohort
from courses.services.progress import course_enrol, lesson_complete, lesson_visit
from courses.services.quizzes import quiz_submit
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db


def grow_course(course, learner, *, modules: int, lessons: int) -> None:
    """Add modules of lessons, some done, some started, some with a quiz tried."""
    for _module in range(modules):
        module = ModulePageFactory(parent=course)
        for number in range(lessons):
            lesson = LessonPageFactory(parent=module, is_optional=number == 2)
            if number == 0:
                lesson_complete(user=learner, lesson=lesson, course=course)
            elif number == 1:
                lesson_visit(user=learner, lesson=lesson, course=course)
        tried = LessonPageFactory(parent=module, body=quiz_body())
        quiz_submit(
            user=learner, lesson=tried, course=course, answers={0: (1,)}, token=uuid.uuid4()
        )


def test_lesson_page_query_count_does_not_grow_with_the_course(client):
    course, lessons = course_tree(lessons=1)
    lesson = LessonPageFactory(parent=lessons[0].get_parent(), body=[*quiz_body(), reflection()])
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    quiz_submit(user=learner, lesson=lesson, course=course, answers={0: (0,)}, token=uuid.uuid4())
    client.force_login(learner)
    before = queries_for(client, lesson.url)

    grow_course(course, learner, modules=3, lessons=4)
    for _number in range(3):
        LessonPageFactory(parent=lesson.get_parent())
    assert queries_for(client, lesson.url) == before


def test_course_page_query_count_does_not_grow_with_the_course(client):
    course, _lessons = course_tree(lessons=1)
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    before = queries_for(client, course.url)

    grow_course(course, learner, modules=3, lessons=4)
    assert queries_for(client, course.url) == before


def enrolled_course(learner, *, completed: bool = False):
    course, lessons = course_tree(modules=2, lessons=2)
    course_enrol(user=learner, course=course)
    lesson_visit(user=learner, lesson=lessons[1], course=course)
    for lesson in lessons if completed else lessons[:1]:
        lesson_complete(user=learner, lesson=lesson, course=course)
    return course


def test_dashboard_query_count_does_not_grow_with_the_courses(client):
    learner = LearnerFactory()
    cohort = Cohort.objects.create(name="Promotion d'essai")
    cohort.tutors.add(LearnerFactory())
    cohort.trainees.add(learner)
    enrolled_course(learner)
    client.force_login(learner)
    before = queries_for(client, "/fr/learning/")

    for _number in range(3):
        enrolled_course(learner)
    for _number in range(2):
        enrolled_course(learner, completed=True)
    assert queries_for(client, "/fr/learning/") == before
