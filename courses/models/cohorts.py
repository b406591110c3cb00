"""Groups of trainees followed by their tutors, and the episodes when one is at risk."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Cohort(models.Model):
    """A named group of trainees, the tutors who follow them and the courses they take."""

    name = models.CharField(_("name"), max_length=120)
    grouping = models.CharField(
        _("region or organisation"),
        max_length=120,
        blank=True,
        help_text=_(
            "Impact reports add up the cohort's figures under this name, for instance "
            '"Nouvelle-Aquitaine" or "Lire et Écrire Bruxelles".'
        ),
    )
    tutors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="tutored_cohorts", verbose_name=_("tutors")
    )
    trainees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="cohorts",
        blank=True,
        verbose_name=_("trainees"),
    )
    courses = models.ManyToManyField(
        "courses.CoursePage", related_name="+", verbose_name=_("courses")
    )
    inactivity_days = models.PositiveSmallIntegerField(
        _("days without activity before a trainee is flagged"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    failed_attempts_limit = models.PositiveSmallIntegerField(
        _("failed quiz attempts before a trainee is flagged"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("cohort")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class RiskEpisode(models.Model):
    """A stretch of time when a trainee was at risk of dropping out.

    Tutors are told once per episode: an episode opens when the trainee becomes at risk and
    closes when they no longer are. At most one episode per trainee and cohort is open.
    """

    class Reason(models.TextChoices):
        INACTIVE = "inactive", _("No recent activity")
        FAILING = "failing", _("Quiz failed repeatedly")

    class Ending(models.TextChoices):
        ACTIVE_AGAIN = "active", _("Active again")
        LEFT = "left", _("Left the cohort")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="risk_episodes")
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="risk_episodes"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    started_at = models.DateTimeField(_("started"))
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_because = models.CharField(
        _("how it ended"), max_length=10, choices=Ending.choices, blank=True
    )
    notified_at = models.DateTimeField(_("tutors notified"), null=True, blank=True)

    class Meta:
        verbose_name = _("risk episode")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "trainee"],
                condition=models.Q(ended_at__isnull=True),
                name="risk_episode_one_open",
            ),
        ]

    def __str__(self):
        return f"{self.trainee} · {self.cohort} · {self.get_reason_display()}"


class CohortInvitation(models.Model):
    """A trainee a tutor listed in a cohort, who has not yet accepted or declined.

    Tutors see nothing of an invited trainee's progress: only their address, which they typed.
    """

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cohort_invitations",
        verbose_name=_("trainee"),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("invited"), auto_now_add=True)

    class Meta:
        verbose_name = _("cohort invitation")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="cohort_invitation_once"),
        ]

    def __str__(self):
        return f"{self.user} · {self.cohort}"
