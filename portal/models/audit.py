"""The log of actions on learners' data, kept apart from Wagtail's log so few can read it.

Wagtail shows log entries to anyone holding a permission on the object's model: a
moderator who issues certificates would read who revoked which one. These entries are
readable by superusers and holders of ``portal.view_learner_log`` only, in Wagtail's
"Site history" report and on each object's history.
"""

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager

READ_PERMISSION = "portal.view_learner_log"


def learner_log_readable(user) -> bool:
    """Whether ``user`` may read the log of actions on learners' data."""
    return user.is_superuser or user.has_perm(READ_PERMISSION)


class LearnerLogEntryManager(ModelLogEntryManager):
    def get_instance_title(self, instance) -> str:
        # The label outlives the object: it names its kind and number, never a person.
        return f"{capfirst(instance._meta.verbose_name)} {instance.pk}"

    def viewable_by_user(self, user):
        if learner_log_readable(user):
            return self.all()
        return self.none()


class LearnerLogEntry(BaseLogEntry):
    """Who did what to a learner's data (account, cohort, certificate), and when.

    ``data`` holds ids and counts only: never names, scores, answers or reasons.
    """

    object_id = models.CharField(max_length=255, db_index=True)

    objects = LearnerLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("learner data log entry")
        verbose_name_plural = _("learner data log entries")
        default_permissions = ()
        permissions = [("view_learner_log", _("Can read the log of actions on learners' data"))]
