"""Keeping course figures when the people behind them leave."""

from django.db import IntegrityError, transaction
from django.db.models import F

from courses.models import Enrolment, ErasedLearnerTally
from portal.models import User


def erased_learner_tally_add(*, user: User) -> int:
    """Add the learner's enrolments and completions to each course's anonymous tally.

    Called just before the account is deleted. Return how many enrolments were counted.
    """
    enrolments = Enrolment.objects.filter(user=user).values_list("course_key", "completed_at")
    counted = 0
    for course_key, completed_at in enrolments:
        try:
            with transaction.atomic():
                ErasedLearnerTally.objects.get_or_create(course_key=course_key)
        except IntegrityError:  # created by another deletion at the same moment
            pass
        ErasedLearnerTally.objects.filter(course_key=course_key).update(
            enrolments=F("enrolments") + 1,
            completions=F("completions") + (1 if completed_at else 0),
        )
        counted += 1
    return counted
