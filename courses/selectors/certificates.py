"""Reads of certificates."""

import datetime

from django.db.models import Max

from courses.models import Certificate
from portal.models import User


def learner_certificates(*, user: User) -> list[Certificate]:
    return list(Certificate.objects.filter(learner=user).order_by("-issued_at"))


def revoked_status_indexes() -> tuple[list[int], datetime.datetime | None]:
    """The revocation list's set positions, and when the list last changed."""
    revoked = Certificate.objects.filter(revoked_at__isnull=False)
    indexes = list(revoked.values_list("status_index", flat=True))
    changes = Certificate.objects.aggregate(issued=Max("issued_at"), revoked=Max("revoked_at"))
    changed_at = max((moment for moment in changes.values() if moment), default=None)
    return indexes, changed_at
