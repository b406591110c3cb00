"""Generated learners' work at scale: enrolments, lesson progress, quiz attempts, H5P results,
xAPI statements and certificates, written with bulk inserts.

Proportions, per enrolment: about one in seven never started, half are under way (one in
twenty of those stuck on a quiz they failed three times), a third finished and hold a
certificate. A quarter of the learners who started stopped two to eight weeks ago, so
tutors see trainees at risk. Every draw comes from the ``random.Random`` passed in.
"""

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings

from courses.credentials.status_list import status_list_size
from courses.demo.learners import quiz_answers
from courses.models import (
    Certificate,
    CoursePage,
    Enrolment,
    H5PActivity,
    H5PResult,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    XAPIStatement,
)
from courses.services.certificates import course_texts, learner_display_name
from courses.xapi.statements import ANSWERED, COMPLETED
from portal.models import User

FAILED_ATTEMPTS = 3  # a learner stuck on a quiz failed it this many times


@dataclass(frozen=True)
class LessonPlan:
    key: uuid.UUID
    minutes: int
    right: dict | None  # the quiz's right and wrong answers, when the lesson has a quiz
    wrong: dict | None
    activities: tuple[uuid.UUID, ...]  # H5P activities' keys (the original's UUID)


@dataclass(frozen=True)
class CoursePlan:
    page: CoursePage
    lessons: tuple[LessonPlan, ...]
    certificate: dict  # the certificate's fields that come from the course


def _lesson_plan(lesson: LessonPage, activities: dict[int, uuid.UUID]) -> LessonPlan:
    quiz = lesson.quiz is not None
    return LessonPlan(
        key=lesson.translation_key,
        minutes=lesson.estimated_minutes,
        right=quiz_answers(lesson, right=True) if quiz else None,
        wrong=quiz_answers(lesson, right=False) if quiz else None,
        activities=tuple(
            activities[block.value["activity"].pk]
            for block in lesson.h5p_blocks
            if block.value["activity"].pk in activities
        ),
    )


def course_plans(*, keys: list[uuid.UUID], language: str) -> list[CoursePlan]:
    """What learners can do in each course: its lessons in order, quizzes and activities."""
    activities = {
        activity.pk: activity.original.uuid
        for activity in H5PActivity.objects.select_related("translation_of")
    }
    plans = []
    for course in CoursePage.objects.live().filter(
        translation_key__in=keys, locale__language_code=language
    ):
        lessons = LessonPage.objects.live().descendant_of(course).order_by("path")
        plans.append(
            CoursePlan(
                page=course,
                lessons=tuple(
                    _lesson_plan(lesson, activities)
                    for lesson in lessons
                    if not lesson.is_optional
                ),
                certificate={
                    "course_key": course.translation_key,
                    "language": language,
                    "texts": course_texts(course_key=course.translation_key),
                    "skills": course.skills,
                    "workload_hours": course.workload_hours,
                    "level": course.level,
                    "eqf_level": course.eqf_level,
                    "course_url": course.full_url,
                },
            )
        )
    return sorted(plans, key=lambda plan: plan.page.path)


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


@dataclass
class Rows:
    """Rows to insert, gathered over many learners and written in one go."""

    enrolments: list[Enrolment] = field(default_factory=list)
    progress: list[LessonProgress] = field(default_factory=list)
    attempts: list[QuizAttempt] = field(default_factory=list)
    results: list[H5PResult] = field(default_factory=list)
    statements: list[XAPIStatement] = field(default_factory=list)
    certificates: list[Certificate] = field(default_factory=list)

    def save(self) -> dict[str, int]:
        enrolled_at = {(e.user_id, e.course_key): e.enrolled_at for e in self.enrolments}
        Enrolment.objects.bulk_create(self.enrolments, batch_size=500)
        # ``enrolled_at`` is set on insert (auto_now_add): put back the drawn dates.
        for enrolment in self.enrolments:
            enrolment.enrolled_at = enrolled_at[(enrolment.user_id, enrolment.course_key)]
        Enrolment.objects.bulk_update(self.enrolments, ["enrolled_at"], batch_size=500)
        LessonProgress.objects.bulk_create(self.progress, batch_size=500)
        submitted_at = {a.token: a.submitted_at for a in self.attempts}
        QuizAttempt.objects.bulk_create(self.attempts, batch_size=500)
        for attempt in self.attempts:
            attempt.submitted_at = submitted_at[attempt.token]
        QuizAttempt.objects.bulk_update(self.attempts, ["submitted_at"], batch_size=500)
        H5PResult.objects.bulk_create(self.results, batch_size=500)
        XAPIStatement.objects.bulk_create(self.statements, batch_size=500)
        Certificate.objects.bulk_create(self.certificates, batch_size=500)
        return {
            "enrolments": len(self.enrolments),
            "lesson progress": len(self.progress),
            "quiz attempts": len(self.attempts),
            "H5P results": len(self.results),
            "xAPI statements": len(self.statements),
            "certificates": len(self.certificates),
        }


