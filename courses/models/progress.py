"""What each learner did. Plain models keyed to (user, lesson), never stored on pages.

Lessons and courses are referred to by their ``translation_key``, shared by every
language version of a page: a learner who switches language keeps their progress, and
deleting a page never deletes what a learner achieved.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner taking a course; removing it keeps their progress for a later return."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("learner"),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enrolled by"),
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="enrolment_once"),
        ]

    def __str__(self):
        return f"{self.user} · {self.course_key}"


class LessonProgress(models.Model):
    """One learner's work on one lesson. No row means the lesson is not started."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"), db_index=True)
    first_activity_at = models.DateTimeField(_("first activity"))
    last_activity_at = models.DateTimeField(_("last activity"))
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    best_score = models.PositiveSmallIntegerField(_("best score (%)"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("quiz attempts"), default=0)
    time_spent_seconds = models.PositiveIntegerField(_("time spent (seconds)"), default=0)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="lesson_progress_once"),
            models.CheckConstraint(
                condition=models.Q(best_score__isnull=True) | models.Q(best_score__lte=100),
                name="lesson_progress_score_percent",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key} · {self.status}"

    @property
    def status(self) -> str:
        return self.Status.COMPLETED if self.completed_at else self.Status.IN_PROGRESS


class QuizAttempt(models.Model):
    """One submitted quiz, scored on the server.

    ``token`` comes from the form the learner was shown: sending the same form twice, from
    a double click or a reload, is one attempt (the unique constraint makes sure of it).
    ``answers`` maps each question's position to the positions of the answers picked.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"))
    token = models.UUIDField()
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    answers = models.JSONField(_("answers"))
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["user", "lesson_key"])]
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="quiz_attempt_once"),
            models.CheckConstraint(
                condition=models.Q(score__lte=100), name="quiz_attempt_score_percent"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key} · {self.score}%"


class ReflectionAnswer(models.Model):
    """A learner's written answer to a reflection prompt. Only they can read it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.UUIDField(_("prompt"))
    text = models.TextField(_("answer"), max_length=5000)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "block_id"], name="reflection_once"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key}"
