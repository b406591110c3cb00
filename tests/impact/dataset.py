"""A year of learners' records made for the impact tests, with its true counts.

The counts are worked out here from what is created, not by the code under test, so the
report can be checked against them cell by cell.
"""

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model

from courses.models import Certificate, Cohort, CoursePage, Enrolment, RiskEpisode

YEAR = 2025
ZONE = ZoneInfo("Europe/Paris")
GROUPINGS = ("Bretagne", "Occitanie", None)  # None: learners in no cohort


@dataclass
class Dataset:
    courses: list[uuid.UUID]
    # measure -> (course, grouping, month) or (grouping, month) -> count
    atoms: dict[str, dict[tuple, int]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, measure: str, cell: tuple) -> None:
        self.atoms[measure][cell] = self.atoms[measure].get(cell, 0) + 1


def moment(month: int, day: int) -> datetime:
    return datetime(YEAR, month, day, 12, tzinfo=ZONE)


def dataset_create(*, learners: int = 160, seed: int = 7) -> Dataset:
    """Learners spread unevenly over three courses, two groupings and no cohort, and
    January to June, so that some cells are large and many are small."""
    rng = random.Random(seed)  # noqa: S311 - test data
    keys = list(
        CoursePage.objects.filter(locale__language_code="fr")
        .order_by("path")
        .values_list("translation_key", flat=True)[:3]
    )
    pages = list(CoursePage.objects.filter(translation_key__in=keys))
    data = Dataset(courses=keys)
    cohorts = {}
    tutor = get_user_model().objects.get(email="tutor@example.org")
    for name in GROUPINGS[:2]:
        cohort = Cohort.objects.create(name=f"Groupe {name} {seed}", grouping=name)
        cohort.tutors.add(tutor)
        cohort.courses.set(pages)
        cohorts[name] = cohort

    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"impact-{seed}-{n}", email=f"impact-{seed}-{n}@example.org")
        for n in range(learners)
    )
    status_index = 900_000 + seed * 10_000
    for user in users:
        grouping = rng.choices(GROUPINGS, weights=(5, 3, 2))[0]
        if grouping is not None:
            cohorts[grouping].trainees.add(user)
        course = rng.choices(keys, weights=(6, 3, 1))[0]
        month = rng.choices(range(1, 7), weights=(6, 5, 4, 3, 2, 1))[0]
        enrolled_at = moment(month, rng.randint(1, 20))
        completed_at = None
        if rng.random() < 0.6:
            completed_at = enrolled_at + timedelta(days=rng.randint(5, 80))
        enrolment = Enrolment.objects.create(user=user, course_key=course)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            enrolled_at=enrolled_at, completed_at=completed_at
        )
        data.add("enrolments", (course, grouping, month))
        if completed_at:
            data.add("enrolments_completed", (course, grouping, month))
            if completed_at.year == YEAR:
                data.add("completions", (course, grouping, completed_at.month))
                status_index += 1
                revoked_at = completed_at + timedelta(days=20) if rng.random() < 0.2 else None
                Certificate.objects.create(
                    learner=user,
                    learner_name=user.email,
                    course_key=course,
                    language="fr",
                    texts={},
                    workload_hours=10,
                    level="introductory",
                    course_url="https://passerelles.example.org/fr/cours/",
                    issued_at=completed_at,
                    revoked_at=revoked_at,
                    revocation_reason="Issued by mistake." if revoked_at else "",
                    status_index=status_index,
                )
                data.add("certificates_issued", (course, grouping, completed_at.month))
                if revoked_at and revoked_at.year == YEAR:
                    data.add("certificates_revoked", (course, grouping, revoked_at.month))
        if grouping is not None and rng.random() < 0.5:
            started = enrolled_at + timedelta(days=rng.randint(10, 30))
            ended = started + timedelta(days=rng.randint(5, 40))
            ending = rng.choice(RiskEpisode.Ending.values)
            RiskEpisode.objects.create(
                cohort=cohorts[grouping],
                trainee=user,
                reason=RiskEpisode.Reason.INACTIVE,
                started_at=started,
                ended_at=ended,
                ended_because=ending,
            )
            resolved = ending == RiskEpisode.Ending.ACTIVE_AGAIN
            data.add("risk_resolved" if resolved else "risk_dropped", (grouping, ended.month))
    return data
