"""Reads for tutors: who is in their cohorts, how far each trainee got, who is at risk; and
for trainees: who follows them, and the cohorts they are invited to.

A cohort's report takes the same number of queries whatever its number of trainees,
courses or lessons. Progress is read as plain tuples rather than model instances, and
without its times but the latest per trainee: a cohort of 200 trainees has thousands of
rows, and turning each one's times into Python objects took most of the page's time.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple
from uuid import UUID

from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    Max,
    Prefetch,
    Q,
    prefetch_related_objects,
)

from wagtail.models import Locale

from courses.models import (
    Cohort,
    CohortInvitation,
    CoursePage,
    Enrolment,
    LessonProgress,
    RiskEpisode,
)
from courses.selectors.learning import CourseOutline, ModuleEntry, course_outlines
from portal.models import User


def tutor_cohorts(*, tutor: User):
    """The cohorts this tutor follows; nobody else's."""
    return Cohort.objects.filter(tutors=tutor)


@dataclass
class FollowingCohort:
    """A cohort a trainee is in: the tutors who see their progress there, and its courses."""

    cohort: Cohort
    tutors: list[User]
    courses: list[CoursePage]


def _following(cohorts: list[Cohort], locale: Locale | None) -> list[FollowingCohort]:
    """These cohorts with their tutors and courses, in three queries whatever their number.

    Courses are given in ``locale`` where translated and published, else as chosen.
    """
    prefetch_related_objects(
        cohorts,
        Prefetch(
            "tutors",
            queryset=User.objects.only("first_name", "last_name", "email").order_by(
                "last_name", "first_name", "email"
            ),
        ),
        Prefetch("courses", queryset=CoursePage.objects.order_by("path")),
    )
    keys = {course.translation_key for cohort in cohorts for course in cohort.courses.all()}
    translations = {}
    if locale is not None and keys:
        translations = {
            page.translation_key: page
            for page in CoursePage.objects.live().filter(translation_key__in=keys, locale=locale)
        }
    return [
        FollowingCohort(
            cohort=cohort,
            tutors=list(cohort.tutors.all()),
            courses=[
                translations.get(course.translation_key, course) for course in cohort.courses.all()
            ],
        )
        for cohort in cohorts
    ]


def trainee_tutors(*, trainee: User, locale: Locale | None = None) -> list[FollowingCohort]:
    """Every cohort the trainee is in, with its tutors and courses, in four queries.

    Courses are given in ``locale`` where translated and published, else as chosen.
    """
    return _following(list(trainee.cohorts.order_by("name", "pk")), locale)


def cohort_invited_emails(cohort: Cohort) -> list[str]:
    """The addresses of the people invited who have not answered: the tutor typed them."""
    return list(cohort.invitations.order_by("user__email").values_list("user__email", flat=True))


@dataclass
class CohortInvitationEntry:
    """An invitation the trainee has not answered: who invited them, and what joining the
    cohort would share with whom."""

    invitation: CohortInvitation
    following: FollowingCohort


def trainee_invitations(
    *, trainee: User, locale: Locale | None = None
) -> list[CohortInvitationEntry]:
    """The trainee's unanswered invitations to cohorts, in four queries."""
    invitations = list(
        trainee.cohort_invitations.select_related("cohort", "invited_by").order_by(
            "cohort__name", "cohort__pk"
        )
    )
    following = _following([invitation.cohort for invitation in invitations], locale)
    return [CohortInvitationEntry(*pair) for pair in zip(invitations, following, strict=True)]


class ProgressRow(NamedTuple):
    """What a cohort's report needs of a ``LessonProgress`` row."""

    completed: bool
    attempts: int
    best_score: int | None


class EnrolmentRow(NamedTuple):
    """What a cohort's report needs of an ``Enrolment``."""

    course_key: UUID
    enrolled_at: datetime
    completed_at: datetime | None


@dataclass
class TraineeProgress:
    """One trainee's rows (by lesson key) and enrolments in a cohort's courses."""

    progress: dict[UUID, ProgressRow] = field(default_factory=dict)
    enrolments: list[EnrolmentRow] = field(default_factory=list)
    last_activity: datetime | None = None


def trainee_risk(
    *, cohort: Cohort, trainee: TraineeProgress, course_keys: set[UUID], now: datetime
) -> str | None:
    """Why the trainee is at risk of dropping out, or None.

    Failing a quiz ``failed_attempts_limit`` times without passing it, or doing nothing for
    ``inactivity_days`` (counted from enrolment when they never started), flags a trainee
    until every cohort course is completed.
    """
    completed = {e.course_key for e in trainee.enrolments if e.completed_at}
    if course_keys and course_keys <= completed:
        return None
    if any(
        not row.completed and row.attempts >= cohort.failed_attempts_limit
        for row in trainee.progress.values()
    ):
        return RiskEpisode.Reason.FAILING
    since = trainee.last_activity or max(
        (e.enrolled_at for e in trainee.enrolments), default=cohort.created_at
    )
    if now - since > timedelta(days=cohort.inactivity_days):
        return RiskEpisode.Reason.INACTIVE
    return None


def cohort_course_keys(cohort: Cohort) -> set[UUID]:
    return {course.translation_key for course in cohort.courses.all()}


