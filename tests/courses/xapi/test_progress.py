"""H5P results reported through xAPI become lesson progress, once, and only when they add up."""

import uuid

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

import pytest

from courses.factories import (
    CoursePageFactory,
    LearnerFactory,
    LessonPageFactory,
    ModulePageFactory,
    quiz_body,
    text_body,
    translation_publish,
)
from courses.models import (
    CoursePage,
    Enrolment,
    H5PResult,
    LessonPage,
    LessonProgress,
    XAPIStatement,
)
from courses.selectors.h5p import lesson_h5p_blocks
from courses.services.progress import course_enrol, lesson_complete
from courses.services.xapi import statements_record
from courses.xapi.statements import activity_uuid_from_iri
from tests.conftest import at_once, needs_postgresql
from tests.courses.xapi.helpers import (
    activity_iri,
    compound,
    h5p_activity,
    h5p_block,
    h5p_body,
    scored,
    statement,
)

pytestmark = pytest.mark.django_db


def h5p_lesson(
    *activities,
    completion="completed",
    score_kept="best",
    enrol=True,
    navigation=CoursePage.Navigation.FREE,
    **fields,
):
    """A published course whose only lesson plays ``activities``, and an enrolled learner."""
    course = CoursePageFactory(navigation=navigation)
    module = ModulePageFactory(parent=course)
    body = fields.pop("body", None) or h5p_body(
        *activities, completion=completion, score_kept=score_kept
    )
    lesson = LessonPageFactory(parent=module, body=body, **fields)
    learner = LearnerFactory()
    if enrol:
        course_enrol(user=learner, course=course)
    return course, lesson, learner


def record(learner, *statements) -> list[XAPIStatement]:
    rows = statements_record(user=learner, statements=list(statements))
    return [XAPIStatement.objects.get(pk=row.pk) for row in rows]


def result_of(learner, lesson, activity) -> H5PResult:
    return H5PResult.objects.get(
        user=learner, lesson_key=lesson.translation_key, activity_key=activity.original.uuid
    )


def progress_of(learner, lesson) -> LessonProgress:
    return LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)


def enrolment_of(learner, course) -> Enrolment:
    return Enrolment.objects.get(user=learner, course_key=course.translation_key)


def test_an_answer_with_a_score_is_kept_without_completing_the_lesson():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)

    [row] = record(learner, statement(learner, activity, score=scored(7)))

    assert row.counted and row.not_counted_reason == ""
    assert row.activity == activity
    result = result_of(learner, lesson, activity)
    assert (result.attempts, result.last_score, result.best_score) == (1, 70, 70)
    assert result.completed_at is None and result.passed_at is None
    progress = progress_of(learner, lesson)
    assert (progress.best_score, progress.attempts, progress.completed_at) == (70, 1, None)


def test_completing_the_only_activity_completes_the_lesson_and_the_course():
    activity = h5p_activity()
    course, lesson, learner = h5p_lesson(activity)

    record(learner, statement(learner, activity, verb="completed", score=scored(4), success=False))

    assert result_of(learner, lesson, activity).completed_at is not None
    assert result_of(learner, lesson, activity).passed_at is None
    assert progress_of(learner, lesson).completed_at is not None
    assert enrolment_of(learner, course).completed_at is not None


def test_completion_in_the_result_completes_too():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)

    record(learner, statement(learner, activity, score=scored(10), completion=True))

    assert progress_of(learner, lesson).completed_at is not None


@pytest.mark.parametrize(
    "library",
    ["H5P.QuestionSet-1.20", "H5P.CoursePresentation-1.26", "H5P.InteractiveVideo-1.27"],
)
def test_activities_made_of_others_complete_the_lesson(library):
    activity = h5p_activity()
    course, lesson, learner = h5p_lesson(activity, completion="passed")
    sent = statement(learner, activity, verb="completed", score=scored(8), success=True)

    [row] = record(learner, compound(sent, library))

    assert row.counted
    assert result_of(learner, lesson, activity).best_score == 80
    assert progress_of(learner, lesson).completed_at is not None
    assert enrolment_of(learner, course).completed_at is not None


