"""A year's figures, gathered from the learners' records and protected before any use.

Learner figures are counted per (course, grouping, month); at-risk episodes belong to a
cohort, not a course, so they are counted per (grouping, month). A learner's grouping
for a course is that of their cohort which includes the course (the oldest, if several),
so each learner counts once in each course. Months are in the site's time zone.

Only the published cells leave this module: everything is protected once per year by
``portal.impact.protection`` and kept in the cache for ``IMPACT_CACHE_SECONDS``, so every
page, download and API answer of any filters shows cells of the same protected cube.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Max, Min, Q, Value, When
from django.utils import timezone

from courses.models import Certificate, Cohort, CoursePage, Enrolment, QuizAttempt, RiskEpisode
from portal.impact.protection import MINIMUM, cells_holding, cube_sums, published_cells

# The grouping of learners in no cohort that includes the course.
NO_COHORT = None

LEARNER_MEASURES = (
    "enrolments",
    # Enrolments of the month, course and grouping that have been completed since: the
    # completion rate is these over the enrolments.
    "enrolments_completed",
    "completions",
    "quiz_takers",
    "quiz_passers",
    "certificates_issued",
    "certificates_revoked",
)
RISK_MEASURES = ("risk_resolved", "risk_dropped")
CACHE_KEY = "impact:{year}"
REFRESH_KEY = "impact:{year}:refreshing"
KEPT_FOR = 12


@dataclass
class YearFigures:
    year: int
    computed_at: datetime
    courses: list[UUID]
    groupings: list[str | None]
    months: list[int]
    # measure -> published cells and their counts; a cell missing here is withheld.
    published: dict[str, dict[tuple, int]] = field(default_factory=dict)
    # measure -> cells withheld only to protect a smaller one (the others are under five).
    protective: dict[str, set[tuple]] = field(default_factory=dict)
    # Median days from enrolment to completion, for the published completion cells.
    median_days: dict[tuple, float] = field(default_factory=dict)


def year_figures(year: int) -> YearFigures:
    """The protected figures of ``year``, from the cache.

    Figures older than ``IMPACT_CACHE_SECONDS`` are still answered, while a background
    task works them out again: no reader waits for it but the first. They are kept
    ``KEPT_FOR`` times longer, so that without a worker they are worked out in the request.
    """
    figures = cache.get(CACHE_KEY.format(year=year))
    if figures is None:
        return year_figures_store(year)
    age = (timezone.now() - figures.computed_at).total_seconds()
    # One refresh at a time, whatever the number of readers.
    refresh = age > settings.IMPACT_CACHE_SECONDS and cache.add(
        REFRESH_KEY.format(year=year), True, timeout=settings.IMPACT_CACHE_SECONDS
    )
    if refresh:
        from portal.impact.tasks import impact_figures_refresh  # it imports this module

        impact_figures_refresh.enqueue(year=year)
    return figures


def year_figures_store(year: int) -> YearFigures:
    """Work out the year's figures and keep them in the cache."""
    figures = year_figures_compute(year)
    cache.set(
        CACHE_KEY.format(year=year), figures, timeout=settings.IMPACT_CACHE_SECONDS * KEPT_FOR
    )
    cache.delete(REFRESH_KEY.format(year=year))
    return figures


def first_year() -> int:
    """The year of the first enrolment, or this year."""
    first = Enrolment.objects.aggregate(first=Min("enrolled_at"))["first"]
    return timezone.localtime(first).year if first else timezone.localdate().year


def _year_bounds(year: int) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone)


class _Groupings:
    """Which grouping each learner counts under, for each course."""

    def __init__(self):
        cohort_grouping = dict(Cohort.objects.values_list("pk", "grouping"))
        cohort_courses = defaultdict(set)
        for cohort_id, key in Cohort.courses.through.objects.values_list(
            "cohort_id", "coursepage__translation_key"
        ):
            cohort_courses[cohort_id].add(key)
        self._cohorts = defaultdict(list)  # user id -> cohort ids, oldest first
        for cohort_id, user_id in Cohort.trainees.through.objects.order_by(
            "cohort_id"
        ).values_list("cohort_id", "user_id"):
            self._cohorts[user_id].append(cohort_id)
        self._grouping = cohort_grouping
        self._courses = cohort_courses
        self.all = sorted(set(cohort_grouping.values()))

    def of(self, user_id: int | None, course_key: UUID) -> str | None:
        for cohort_id in self._cohorts.get(user_id, ()):
            if course_key in self._courses[cohort_id]:
                return self._grouping[cohort_id]
        return NO_COHORT


