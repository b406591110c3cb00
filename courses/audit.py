"""What the learner data log (``portal.models.LearnerLogEntry``) records about cohorts and
certificates: the actions, their labels, and a ``log`` that passes ids and counts only."""

from django.db.models import Model
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogActionRegistry, LogFormatter
from wagtail.log_actions import log as wagtail_log

from portal.models import User

CERTIFICATE_ISSUE = "courses.certificate.issue"
CERTIFICATE_REVOKE = "courses.certificate.revoke"
CERTIFICATE_RENAME = "courses.certificate.rename"
COHORT_MEMBERS = "courses.cohort.members"
COHORT_EXPORT = "courses.cohort.export"
COHORT_LEAVE = "courses.cohort.leave"
COHORT_INVITATION_ACCEPT = "courses.cohort.invitation.accept"
COHORT_INVITATION_DECLINE = "courses.cohort.invitation.decline"

# The user ids a change of a cohort's members records, by kind of change, and how the log
# names each. Entries from before invitations record trainees added directly.
MEMBER_CHANGES = {
    "trainees_added": _("Trainees added"),
    "trainees_invited": _("Trainees invited"),
    "invitations_withdrawn": _("Invitations withdrawn"),
    "trainees_removed": _("Trainees removed"),
    "tutors_added": _("Tutors added"),
    "tutors_removed": _("Tutors removed"),
}


class CohortMembersFormatter(LogFormatter):
    label = _("Change a cohort's trainees or tutors")

    def format_message(self, log_entry) -> str:
        return "; ".join(
            # Translated as a whole: French puts a space before the colon.
            gettext("%(change)s: %(count)d") % {"change": label, "count": len(log_entry.data[key])}
            for key, label in MEMBER_CHANGES.items()
            if log_entry.data.get(key)
        )


def log_actions_register(actions: LogActionRegistry) -> None:
    """The ``register_log_actions`` hook: each action's label in filters and its message."""
    actions.register_action(
        CERTIFICATE_ISSUE, _("Issue a certificate by hand"), _("Certificate issued by hand")
    )
    actions.register_action(
        CERTIFICATE_REVOKE, _("Revoke a certificate"), _("Certificate revoked")
    )
    actions.register_action(
        CERTIFICATE_RENAME,
        _("Change the name printed on a certificate"),
        _("Name printed on the certificate changed"),
    )
    actions.register_action(COHORT_MEMBERS)(CohortMembersFormatter)
    actions.register_action(
        COHORT_EXPORT, _("Download a cohort's table"), _("Cohort table downloaded (CSV)")
    )
    actions.register_action(COHORT_LEAVE, _("Leave a cohort"), _("Trainee left the cohort"))
    actions.register_action(
        COHORT_INVITATION_ACCEPT,
        _("Accept an invitation to a cohort"),
        _("Trainee accepted the invitation and joined the cohort"),
    )
    actions.register_action(
        COHORT_INVITATION_DECLINE,
        _("Decline an invitation to a cohort"),
        _("Trainee declined the invitation to the cohort"),
    )


def log(*, instance: Model, action: str, user: User | None, data: dict | None = None) -> None:
    """Record who did ``action`` on ``instance``. ``data`` holds ids and counts, no content."""
    wagtail_log(instance=instance, action=action, user=user, data=data or {})
