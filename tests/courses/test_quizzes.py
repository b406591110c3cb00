"""Quizzes are scored on the server; a bad form is shown again, a resent one counts once."""

import html
import re
import uuid

from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

import pytest

from courses.factories import (
    LearnerFactory,
    LessonPageFactory,
    course_tree,
    multiple_question,
    quiz_body,
    single_question,
    true_false_question,
)
from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.services.progress import course_enrol
from courses.services.quizzes import QuizAnswersError, quiz_answers_parse, quiz_score

pytestmark = pytest.mark.django_db

# Right answers: q0 → 1, q1 → 0 and 2, q2 → 0 ("Vrai"), q3 → 2.
RIGHT = {"q0": ["1"], "q1": ["0", "2"], "q2": ["0"], "q3": ["2"]}


def in_french(message: str) -> str:
    with translation.override("fr"):
        return translation.gettext(message)


def text_of(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


@pytest.fixture
def quiz_lesson():
    """A lesson with four questions of every kind and a pass mark of 75%."""
    course, lessons = course_tree(lessons=1)
    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(),
        body=quiz_body(
            single_question("Première ?", right=1),
            multiple_question("Deuxième ?", right=(0, 2), count=4),
            true_false_question("Troisième ?", true=True),
            single_question("Quatrième ?", right=2),
            pass_mark=75,
        ),
    )
    return course, lesson


@pytest.fixture
def quiz_value(quiz_lesson):
    return quiz_lesson[1].quiz.value


def answers(**picked) -> dict[int, tuple[int, ...]]:
    data = {int(key[1:]): tuple(int(v) for v in values) for key, values in RIGHT.items()}
    data.update({int(key[1:]): tuple(values) for key, values in picked.items()})
    return data


def test_every_right_answer_scores_100(quiz_value):
    score, results = quiz_score(quiz=quiz_value, answers=answers())
    assert score == 100
    assert all(result.correct for result in results)


@pytest.mark.parametrize(
    ("picked", "question"),
    [
        ({"q0": (0,)}, 0),  # single: the wrong answer
        ({"q1": (0,)}, 1),  # multiple: only part of the right answers
        ({"q1": (0, 1, 2)}, 1),  # multiple: a wrong answer with the right ones
        ({"q2": (1,)}, 2),  # true or false: "Faux"
    ],
)
def test_a_question_is_right_only_with_exactly_the_right_answers(quiz_value, picked, question):
    score, results = quiz_score(quiz=quiz_value, answers=answers(**picked))
    assert score == 75
    assert [result.position for result in results if not result.correct] == [question]


def test_pass_mark_is_reached_at_exactly_its_value(quiz_lesson, client):
    """Three right answers out of four is 75%: passed; two is 50%: not passed."""
    course, lesson = quiz_lesson
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    submit(client, lesson, {**RIGHT, "q0": ["0"], "q3": ["0"]})
    submit(client, lesson, {**RIGHT, "q0": ["0"]})
    scores = QuizAttempt.objects.filter(user=learner).order_by("pk")
    assert [(a.score, a.passed) for a in scores] == [(50, False), (75, True)]


def parse(quiz_value, data: dict):
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return quiz_answers_parse(data=query, quiz=quiz_value)


def test_answers_are_read_from_the_form(quiz_value):
    assert parse(quiz_value, {**RIGHT, "q1": ["2", "0", "0"]}) == answers()


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"q1": []}, {1: "Choose an answer."}),
        ({"q0": ["3"]}, {0: "This answer is not one of the choices."}),
        ({"q0": ["-1"]}, {0: "This answer is not one of the choices."}),
        ({"q3": ["deux"]}, {3: "This answer is not one of the choices."}),
        ({"q1": ["0", "9"]}, {1: "This answer is not one of the choices."}),
        ({"q0": ["0", "1"]}, {0: "Choose only one answer."}),
        ({"q2": ["0", "1"]}, {2: "Choose only one answer."}),
        (
            {"q0": [], "q2": ["5"]},
            {0: "Choose an answer.", 2: "This answer is not one of the choices."},
        ),
    ],
)
def test_impossible_answers_are_named_per_question(quiz_value, changes, errors):
    data = {key: value for key, value in {**RIGHT, **changes}.items() if value}
    with translation.override("en"), pytest.raises(QuizAnswersError) as error:
        parse(quiz_value, data)
    assert {position: str(message) for position, message in error.value.errors.items()} == errors


# Through the lesson page.


@pytest.fixture
def learner_client(client, quiz_lesson):
    course, lesson = quiz_lesson
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    return client, learner, lesson


def submit(client, lesson, picked: dict, token=None):
    data = {"token": str(token or uuid.uuid4()), **picked}
    return client.post(lesson.url, data)


def test_right_answers_pass_and_complete_the_lesson(learner_client):
    client, learner, lesson = learner_client
    response = submit(client, lesson, RIGHT)
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#quiz-result"

    attempt = QuizAttempt.objects.get(user=learner)
    assert (attempt.score, attempt.passed) == (100, True)
    assert attempt.answers == {"0": [1], "1": [0, 2], "2": [0], "3": [2]}
    row = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert (row.attempts, row.best_score) == (1, 100)
    assert row.completed_at is not None

    page = client.get(lesson.url).content.decode()
    assert 'class="quiz-result quiz-result--passed"' in page
    # Each answer given is followed by its feedback, set apart from the answer's own text.
    assert html.unescape(page).count(" — Voilà pourquoi.") == 5


