"""Certificates: what a learner was awarded, kept as issued for as long as anyone may check.

A certificate keeps its own copy of the course's title, outcomes, workload and level in
every language the course had when it was issued: editing or deleting the course later
never changes what was certified.
"""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.credentials.facts import AchievementText, CertificateFacts
from courses.credentials.issuer import issuer_name as issuer_name_now
from courses.credentials.issuer import verify_url
from courses.credentials.status_list import status_list_size
from courses.models.pages import CoursePage

# The reason recorded when a learner withdraws their certificates on deleting their account;
# verification then says "withdrawn" and shows no name.
WITHDRAWN_REASON = "account deleted"


def status_index_new() -> int:
    """A random place in the revocation list, so that positions reveal no issuing order."""
    return secrets.randbelow(status_list_size)


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)


class Certificate(models.Model):
    # The public identifier, printed and in every link: random, so never guessable.
    id = models.UUIDField(_("identifier"), primary_key=True, default=uuid.uuid4, editable=False)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
        verbose_name=_("learner"),
    )
    learner_name = models.CharField(
        _("name printed"), max_length=150, help_text=_("The learner's name as it is printed.")
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    # {language: {"title", "description", "outcomes"}} as the course read when issued.
    texts = models.JSONField(_("course texts"))
    skills = models.JSONField(_("ESCO skills"), default=list, blank=True)
    workload_hours = models.PositiveSmallIntegerField(_("workload in hours"))
    level = models.CharField(_("level"), max_length=20)
    eqf_level = models.PositiveSmallIntegerField(_("EQF level"), null=True, blank=True)
    course_url = models.URLField(_("course address"), max_length=500)
    issued_at = models.DateTimeField(_("issued"))
    issuer_name = models.CharField(_("issuer"), max_length=200, default=issuer_name_now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
        help_text=_("Empty when the certificate was issued on completing the course."),
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    status_index = models.PositiveIntegerField(
        _("position in the revocation list"), unique=True, default=status_index_new
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at", "pk"]
        constraints = [
            # One valid certificate per learner and course: completing twice, or two
            # requests at once, never issue two.
            models.UniqueConstraint(
                fields=["learner", "course_key"],
                condition=Q(revoked_at__isnull=True),
                name="certificate_once_per_course",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="certificate_revocation_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.title} · {self.learner_name}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_withdrawn(self) -> bool:
        """Revoked because its holder deleted their account and withdrew it."""
        return self.is_revoked and self.revocation_reason == WITHDRAWN_REASON

    @property
    def level_label(self) -> str:
        return CoursePage.Level(self.level).label if self.level in CoursePage.Level else self.level

    @property
    def languages(self) -> list[str]:
        return list(self.texts)

    def text_language(self, language: str | None = None) -> str:
        """The language ``text(language)`` is in: ``language``, or the one it was taken in."""
        return language if language in self.texts else self.language

    def text(self, language: str | None = None) -> AchievementText:
        """The course as it read in ``language``, or in the language it was taken in."""
        values = self.texts[self.text_language(language)]
        return AchievementText(
            title=values["title"],
            description=values["description"],
            outcomes=tuple(values["outcomes"]),
        )

    @property
    def title(self) -> str:
        return self.text().title

    @property
    def verify_url(self) -> str:
        return verify_url(str(self.id))

    def facts(self) -> CertificateFacts:
        return CertificateFacts(
            identifier=str(self.id),
            learner_name=self.learner_name,
            language=self.language,
            texts={language: self.text(language) for language in self.texts},
            skills=tuple(self.skills),
            workload_hours=self.workload_hours,
            level=self.level,
            eqf_level=self.eqf_level,
            course_url=self.course_url,
            issued_at=self.issued_at,
            status_index=self.status_index,
        )