def test_a_block_done_when_passed_needs_a_pass():
    activity = h5p_activity()
    course, lesson, learner = h5p_lesson(activity, completion="passed")

    record(learner, statement(learner, activity, verb="completed", score=scored(3)))
    record(learner, statement(learner, activity, verb="failed", score=scored(4), success=False))
    assert progress_of(learner, lesson).completed_at is None
    assert result_of(learner, lesson, activity).completed_at is not None

    record(learner, statement(learner, activity, verb="passed", score=scored(9), success=True))
    result = result_of(learner, lesson, activity)
    assert result.passed_at is not None
    assert progress_of(learner, lesson).completed_at is not None
    assert enrolment_of(learner, course).completed_at is not None


def test_success_in_an_answer_is_a_pass():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity, completion="passed")

    record(learner, statement(learner, activity, score=scored(10), success=True))

    assert result_of(learner, lesson, activity).passed_at is not None
    assert progress_of(learner, lesson).completed_at is not None


@pytest.mark.parametrize(("score_kept", "kept"), [("best", 80), ("last", 40)])
def test_the_lesson_keeps_the_best_or_the_last_score(score_kept, kept):
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity, score_kept=score_kept)

    record(learner, statement(learner, activity, score=scored(8)))
    record(learner, statement(learner, activity, score=scored(4)))

    result = result_of(learner, lesson, activity)
    assert (result.attempts, result.best_score, result.last_score) == (2, 80, 40)
    progress = progress_of(learner, lesson)
    assert (progress.best_score, progress.attempts) == (kept, 2)


def test_a_scaled_score_alone_is_a_percentage_and_no_score_is_no_attempt():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)

    record(learner, statement(learner, activity, score={"scaled": 0.555}))
    record(learner, statement(learner, activity, verb="completed", completion=True))

    result = result_of(learner, lesson, activity)
    assert (result.attempts, result.last_score) == (1, 56)
    assert progress_of(learner, lesson).attempts == 1


def test_a_statement_sent_again_counts_once():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)
    sent = {**statement(learner, activity, score=scored(5)), "id": str(uuid.uuid4())}

    record(learner, sent)
    record(learner, sent)

    assert XAPIStatement.objects.filter(user=learner).count() == 1
    assert result_of(learner, lesson, activity).attempts == 1


def test_a_lesson_with_a_quiz_is_completed_by_its_quiz_only():
    activity = h5p_activity()
    body = [h5p_block(activity), *quiz_body()]
    _course, lesson, learner = h5p_lesson(activity, body=body)

    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(10)))

    assert row.counted
    assert result_of(learner, lesson, activity).completed_at is not None
    progress = progress_of(learner, lesson)
    # The quiz's score and attempts are the lesson's: H5P leaves them alone.
    assert (progress.completed_at, progress.best_score, progress.attempts) == (None, None, 0)


def test_every_activity_of_a_lesson_must_be_done_and_scores_are_averaged():
    first, second = h5p_activity(), h5p_activity()
    _course, lesson, learner = h5p_lesson(first, second)

    record(learner, statement(learner, first, verb="completed", score=scored(10)))
    progress = progress_of(learner, lesson)
    assert (progress.completed_at, progress.best_score) == (None, 100)

    record(learner, statement(learner, second, verb="completed", score=scored(5)))
    progress = progress_of(learner, lesson)
    assert progress.completed_at is not None
    assert (progress.best_score, progress.attempts) == (75, 2)


def course_of_lessons(navigation: str, *bodies) -> tuple[CoursePage, list, object]:
    """A published course of one module holding a lesson per body, and an enrolled learner."""
    course = CoursePageFactory(navigation=navigation)
    module = ModulePageFactory(parent=course)
    lessons = [LessonPageFactory(parent=module, body=body) for body in bodies]
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    return course, lessons, learner


