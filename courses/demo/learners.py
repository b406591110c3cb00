"""A demo cohort for tutor@example.org, with trainees at different points.

Léa works steadily, Marc stopped three weeks ago and Yanis keeps failing a quiz, so the
tutor's table shows every status and both reasons for the at-risk flag. Created once;
a cohort created before groupings existed is given its grouping on the next run.
"""

import uuid
from datetime import timedelta

from django.utils import timezone

from courses.models import Cohort, CoursePage, LessonPage, LessonProgress
from courses.services.cohorts import cohort_trainees_enrol
from courses.services.progress import course_enrol, lesson_complete, lesson_visit
from courses.services.quizzes import quiz_submit
from portal.models import User

COHORT_NAME = "Promotion 2026 : tuteurs de proximité"
# Impact reports add the cohort up under its region: the drop-out prevention method the
# courses draw on comes from training centres in Aquitaine.
COHORT_GROUPING = "Nouvelle-Aquitaine"
COURSE_SLUGS = ["tutorat-a-distance", "prevenir-les-ruptures"]
FINISHED_COURSE_SLUG = "handicap-comprendre-et-accueillir"


def quiz_answers(lesson: LessonPage, *, right: bool) -> dict[int, tuple[int, ...]]:
    answers = {}
    for position, question in enumerate(lesson.quiz.value["questions"]):
        correct = [i for i, choice in enumerate(question["choices"]) if choice["correct"]]
        wrong = [i for i in range(len(question["choices"])) if i not in correct][:1]
        answers[position] = tuple(correct if right else wrong)
    return answers


def learners_seed() -> Cohort | None:
    if Cohort.objects.filter(name=COHORT_NAME).exists():
        Cohort.objects.filter(name=COHORT_NAME, grouping="").update(grouping=COHORT_GROUPING)
        return None
    people = {user.email: user for user in User.objects.filter(email__endswith="@example.org")}
    courses = list(CoursePage.objects.filter(slug__in=COURSE_SLUGS, locale__language_code="fr"))
    cohort = Cohort.objects.create(
        name=COHORT_NAME, grouping=COHORT_GROUPING, inactivity_days=14, failed_attempts_limit=3
    )
    cohort.tutors.set([people["tutor@example.org"]])
    cohort.trainees.set(
        [people[f"{name}@example.org"] for name in ("trainer", "lea", "marc", "yanis")]
    )
    cohort.courses.set(courses)
    cohort_trainees_enrol(cohort=cohort, enrolled_by=people["tutor@example.org"])

    course = next(c for c in courses if c.slug == COURSE_SLUGS[0])
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    first_module = lessons[:3]
    for lesson in first_module[:2]:
        lesson_complete(user=people["lea@example.org"], lesson=lesson, course=course)
    quiz = first_module[2]
    quiz_submit(
        user=people["lea@example.org"],
        lesson=quiz,
        course=course,
        answers=quiz_answers(quiz, right=True),
        token=_token(1),
    )
    lesson_visit(user=people["lea@example.org"], lesson=lessons[3], course=course)

    marc = people["marc@example.org"]
    lesson_complete(user=marc, lesson=lessons[0], course=course)
    three_weeks_ago = timezone.now() - timedelta(days=21)
    LessonProgress.objects.filter(user=marc).update(
        first_activity_at=three_weeks_ago, last_activity_at=three_weeks_ago
    )

    # Camille has finished a course of her own, outside the cohort: her certificate was
    # issued on completion.
    finished = CoursePage.objects.get(slug=FINISHED_COURSE_SLUG, locale__language_code="fr")
    course_enrol(user=people["trainer@example.org"], course=finished)
    course_finish(user=people["trainer@example.org"], course=finished)

    yanis = people["yanis@example.org"]
    for lesson in first_module[:2]:
        lesson_complete(user=yanis, lesson=lesson, course=course)
    for attempt in range(3):
        quiz_submit(
            user=yanis,
            lesson=quiz,
            course=course,
            answers=quiz_answers(quiz, right=False),
            token=_token(10 + attempt),
        )
    return cohort


def course_finish(*, user: User, course: CoursePage) -> None:
    """Do every lesson of ``course`` as a learner would, passing each quiz."""
    for lesson in LessonPage.objects.live().descendant_of(course):
        if lesson.quiz:
            answers = quiz_answers(lesson, right=True)
            token = uuid.uuid4()
            quiz_submit(user=user, lesson=lesson, course=course, answers=answers, token=token)
        else:
            lesson_complete(user=user, lesson=lesson, course=course)


def _token(number: int) -> uuid.UUID:
    """Fixed attempt tokens, so that the demo is the same on every machine."""
    return uuid.UUID(int=number)
