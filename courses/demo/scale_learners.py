"""Generated learners' work at scale: enrolments, lesson progress, quiz attempts, H5P results,
xAPI statements and certificates, written with bulk inserts.

Proportions, per enrolment: about one in seven never started, half are under way (one in
twenty of those stuck on a quiz they failed three times), a third finished and hold a
certificate. A quarter of the learners who started stopped two to eight weeks ago, so
tutors see trainees at risk. Every draw comes from the ``random.Random`` passed in.

For the impact reports, a cohort's history of at-risk episodes is drawn from that work
(``risk_episodes_draw``), and one certificate of the unit is revoked
(``certificate_revoke``).
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
    Cohort,
    CoursePage,
    Enrolment,
    H5PActivity,
    H5PResult,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    RiskEpisode,
    XAPIStatement,
)
from courses.selectors.cohorts import EnrolmentRow, ProgressRow, TraineeProgress, trainee_risk
from courses.services.certificates import course_texts, learner_display_name
from courses.xapi.statements import ANSWERED, COMPLETED
from portal.models import User

FAILED_ATTEMPTS = 3  # a learner stuck on a quiz failed it this many times
LEFT_SHARE = 1 / 3  # of the learners at risk now, those who have left the cohort since
RESOLVED_SHARE = 0.3  # of the others, those who had a stretch at risk earlier and came back
REVOCATION_REASONS = (
    "Délivré par erreur : le parcours avait été validé sur un autre compte.",
    "Quiz final passé par une autre personne que le titulaire.",
    "Nom imprimé erroné ; un nouveau certificat a été demandé.",
)


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


def certificate_revoke(*, rng: random.Random, rows: Rows, now: datetime) -> Certificate | None:
    """Revoke one of the certificates about to be saved, as staff do by hand, so that impact
    reports and the revocation list have some to show.

    Only the fields ``certificate_revoke`` (the service) sets: no log, no PDF, no e-mail.
    """
    if not rows.certificates:
        return None
    certificate = rng.choice(rows.certificates)
    certificate.revoked_at = certificate.issued_at + (now - certificate.issued_at) * rng.uniform(
        0.1, 0.9
    )
    certificate.revocation_reason = rng.choice(REVOCATION_REASONS)
    return certificate


def _trainees_progress(rows: Rows) -> dict[int, tuple[TraineeProgress, list[LessonProgress]]]:
    """Each learner's rows as the tutors' table reads them from the database, and as drawn."""
    by_user: dict[int, tuple[TraineeProgress, list[LessonProgress]]] = {}
    for enrolment in rows.enrolments:
        trainee, _rows = by_user.setdefault(enrolment.user_id, (TraineeProgress(), []))
        trainee.enrolments.append(
            EnrolmentRow(enrolment.course_key, enrolment.enrolled_at, enrolment.completed_at)
        )
    for row in rows.progress:
        trainee, drawn = by_user.setdefault(row.user_id, (TraineeProgress(), []))
        drawn.append(row)
        trainee.progress[row.lesson_key] = ProgressRow(
            row.completed_at is not None, row.attempts, row.best_score
        )
        if trainee.last_activity is None or row.last_activity_at > trainee.last_activity:
            trainee.last_activity = row.last_activity_at
    return by_user


def _at_risk_since(
    *, trainee: TraineeProgress, drawn: list[LessonProgress], reason: str, rules: Cohort
) -> datetime:
    """When the trainee became at risk: their last failure on a quiz they are stuck on, or
    the end of the days allowed without activity."""
    if reason == RiskEpisode.Reason.FAILING:
        return min(
            row.last_activity_at
            for row in drawn
            if row.completed_at is None and row.attempts >= rules.failed_attempts_limit
        )
    since = trainee.last_activity or max(e.enrolled_at for e in trainee.enrolments)
    return since + timedelta(days=rules.inactivity_days)


def _episode(trainee_id: int, reason: str, started_at: datetime, **ending) -> RiskEpisode:
    # Tutors are told as the episode opens (see ``cohort_risks_refresh``).
    return RiskEpisode(
        trainee_id=trainee_id,
        reason=reason,
        started_at=started_at,
        notified_at=started_at + timedelta(minutes=1),
        **ending,
    )


def risk_episodes_draw(
    *, rng: random.Random, rows: Rows, rules: Cohort, course_keys: set[uuid.UUID], now: datetime
) -> list[RiskEpisode]:
    """A cohort's at-risk episodes as the daily check would have recorded them, without
    their cohort (it is set when the cohort is saved).

    A learner at risk now, by the rule of the tutors' table, has an episode open since they
    became so; a third of them have since left the cohort, which ended it ("left"). Of the
    others, those who have been active long enough had, three in ten, a stretch without
    activity they came back from ("active"). An episode open more than 60 days is the
    impact reports' drop-out.
    """
    episodes = []
    for user_id, (trainee, drawn) in _trainees_progress(rows).items():
        reason = trainee_risk(cohort=rules, trainee=trainee, course_keys=course_keys, now=now)
        if reason is not None:
            started = _at_risk_since(trainee=trainee, drawn=drawn, reason=reason, rules=rules)
            ending = {}
            if rng.random() < LEFT_SHARE:
                ending = {
                    "ended_at": started + (now - started) * rng.uniform(0.2, 0.9),
                    "ended_because": RiskEpisode.Ending.LEFT,
                }
            episodes.append(_episode(user_id, reason, started, **ending))
            continue
        if trainee.last_activity is None:
            continue
        first = min(e.enrolled_at for e in trainee.enrolments)
        earliest = first + timedelta(days=rules.inactivity_days)
        latest = trainee.last_activity - timedelta(days=1)
        if latest <= earliest or rng.random() >= RESOLVED_SHARE:
            continue
        started = earliest + (latest - earliest) * rng.random()
        ended = started + (trainee.last_activity - started) * rng.uniform(0.2, 1.0)
        episodes.append(
            _episode(
                user_id,
                RiskEpisode.Reason.INACTIVE,
                started,
                ended_at=ended,
                ended_because=RiskEpisode.Ending.ACTIVE_AGAIN,
            )
        )
    return episodes