def test_in_a_course_taken_in_order_a_result_leaves_locked_lessons_alone():
    activity = h5p_activity()
    course, (first, later), learner = course_of_lessons(
        CoursePage.Navigation.SEQUENTIAL, h5p_body(activity), h5p_body(activity)
    )

    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(9)))

    assert row.counted
    assert progress_of(learner, first).completed_at is not None
    # The later lesson was locked when the result came: it neither keeps it nor completes.
    assert not H5PResult.objects.filter(user=learner, lesson_key=later.translation_key).exists()
    assert not LessonProgress.objects.filter(user=learner, lesson_key=later.translation_key)
    assert enrolment_of(learner, course).completed_at is None

    # Open now, the later lesson counts the next result.
    record(learner, statement(learner, activity, verb="completed", score=scored(6)))
    assert result_of(learner, later, activity).best_score == 60
    assert progress_of(learner, later).completed_at is not None
    assert enrolment_of(learner, course).completed_at is not None


def test_a_result_only_for_locked_lessons_is_not_counted():
    activity = h5p_activity()
    course, (before, locked), learner = course_of_lessons(
        CoursePage.Navigation.SEQUENTIAL, text_body(), h5p_body(activity)
    )

    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(9)))

    assert (row.counted, row.not_counted_reason) == (
        False,
        "the lessons using this activity are not open yet: the course is taken in order",
    )
    assert not H5PResult.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner).exists()

    lesson_complete(user=learner, lesson=before, course=course)
    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(9)))
    assert row.counted
    assert progress_of(learner, locked).completed_at is not None


def test_a_free_course_counts_the_result_in_every_lesson_using_the_activity():
    activity = h5p_activity()
    _course, lessons, learner = course_of_lessons(
        CoursePage.Navigation.FREE, h5p_body(activity), text_body(), h5p_body(activity)
    )

    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(9)))

    assert row.counted
    assert progress_of(learner, lessons[0]).completed_at is not None
    assert progress_of(learner, lessons[2]).completed_at is not None


def test_an_optional_lesson_not_done_locks_nothing():
    activity = h5p_activity()
    course = CoursePageFactory(navigation=CoursePage.Navigation.SEQUENTIAL)
    module = ModulePageFactory(parent=course)
    LessonPageFactory(parent=module, is_optional=True)
    lesson = LessonPageFactory(parent=module, body=h5p_body(activity))
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)

    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(9)))

    assert row.counted
    assert progress_of(learner, lesson).completed_at is not None


def test_a_learner_not_enrolled_is_recorded_but_not_counted():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity, enrol=False)

    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(9)))

    assert not row.counted
    assert row.not_counted_reason == "not enrolled in a course using this activity"
    assert not H5PResult.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner).exists()


def test_a_draft_lesson_does_not_count():
    activity = h5p_activity()
    _course, _lesson, learner = h5p_lesson(activity, live=False)

    [row] = record(learner, statement(learner, activity, verb="completed", score=scored(9)))

    assert not row.counted
    assert not H5PResult.objects.filter(user=learner).exists()


@pytest.mark.parametrize(
    ("score", "reason"),
    [
        ({"min": 0, "max": 10, "raw": 12}, "the raw score is above the maximum"),
        ({"min": 5, "max": 10, "raw": 2}, "the raw score is below the minimum"),
        ({"min": 10, "max": 10, "raw": 10}, "the minimum score is not below the maximum"),
        ({"scaled": -0.5}, "the scaled score is not between 0 and 1"),
        ({"scaled": 1.2}, "the scaled score is not between 0 and 1"),
        ({"max": 0, "raw": 1}, "the raw score is above the maximum"),
        ({"max": -1, "raw": -1}, "the maximum score is not above zero, and no minimum is given"),
        (
            {"min": 0, "max": 10, "raw": 3, "scaled": 0.9},
            "the scaled score does not match the raw, minimum and maximum scores",
        ),
    ],
)
def test_a_score_that_does_not_add_up_is_stored_as_sent_but_not_counted(score, reason):
    activity = h5p_activity()
    _course, _lesson, learner = h5p_lesson(activity)

    [row] = record(learner, statement(learner, activity, verb="completed", score=score))

    assert not row.counted
    assert row.not_counted_reason == reason
    assert row.statement["result"]["score"] == score
    assert not H5PResult.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner).exists()