def cohort_trainees_progress(
    *, cohort: Cohort, course_keys: set[UUID], trainees: list[User]
) -> dict[int, TraineeProgress]:
    """Progress, latest activity and enrolments of every trainee, in three queries."""
    by_user = {trainee.pk: TraineeProgress() for trainee in trainees}
    rows = LessonProgress.objects.filter(user__in=list(by_user), course_key__in=course_keys)
    done = ExpressionWrapper(Q(completed_at__isnull=False), output_field=BooleanField())
    for user_id, lesson_key, *values in rows.values_list(
        "user_id", "lesson_key", done, "attempts", "best_score"
    ):
        by_user[user_id].progress[lesson_key] = ProgressRow(*values)
    latest = rows.order_by().values("user_id").annotate(latest=Max("last_activity_at"))
    for user_id, last_activity in latest.values_list("user_id", "latest"):
        by_user[user_id].last_activity = last_activity
    enrolments = Enrolment.objects.filter(
        user__in=list(by_user), course_key__in=course_keys
    ).values_list("user_id", *EnrolmentRow._fields)
    for user_id, *values in enrolments:
        by_user[user_id].enrolments.append(EnrolmentRow(*values))
    return by_user


@dataclass
class ModuleCell:
    status: str
    score: int | None

    @classmethod
    def of(cls, lessons: list[tuple[UUID, bool]], progress: dict[UUID, ProgressRow]):
        """The module's status and score from its lessons' (key, optional) and the rows.

        The same rules as ``ModuleEntry.status`` and ``ModuleEntry.score``.
        """
        rows = [(progress.get(key), optional) for key, optional in lessons]
        required = [row for row, optional in rows if not optional]
        if required and all(row is not None and row.completed for row in required):
            status = LessonProgress.Status.COMPLETED
        elif any(row is not None for row, _optional in rows):
            status = LessonProgress.Status.IN_PROGRESS
        else:
            status = LessonProgress.Status.NOT_STARTED
        scores = [row.best_score for row, _ in rows if row and row.best_score is not None]
        return cls(status, round(sum(scores) / len(scores)) if scores else None)


@dataclass
class TraineeRow:
    trainee: User
    cells: list[ModuleCell]
    last_activity: datetime | None
    risk: str | None
    courses_completed: int

    @property
    def risk_label(self) -> str:
        return RiskEpisode.Reason(self.risk).label if self.risk else ""


@dataclass
class ModuleSummary:
    course: CoursePage
    module: ModuleEntry
    completed: int
    percent: int
    position: int

    # Geometry of the module's bar in the cohort chart, in SVG units.
    ROW_HEIGHT = 24
    BAR_MAX_WIDTH = 300

    @property
    def bar_y(self) -> int:
        return self.position * self.ROW_HEIGHT

    @property
    def bar_width(self) -> int:
        return self.percent * self.BAR_MAX_WIDTH // 100


@dataclass
class CohortReport:
    cohort: Cohort
    outlines: list[CourseOutline]
    modules: list[tuple[CoursePage, ModuleEntry]]
    rows: list[TraineeRow]
    summaries: list[ModuleSummary]

    @property
    def chart_height(self) -> int:
        return max(1, len(self.summaries)) * ModuleSummary.ROW_HEIGHT

    @property
    def at_risk(self) -> list[TraineeRow]:
        return [row for row in self.rows if row.risk]


def _courses_in_locale(cohort: Cohort, locale: Locale) -> list[CoursePage]:
    chosen = list(cohort.courses.all())
    translations = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(
            translation_key__in=[page.translation_key for page in chosen], locale=locale
        )
    }
    return [translations.get(page.translation_key, page) for page in chosen]


def cohort_report(*, cohort: Cohort, locale: Locale, now: datetime) -> CohortReport:
    """Trainees × modules with status and score, last activity and risk."""
    courses = _courses_in_locale(cohort, locale)
    outlines = course_outlines(courses=courses, user=None)
    modules = [(outline.course, module) for outline in outlines for module in outline.modules]
    course_keys = {course.translation_key for course in courses}
    trainees = list(
        cohort.trainees.only("first_name", "last_name", "email").order_by(
            "last_name", "first_name", "email"
        )
    )
    progress = cohort_trainees_progress(cohort=cohort, course_keys=course_keys, trainees=trainees)
    module_lessons = [
        [(lesson.page.translation_key, lesson.page.is_optional) for lesson in module.lessons]
        for _course, module in modules
    ]

    rows = []
    completed_by_module = [0] * len(modules)
    for trainee in trainees:
        own = progress[trainee.pk]
        cells = [ModuleCell.of(lessons, own.progress) for lessons in module_lessons]
        for position, cell in enumerate(cells):
            completed_by_module[position] += cell.status == LessonProgress.Status.COMPLETED
        rows.append(
            TraineeRow(
                trainee=trainee,
                cells=cells,
                last_activity=own.last_activity,
                risk=trainee_risk(cohort=cohort, trainee=own, course_keys=course_keys, now=now),
                courses_completed=sum(1 for e in own.enrolments if e.completed_at),
            )
        )
    summaries = [
        ModuleSummary(
            course,
            module,
            completed_by_module[position],
            round(100 * completed_by_module[position] / len(trainees)) if trainees else 0,
            position,
        )
        for position, (course, module) in enumerate(modules)
    ]
    return CohortReport(cohort, outlines, modules, rows, summaries)