def year_figures_compute(year: int) -> YearFigures:
    start, end = _year_bounds(year)
    now = timezone.now()
    groupings = _Groupings()
    atoms = {measure: defaultdict(int) for measure in (*LEARNER_MEASURES, *RISK_MEASURES)}
    durations = defaultdict(list)

    def month(moment: datetime | None) -> int | None:
        if moment is None or not start <= moment < end:
            return None
        return timezone.localtime(moment).month

    for user_id, course_key, enrolled_at, completed_at in Enrolment.objects.filter(
        Q(enrolled_at__gte=start, enrolled_at__lt=end)
        | Q(completed_at__gte=start, completed_at__lt=end)
    ).values_list("user_id", "course_key", "enrolled_at", "completed_at"):
        grouping = groupings.of(user_id, course_key)
        if (enrolled := month(enrolled_at)) is not None:
            atoms["enrolments"][course_key, grouping, enrolled] += 1
            if completed_at is not None:
                atoms["enrolments_completed"][course_key, grouping, enrolled] += 1
        if (completed := month(completed_at)) is not None:
            atoms["completions"][course_key, grouping, completed] += 1
            durations[course_key, grouping, completed].append(
                (completed_at - enrolled_at).total_seconds() / 86400
            )

    # A learner takes a course's quizzes from their first attempt; they pass them when
    # every quiz they tried was passed, at one attempt or another.
    taken = {}  # (user, course) -> [first attempt, all passed]
    for user_id, course_key, first, passed in (
        QuizAttempt.objects.values("user_id", "course_key", "lesson_key")
        .annotate(
            first=Min("submitted_at"),
            passed=Max(Case(When(passed=True, then=Value(1)), default=Value(0))),
        )
        .values_list("user_id", "course_key", "first", "passed")
    ):
        entry = taken.setdefault((user_id, course_key), [first, True])
        entry[0] = min(entry[0], first)
        entry[1] = entry[1] and bool(passed)
    for (user_id, course_key), (first, passed) in taken.items():
        if (tried := month(first)) is not None:
            grouping = groupings.of(user_id, course_key)
            atoms["quiz_takers"][course_key, grouping, tried] += 1
            if passed:
                atoms["quiz_passers"][course_key, grouping, tried] += 1

    for learner_id, course_key, issued_at, revoked_at in Certificate.objects.filter(
        Q(issued_at__gte=start, issued_at__lt=end) | Q(revoked_at__gte=start, revoked_at__lt=end)
    ).values_list("learner_id", "course_key", "issued_at", "revoked_at"):
        grouping = groupings.of(learner_id, course_key)
        if (issued := month(issued_at)) is not None:
            atoms["certificates_issued"][course_key, grouping, issued] += 1
        if (revoked := month(revoked_at)) is not None:
            atoms["certificates_revoked"][course_key, grouping, revoked] += 1

    drop_out = timedelta(days=settings.IMPACT_DROP_OUT_DAYS)
    for grouping, ended_because, started_at, ended_at in RiskEpisode.objects.filter(
        Q(ended_at__isnull=True) | Q(ended_at__gte=start, ended_at__lt=end)
    ).values_list("cohort__grouping", "ended_because", "started_at", "ended_at"):
        if ended_because == RiskEpisode.Ending.ACTIVE_AGAIN:
            measure, when = "risk_resolved", ended_at
        elif ended_because == RiskEpisode.Ending.LEFT:
            measure, when = "risk_dropped", ended_at
        elif started_at + drop_out <= now:  # still open, long past coming back
            measure, when = "risk_dropped", started_at + drop_out
        else:
            continue
        if (ended := month(when)) is not None:
            atoms[measure][grouping, ended] += 1

    course_keys = set(CoursePage.objects.values_list("translation_key", flat=True))
    for measure in LEARNER_MEASURES:
        course_keys.update(cell[0] for cell in atoms[measure])
    grouping_values = set(groupings.all) | {NO_COHORT}
    for measure in RISK_MEASURES:
        grouping_values.update(cell[0] for cell in atoms[measure])

    figures = YearFigures(
        year=year,
        computed_at=now,
        courses=sorted(course_keys, key=str),
        groupings=sorted(grouping_values, key=lambda g: (g is None, g or "")),
        months=list(range(1, 13)),
    )
    learner_values = [figures.courses, figures.groupings, figures.months]
    risk_values = [figures.groupings, figures.months]
    for measure in (*LEARNER_MEASURES, *RISK_MEASURES):
        values = learner_values if measure in LEARNER_MEASURES else risk_values
        sums = cube_sums(dict(atoms[measure]))
        published = published_cells(sums, values)
        figures.published[measure] = published
        figures.protective[measure] = {
            cell for cell, count in sums.items() if count >= MINIMUM and cell not in published
        }
    completions = figures.published["completions"]
    days = defaultdict(list)
    for finest, found in durations.items():
        for cell in cells_holding(finest):
            if cell in completions:
                days[cell].extend(found)
    figures.median_days = {cell: statistics.median(found) for cell, found in days.items()}
    return figures