def test_an_activity_with_nothing_to_score_completes_its_lesson():
    # H5P reports content without questions (a video, a page of text) as 0 out of 0.
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)
    score = {"min": 0, "max": 0, "raw": 0, "scaled": 0}

    [row] = record(learner, statement(learner, activity, verb="completed", score=score))

    assert row.counted
    result = H5PResult.objects.get(user=learner)
    assert result.completed_at is not None and result.best_score is None
    progress = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert progress.completed_at is not None


def test_a_score_within_the_tolerance_counts():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)

    score = {"min": 0, "max": 3, "raw": 2, "scaled": 0.67}
    [row] = record(learner, statement(learner, activity, score=score))

    assert row.counted
    assert result_of(learner, lesson, activity).last_score == 67


@pytest.mark.parametrize(
    ("suffix", "reason"),
    [
        ("?subContentId=2f3c", "the object is not a whole H5P activity of this portal"),
        ("files/content.json", "the object is not a whole H5P activity of this portal"),
    ],
)
def test_questions_inside_an_activity_and_other_addresses_do_not_count(suffix, reason):
    activity = h5p_activity()
    _course, _lesson, learner = h5p_lesson(activity)

    sent = statement(learner, object_id=activity_iri(activity) + suffix, score=scored(10))
    [row] = record(learner, sent)

    assert (row.counted, row.not_counted_reason) == (False, reason)
    assert row.activity is None
    assert not H5PResult.objects.filter(user=learner).exists()


def test_verbs_without_results_are_stored_not_counted():
    activity = h5p_activity()
    _course, _lesson, learner = h5p_lesson(activity)

    attempted, answered = record(
        learner,
        statement(learner, activity, verb="attempted"),
        statement(learner, activity, verb="answered"),
    )

    assert attempted.not_counted_reason == "this verb does not report a result"
    assert answered.not_counted_reason == "the statement carries no result"
    assert not H5PResult.objects.filter(user=learner).exists()


def test_the_activity_counts_whatever_host_the_player_used():
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)

    iri = activity_iri(activity, host="https://passerelles.example.org")
    [row] = record(learner, statement(learner, object_id=iri, score=scored(6)))

    assert row.counted
    assert result_of(learner, lesson, activity).best_score == 60


def test_the_english_version_of_an_activity_counts_for_the_lesson_of_the_french_one():
    french = h5p_activity(language="fr")
    english = h5p_activity(language="en", translation_of=french)
    _course, lesson, learner = h5p_lesson(french)

    [row] = record(learner, statement(learner, english, verb="completed", score=scored(10)))

    assert row.counted and row.activity == english
    result = H5PResult.objects.get(user=learner)
    assert (result.lesson_key, result.activity_key) == (lesson.translation_key, french.uuid)
    assert progress_of(learner, lesson).completed_at is not None


def test_a_lesson_published_in_two_languages_counts_once():
    french = h5p_activity(language="fr")
    english = h5p_activity(language="en", translation_of=french)
    course, lesson, learner = h5p_lesson(french)
    translation = translation_publish(lesson, "en")
    translation.body = h5p_body(english)
    translation.save_revision().publish()

    record(learner, statement(learner, english, score=scored(4)))
    record(learner, statement(learner, french, score=scored(6)))

    result = H5PResult.objects.get(user=learner)
    assert (result.attempts, result.best_score, result.last_score) == (2, 60, 60)
    assert enrolment_of(learner, course).completed_at is None


def test_the_lesson_reads_results_kept_under_the_original(django_assert_num_queries):
    french = h5p_activity(language="fr")
    english = h5p_activity(language="en", translation_of=french)
    _course, lesson, learner = h5p_lesson(french, h5p_activity())
    record(learner, statement(learner, english, score=scored(3)))
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert len(lesson.h5p_blocks) == 2  # loads the blocks' activities, once per page

    with django_assert_num_queries(2):  # the activities' versions, then the results
        blocks = lesson_h5p_blocks(lesson=lesson, language="en", user=learner)

    first, second = (blocks[block.id] for block in lesson.h5p_blocks)
    assert first.activity == english
    assert first.result.best_score == 30
    assert second.result is None


