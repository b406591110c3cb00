"""Deleting an account at its owner's request: everything personal goes, figures stay.

Every relation to the user either cascades (their progress, answers, addresses, two-factor
devices...) or is set to empty (pages they own, certificates they chose to keep, who
enrolled or issued something); none protects the row, so deletion never stops half-way.
Wagtail's history keeps only the deleted account's number ("user 12 (deleted)").
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from allauth.account.adapter import get_adapter
from allauth.usersessions.adapter import get_adapter as sessions_adapter
from allauth.usersessions.models import UserSession

from courses.models import Certificate
from courses.services.certificates import certificate_withdraw
from courses.services.statistics import erased_learner_tally_add
from portal.models import User


class CertificateFate(models.TextChoices):
    """What happens to the certificates of a deleted account: the learner chooses."""

    WITHDRAW = "withdraw", gettext_lazy("Withdraw my certificates")
    KEEP = "keep", gettext_lazy("Keep my certificates verifiable")


class AccountDeletionRefused(Exception):
    """The account cannot be deleted here; the message says why, for its owner."""


@dataclass(frozen=True)
class Erasure:
    """What was done, for the confirmation e-mail; the account itself is gone."""

    email: str
    deleted_at: datetime.datetime
    certificate_fate: str
    # The addresses where kept certificates can still be checked.
    kept_certificates: list[tuple[str, str]] = field(default_factory=list)
    withdrawn_certificates: int = 0


def account_deletion_refusal(*, user: User) -> str:
    """Why ``user`` cannot delete their own account, or "" when they can."""
    if not user.is_superuser:
        return ""
    others = User.objects.filter(is_superuser=True, is_active=True).exclude(pk=user.pk)
    if others.exists():
        return ""
    return _(
        "You are the only administrator. Give another account administrator rights first, "
        "then delete yours: otherwise nobody could manage the site."
    )


def _sessions_end(user: User) -> None:
    """Sign the person out in every browser: their sessions are removed from the store."""
    sessions_adapter().end_sessions(list(UserSession.objects.filter(user=user)))


def account_delete(*, user: User, certificate_fate: str) -> Erasure:
    """Erase the account and everything that cascades from it, in one transaction.

    Enrolments and completions are first added to each course's anonymous tally. The
    certificates are withdrawn (revoked, name erased) or kept verifiable as printed.
    """
    if certificate_fate not in CertificateFate.values:
        raise ValueError(f"Unknown certificate choice {certificate_fate!r}.")
    with transaction.atomic():
        if user.is_superuser:
            # Locked, so that the last two administrators cannot both leave at once.
            list(User.objects.select_for_update().filter(is_superuser=True, is_active=True))
        if refusal := account_deletion_refusal(user=user):
            raise AccountDeletionRefused(refusal)
        erased_learner_tally_add(user=user)
        certificates = list(Certificate.objects.filter(learner=user).order_by("issued_at"))
        withdrawing = certificate_fate == CertificateFate.WITHDRAW
        for certificate in certificates if withdrawing else []:
            certificate_withdraw(certificate=certificate)
        # Kept ones lose their link to the account (SET_NULL) and keep the printed name.
        kept = [] if withdrawing else [c for c in certificates if not c.is_revoked]
        erasure = Erasure(
            email=user.email,
            deleted_at=timezone.now(),
            certificate_fate=certificate_fate,
            kept_certificates=[(c.title, c.verify_url) for c in kept],
            withdrawn_certificates=len(certificates) if withdrawing else 0,
        )
        _sessions_end(user)
        user.delete()
    return erasure


def account_deletion_email_send(*, erasure: Erasure) -> None:
    """Confirm the deletion to the address the account had, in the reader's language."""
    if not erasure.email:
        return
    context = {
        "erasure": erasure,
        "contact_email": settings.PRIVACY_CONTACT_EMAIL,
        "withdrawn": erasure.certificate_fate == CertificateFate.WITHDRAW,
    }
    get_adapter().send_mail("account/email/account_deleted", erasure.email, context)
