"""A cohort's page and export take as many queries for twelve trainees as for two."""

import uuid

from django.contrib.auth import get_user_model

import pytest

from courses.models import Cohort, CoursePage, LessonPage
from courses.services.cohorts import cohort_trainees_enrol
from courses.services.progress import lesson_complete, lesson_visit
from courses.services.quizzes import quiz_submit
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db

COURSES = ["tutorat-a-distance", "prevenir-les-ruptures"]


@pytest.fixture
def cohort():
    tutor = get_user_model().objects.get(email="tutor@example.org")
    cohort = Cohort.objects.create(name="Promotion nombreuse", failed_attempts_limit=1)
    cohort.tutors.set([tutor])
    cohort.courses.set(CoursePage.objects.filter(slug__in=COURSES, locale__language_code="fr"))
    return cohort


def add_trainees(cohort, start, stop):
    """Trainees with some of everything: a lesson done, one opened, a quiz failed."""
    courses = list(cohort.courses.all())
    for number in range(start, stop):
        trainee = get_user_model().objects.create_user(
            username=f"stagiaire{number}",
            email=f"stagiaire{number}@example.org",
            first_name=f"Stagiaire {number}",
        )
        cohort.trainees.add(trainee)
        for course in courses:
            lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
            lesson_complete(user=trainee, lesson=lessons[0], course=course)
            lesson_visit(user=trainee, lesson=lessons[1], course=course)
            quiz = next(lesson for lesson in lessons if lesson.quiz is not None)
            quiz_submit(user=trainee, lesson=quiz, course=course, answers={}, token=uuid.uuid4())
    cohort_trainees_enrol(cohort=cohort, enrolled_by=cohort.tutors.first())


@pytest.mark.parametrize("view", ["", "export.csv"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_query_count_does_not_grow_with_trainees(client, cohort, view, language):
    client.force_login(cohort.tutors.get())
    url = f"/{language}/tutoring/cohorts/{cohort.pk}/{view}"
    add_trainees(cohort, 0, 2)
    before = queries_for(client, url)
    add_trainees(cohort, 2, 12)
    assert b"stagiaire11@example.org" in client.get(url).content
    assert queries_for(client, url) == before


def test_query_count_of_the_cohort_list_does_not_grow_with_trainees(client, cohort):
    client.force_login(cohort.tutors.get())
    add_trainees(cohort, 0, 2)
    before = queries_for(client, "/fr/tutoring/")
    add_trainees(cohort, 2, 12)
    assert queries_for(client, "/fr/tutoring/") == before


def status_drawings(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return sum(t.name == "courses/includes/status.html" for t in response.templates)


def test_cells_are_drawn_once_per_status_and_score_not_per_trainee(client, cohort):
    """A cell's markup is drawn once per status and score and reused for every trainee."""
    client.force_login(cohort.tutors.get())
    url = f"/fr/tutoring/cohorts/{cohort.pk}/"
    add_trainees(cohort, 0, 2)
    before = status_drawings(client, url)
    add_trainees(cohort, 2, 12)
    content = client.get(url).content.decode()
    assert content.count('class="status status--in-progress"') >= 12
    assert 0 < status_drawings(client, url) == before
