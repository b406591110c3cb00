"""Issuing and revoking certificates.

Issuing is idempotent: a learner holds at most one valid certificate per course (a
database constraint), so completing a course twice, or two requests at once, issue one.
"""

from uuid import UUID

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses import audit
from courses.credentials.pdf import certificate_pdfs_delete
from courses.models import Certificate, CoursePage
from courses.models.certificates import WITHDRAWN_REASON
from portal.models import User

# A new certificate draws a random place in the revocation list; a clash is retried.
_STATUS_INDEX_ATTEMPTS = 10


class CertificateError(ValueError):
    """A request the certificate rules refuse, with a message for the person who asked."""


def learner_display_name(user: User) -> str:
    return user.get_full_name().strip() or user.get_username()


def course_texts(*, course_key: UUID) -> dict[str, dict]:
    """The course as it reads in each language it is published in."""
    pages = CoursePage.objects.live().filter(translation_key=course_key).select_related("locale")
    return {
        page.locale.language_code: {
            "title": page.title,
            "description": page.intro,
            "outcomes": page.outcomes,
        }
        for page in pages
    }


def certificate_issue(
    *,
    learner: User,
    course: CoursePage,
    issued_by: User | None = None,
    learner_name: str = "",
    language: str = "",
) -> tuple[Certificate, bool]:
    """Issue a certificate for ``course``, or return the valid one the learner holds.

    Return (certificate, created). ``language`` is the language it is printed in by
    default; it falls back to the current language, then to the course's own.
    """
    existing = Certificate.objects.valid().filter(
        learner=learner, course_key=course.translation_key
    )
    if certificate := existing.first():
        return certificate, False
    texts = course_texts(course_key=course.translation_key)
    if not texts:
        message = _("The course “%(title)s” is not published.") % {"title": course.title}
        raise CertificateError(message)
    language = next(
        (
            code
            for code in (language, translation.get_language(), course.locale.language_code)
            if code in texts
        ),
        next(iter(texts)),
    )
    page = CoursePage.objects.live().get(
        translation_key=course.translation_key, locale__language_code=language
    )
    fields = {
        "learner": learner,
        "learner_name": learner_name.strip() or learner_display_name(learner),
        "course_key": course.translation_key,
        "language": language,
        "texts": texts,
        "skills": page.skills,
        "workload_hours": page.workload_hours,
        "level": page.level,
        "eqf_level": page.eqf_level,
        "course_url": page.full_url,
        "issued_at": timezone.now(),
        "issued_by": issued_by,
    }
    for _attempt in range(_STATUS_INDEX_ATTEMPTS):
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(**fields)
                if issued_by is not None:  # by hand, in the admin
                    audit.log(instance=certificate, action=audit.CERTIFICATE_ISSUE, user=issued_by)
            certificate_pdf_prepare(certificate)
            return certificate, True
        except IntegrityError:
            # Issued by another request at the same moment, or the random place in the
            # revocation list was taken: look again, then draw another place.
            if certificate := existing.first():
                return certificate, False
    raise CertificateError(_("No free place is left in the revocation list."))


def certificate_issue_on_completion(*, user: User, course_key: UUID) -> Certificate | None:
    """The certificate a learner receives on completing a course (None if unpublished)."""
    course = (
        CoursePage.objects.live().filter(translation_key=course_key).select_related("locale")
    ).first()
    if course is None:
        return None
    return certificate_issue(learner=user, course=course)[0]


def certificate_revoke(
    *, certificate: Certificate, reason: str, revoked_by: User | None = None
) -> bool:
    """Revoke a certificate. Return False if it was already revoked (nothing changes)."""
    reason = reason.strip()
    if not reason:
        raise CertificateError(_("A reason is required to revoke a certificate."))
    updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revocation_reason=reason, revoked_by=revoked_by
    )
    certificate.refresh_from_db()
    if updated:
        # The reason is not copied: the certificate keeps it, the log says who and when.
        audit.log(instance=certificate, action=audit.CERTIFICATE_REVOKE, user=revoked_by)
        certificate_pdf_prepare(certificate)  # the PDF now says it is revoked
    return bool(updated)


def certificate_withdraw(*, certificate: Certificate) -> None:
    """Withdraw a certificate at its holder's request, when they delete their account.

    It is revoked (the revocation list shows it), and the printed name is erased from the
    record and from the stored PDFs: verification then says it was withdrawn, naming no one.
    """
    Certificate.objects.filter(pk=certificate.pk).update(learner_name="")
    certificate.learner_name = ""
    transaction.on_commit(lambda: certificate_pdfs_delete(certificate))
    certificate_revoke(certificate=certificate, reason=WITHDRAWN_REASON)


def certificate_preferences_update(
    *, certificate: Certificate, learner_name: str, language: str
) -> Certificate:
    """The learner's choice of printed name and language."""
    learner_name = learner_name.strip()
    if not learner_name:
        raise CertificateError(_("The printed name cannot be empty."))
    if language not in certificate.texts:
        raise CertificateError(_("The certificate is not available in that language."))
    renamed = learner_name != certificate.learner_name
    certificate.learner_name = learner_name
    certificate.language = language
    certificate.save(update_fields=["learner_name", "language"])
    if renamed:  # by the learner; the log keeps neither name
        audit.log(instance=certificate, action=audit.CERTIFICATE_RENAME, user=certificate.learner)
    certificate_pdf_prepare(certificate)
    return certificate


def certificate_pdf_prepare(certificate: Certificate) -> None:
    """Have a worker draw the PDF once the certificate is saved, so the download is quick."""
    from courses.tasks import certificate_pdf_render  # the tasks import these services

    pk = str(certificate.pk)
    transaction.on_commit(lambda: certificate_pdf_render.enqueue(pk))
