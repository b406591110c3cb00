"""Course figures, counting learners whose accounts were since deleted."""

from dataclasses import dataclass
from uuid import UUID

from django.db.models import Count

from courses.models import Certificate, Enrolment, ErasedLearnerTally


@dataclass(frozen=True)
class CourseLearnerCounts:
    enrolments: int
    completions: int
    # Every certificate issued, revoked or not: deleting an account never removes one.
    certificates: int


def course_learner_counts(*, course_key: UUID) -> CourseLearnerCounts:
    """How many learners enrolled in and completed a course, and how many certificates it
    issued, deleted accounts included."""
    current = Enrolment.objects.filter(course_key=course_key).aggregate(
        enrolments=Count("pk"), completions=Count("completed_at")
    )
    tally = ErasedLearnerTally.objects.filter(course_key=course_key).first()
    return CourseLearnerCounts(
        enrolments=current["enrolments"] + (tally.enrolments if tally else 0),
        completions=current["completions"] + (tally.completions if tally else 0),
        certificates=Certificate.objects.filter(course_key=course_key).count(),
    )