class LearnerWork:
    """Draws each learner's work in their courses and gathers the rows."""

    def __init__(self, *, rng: random.Random, now: datetime):
        self.rng, self.now, self.rows = rng, now, Rows()
        self.status_indexes = set(Certificate.objects.values_list("status_index", flat=True))
        self.activity_base = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/h5p/activities/"

    def enrol(self, *, learner: User, plan: CoursePlan, enrolled_by: User | None) -> None:
        rng, lessons = self.rng, plan.lessons
        enrolled_at = self.now - timedelta(days=rng.uniform(21, 150))
        draw = rng.random()
        done = (
            0 if draw < 0.15 else len(lessons) if draw > 0.67 else rng.randint(1, len(lessons) - 1)
        )
        stalled = rng.random() < 0.25
        last = self.now - timedelta(days=rng.uniform(15, 60) if stalled else rng.uniform(0, 10))
        last = max(last, enrolled_at + timedelta(hours=1))
        course_key = plan.page.translation_key
        enrolment = Enrolment(
            user=learner, course_key=course_key, enrolled_by=enrolled_by, enrolled_at=enrolled_at
        )
        self.rows.enrolments.append(enrolment)
        step = (last - enrolled_at) / max(done, 1)
        for position, lesson in enumerate(lessons[:done]):
            completed_at = enrolled_at + step * (position + 1)
            self._lesson_done(learner, course_key, lesson, completed_at - step / 2, completed_at)
        if done == len(lessons) and lessons:
            enrolment.completed_at = last
            self._certificate(learner, plan, issued_at=last)
        elif done and done < len(lessons):
            self._lesson_started(learner, course_key, lessons[done], last)

    def _progress(self, learner, course_key, lesson, first, last, **values) -> LessonProgress:
        row = LessonProgress(
            user=learner,
            lesson_key=lesson.key,
            course_key=course_key,
            first_activity_at=first,
            last_activity_at=last,
            time_spent_seconds=int(lesson.minutes * 60 * self.rng.uniform(0.5, 1.5)),
            **values,
        )
        self.rows.progress.append(row)
        return row

    def _attempt(self, learner, course_key, lesson, when, *, passed: bool) -> None:
        self.rows.attempts.append(
            QuizAttempt(
                user=learner,
                lesson_key=lesson.key,
                course_key=course_key,
                token=_uuid(self.rng),
                score=100 if passed else 0,
                passed=passed,
                answers={
                    str(k): list(v) for k, v in (lesson.right if passed else lesson.wrong).items()
                },
                submitted_at=when,
            )
        )

    def _lesson_done(self, learner, course_key, lesson, first, completed_at) -> None:
        failures = self.rng.choice((0, 0, 0, 0, 1, 1, 2)) if lesson.right else 0
        self._progress(
            learner,
            course_key,
            lesson,
            first,
            completed_at,
            completed_at=completed_at,
            best_score=100 if lesson.right else None,
            attempts=failures + 1 if lesson.right else 0,
        )
        if lesson.right:
            for _failure in range(failures):
                self._attempt(learner, course_key, lesson, first, passed=False)
            self._attempt(learner, course_key, lesson, completed_at, passed=True)
        for activity in lesson.activities:
            self._activity_done(learner, lesson, activity, completed_at)

    def _lesson_started(self, learner, course_key, lesson, when) -> None:
        stuck = lesson.right is not None and self.rng.random() < 0.05
        if not stuck and self.rng.random() < 0.5:
            return  # not opened yet
        self._progress(
            learner,
            course_key,
            lesson,
            when - timedelta(hours=1),
            when,
            best_score=0 if stuck else None,
            attempts=FAILED_ATTEMPTS if stuck else 0,
        )
        if stuck:
            for _attempt in range(FAILED_ATTEMPTS):
                self._attempt(learner, course_key, lesson, when, passed=False)

    def _activity_done(self, learner, lesson, activity: uuid.UUID, when) -> None:
        raw, top = self.rng.randint(6, 10), 10
        self.rows.results.append(
            H5PResult(
                user=learner,
                lesson_key=lesson.key,
                activity_key=activity,
                attempts=1,
                last_score=raw * 10,
                best_score=raw * 10,
                completed_at=when,
                passed_at=when,
            )
        )
        stamp = when.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        for verb in (ANSWERED, COMPLETED):
            statement_id = _uuid(self.rng)
            self.rows.statements.append(
                XAPIStatement(
                    id=statement_id,
                    user=learner,
                    verb=verb,
                    object_iri=f"{self.activity_base}{activity}",
                    statement={
                        "id": str(statement_id),
                        "actor": {"objectType": "Agent", "mbox": f"mailto:{learner.email}"},
                        "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[-1]}},
                        "object": {
                            "objectType": "Activity",
                            "id": f"{self.activity_base}{activity}",
                        },
                        "result": {
                            "score": {"raw": raw, "min": 0, "max": top, "scaled": raw / top},
                            "completion": True,
                            "success": True,
                        },
                        "timestamp": stamp,
                        "stored": stamp,
                        "version": "1.0.3",
                    },
                    stored_at=when,
                    counted=True,
                )
            )

    def _certificate(self, learner: User, plan: CoursePlan, *, issued_at: datetime) -> None:
        while (index := self.rng.randrange(status_list_size)) in self.status_indexes:
            pass
        self.status_indexes.add(index)
        self.rows.certificates.append(
            Certificate(
                id=_uuid(self.rng),
                learner=learner,
                learner_name=learner_display_name(learner),
                issued_at=issued_at,
                status_index=index,
                **plan.certificate,
            )
        )
