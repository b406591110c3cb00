"""Figures that outlive the people behind them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasedLearnerTally(models.Model):
    """What the learners whose accounts were deleted did in one course, as bare counts.

    Deleting an account erases its enrolments; they are added here first, so that course
    statistics keep their numbers without keeping anything about the person. Certificates
    need no tally: their rows stay (anonymised or withdrawn), and are counted as they are.
    """

    course_key = models.UUIDField(_("course"), unique=True)
    enrolments = models.PositiveIntegerField(_("enrolments"), default=0)
    completions = models.PositiveIntegerField(_("completions"), default=0)

    class Meta:
        verbose_name = _("tally of deleted learners")
        verbose_name_plural = _("tallies of deleted learners")

    def __str__(self):
        return f"{self.course_key} · {self.enrolments} / {self.completions}"