# Statements arriving at the same moment, from two tabs or a player sending again. Each
# thread needs its own connection and row locks: PostgreSQL only.


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_the_same_statement_sent_twice_at_once_counts_once(demo_database):
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)
    sent = {**statement(learner, activity, score=scored(5)), "id": str(uuid.uuid4())}

    def send():
        return statements_record(user=learner, statements=[sent])

    first, second = at_once(send, send)

    assert first[0].pk == second[0].pk
    assert XAPIStatement.objects.filter(user=learner).count() == 1
    assert result_of(learner, lesson, activity).attempts == 1


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_results_at_once_both_count_in_one_row(demo_database):
    activity = h5p_activity()
    _course, lesson, learner = h5p_lesson(activity)

    def send(raw):
        return lambda: statements_record(
            user=learner, statements=[statement(learner, activity, score=scored(raw))]
        )

    at_once(send(3), send(9))

    result = result_of(learner, lesson, activity)
    assert (result.attempts, result.best_score) == (2, 90)
    assert progress_of(learner, lesson).attempts == 2


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_the_two_activities_of_a_lesson_completed_at_once_complete_it(demo_database):
    first, second = h5p_activity(), h5p_activity()
    course, lesson, learner = h5p_lesson(first, second)

    def complete(activity, raw):
        sent = statement(learner, activity, verb="completed", score=scored(raw))
        return lambda: statements_record(user=learner, statements=[sent])

    at_once(complete(first, 10), complete(second, 6))

    progress = progress_of(learner, lesson)
    assert progress.completed_at is not None
    assert (progress.best_score, progress.attempts) == (80, 2)
    assert enrolment_of(learner, course).completed_at is not None


def queries_to_record(course, activity, verb: str) -> int:
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    sent = statement(learner, activity, verb=verb, score=scored(10), success=True)
    with CaptureQueriesContext(connection) as captured:
        [row] = statements_record(user=learner, statements=[sent])
    assert XAPIStatement.objects.get(pk=row.pk).counted
    return len(captured)


@pytest.mark.parametrize("navigation", CoursePage.Navigation.values)
@pytest.mark.parametrize("verb", ["answered", "completed"])
def test_recording_a_statement_does_not_read_every_lesson(verb, navigation):
    activity, other = h5p_activity(), h5p_activity()
    course, _lesson, _learner = h5p_lesson(activity, navigation=navigation)
    queries_to_record(course, activity, verb)  # warm per-process caches (content types)
    before = queries_to_record(course, activity, verb)

    for _module in range(3):
        module = ModulePageFactory(parent=course)
        for _number in range(3):
            # Optional, so that the course still completes, the same way.
            LessonPageFactory(parent=module, is_optional=True)
            LessonPageFactory(parent=module, is_optional=True, body=h5p_body(other))

    assert queries_to_record(course, activity, verb) == before


def test_the_players_address_identifies_the_whole_activity():
    activity = h5p_activity()
    iri = RequestFactory().get("/").build_absolute_uri(activity.get_player_url())

    assert iri == f"http://testserver/h5p/activities/{activity.uuid}"
    assert activity_uuid_from_iri(iri) == activity.uuid


def test_activity_addresses():
    activity_key = "0b8f4a52-6c1d-4c1e-9a7e-3f0d2b1c4e5a"
    for iri in [
        f"https://x.example/h5p/activities/{activity_key}",
        f"http://x.example:8000/h5p/activities/{activity_key.upper()}",
    ]:
        assert str(activity_uuid_from_iri(iri)) == activity_key
    for iri in [
        f"https://x.example/h5p/activities/{activity_key}/",
        f"https://x.example/h5p/activities/{activity_key}?subContentId=1",
        f"https://x.example/h5p/activities/{activity_key}?",
        f"https://x.example/h5p/activities/{activity_key}#part",
        f"https://x.example/h5p/activities/{activity_key}/files/content/content.json",
        f"https://x.example/fr/h5p/activities/{activity_key}",
        f"ftp://x.example/h5p/activities/{activity_key}",
        "https://x.example/h5p/activities/not-a-uuid-at-all-not-a-uuid-at-all123",
        f"https://x.example/h5p/activities/{activity_key.replace('-', '')}",
        f"/h5p/activities/{activity_key}",
        f"urn:uuid:{activity_key}",
        None,
    ]:
        assert activity_uuid_from_iri(iri) is None, iri