def test_a_form_with_a_question_left_out_is_shown_again_with_what_was_picked(learner_client):
    client, learner, lesson = learner_client
    response = submit(client, lesson, {"q0": ["2"], "q1": ["0", "2"], "q3": ["9"]})
    assert response.status_code == 400
    body = response.content.decode()
    text = text_of(response)
    assert in_french("Choose an answer.") in text
    assert in_french("This answer is not one of the choices.") in text
    # The question with an error points to its message, and the learner's picks stay.
    assert 'aria-describedby="q2-error"' in body
    assert 'aria-describedby="q0-error"' not in body
    # A summary above the questions links to the first choice of each question to fix.
    summary = re.search(r'<div class="error-summary".*?</div>\s*</div>', body, re.S)[0]
    assert re.findall(r'href="#(q\d-0)"', summary) == ["q2-0", "q3-0"]
    assert 'role="alert"' in summary
    assert in_french("Question %(number)s: %(error)s") % {
        "number": 3,
        "error": in_french("Choose an answer."),
    } in html.unescape(summary)
    assert re.search(r'id="q0-2"\s+checked', body)
    assert re.search(r'id="q1-2"\s+checked', body)
    assert not re.search(r'id="q0-1"\s+checked', body)
    assert not QuizAttempt.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner, attempts__gt=0).exists()


@pytest.mark.parametrize("token", ["", "pas-un-uuid"])
def test_a_form_without_its_token_is_refused(learner_client, token):
    client, learner, lesson = learner_client
    response = client.post(lesson.url, {"token": token, **RIGHT})
    assert response.status_code == 400
    assert in_french("The form was incomplete. Please answer again.") in text_of(response)
    assert not QuizAttempt.objects.filter(user=learner).exists()


def test_sending_the_same_form_again_counts_once(learner_client):
    client, learner, lesson = learner_client
    token = uuid.uuid4()
    wrong = {**RIGHT, "q0": ["0"], "q1": ["1"]}
    assert submit(client, lesson, wrong, token).status_code == 302
    # A reload of the same form, even with other answers, is the attempt already made.
    assert submit(client, lesson, RIGHT, token).status_code == 302

    attempt = QuizAttempt.objects.get(user=learner)
    assert (attempt.score, attempt.passed) == (50, False)
    row = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert (row.attempts, row.best_score, row.completed_at) == (1, 50, None)


def test_failing_then_passing_keeps_the_best_score(learner_client):
    client, learner, lesson = learner_client
    submit(client, lesson, {**RIGHT, "q0": ["0"], "q1": ["1"], "q2": ["1"]})
    row = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert (row.attempts, row.best_score, row.completed_at) == (1, 25, None)
    assert "quiz-result--failed" in client.get(lesson.url).content.decode()

    submit(client, lesson, RIGHT)
    row.refresh_from_db()
    completed_at = row.completed_at
    assert (row.attempts, row.best_score) == (2, 100)
    assert completed_at is not None

    # Trying again after passing does not undo anything.
    submit(client, lesson, {**RIGHT, "q3": ["0"], "q2": ["1"]})
    row.refresh_from_db()
    assert (row.attempts, row.best_score, row.completed_at) == (3, 100, completed_at)
    latest = QuizAttempt.objects.filter(user=learner).first()
    assert (latest.score, latest.passed) == (50, False)
    assert Enrolment.objects.get(user=learner).completed_at is None  # the other lesson is left


def test_a_quiz_lesson_cannot_be_marked_complete(learner_client):
    client, learner, lesson = learner_client
    client.get(lesson.url)
    response = client.post(reverse("lesson_complete", args=[lesson.pk]))
    assert response.status_code == 400
    assert response.content.decode() == in_french("This lesson is completed by passing its quiz.")
    row = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert row.completed_at is None
    assert (
        reverse("lesson_complete", args=[lesson.pk]) not in client.get(lesson.url).content.decode()
    )


def test_posting_answers_to_a_lesson_without_a_quiz_is_refused(client):
    course, lessons = course_tree()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    response = submit(client, lessons[0], {"q0": ["0"]})
    assert response.status_code == 400
    assert response.content.decode() == in_french("There is no quiz to answer here.")


def test_an_editor_viewing_without_enrolment_cannot_answer(client, quiz_lesson):
    from django.contrib.auth import get_user_model

    _course, lesson = quiz_lesson
    editor = get_user_model().objects.get(email="editor@example.org")
    client.force_login(editor)
    assert submit(client, lesson, RIGHT).status_code == 400
    assert not QuizAttempt.objects.filter(user=editor).exists()


def test_answers_from_a_learner_not_enrolled_are_not_recorded(client, quiz_lesson):
    course, lesson = quiz_lesson
    learner = LearnerFactory()
    client.force_login(learner)
    response = submit(client, lesson, RIGHT)
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert not QuizAttempt.objects.filter(user=learner).exists()
