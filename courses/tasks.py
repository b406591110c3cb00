"""Background tasks for courses: certificate PDFs and the tutors' at-risk checks."""

from django_tasks import task

from courses.credentials.pdf import certificate_pdf
from courses.models import Certificate, Cohort
from courses.services.cohorts import cohort_risks_refresh


@task()
def certificate_pdf_render(certificate_id: str) -> bool:
    """Draw and keep the certificate's PDF in its printed language, ready for download.

    Return False when the certificate is gone (deleted before the worker got to it).
    """
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return False
    certificate_pdf(certificate)
    return True


@task()
def cohort_risks_check(cohort_id: int) -> int:
    """Flag one cohort's trainees newly at risk and tell the tutors; return how many."""
    cohort = Cohort.objects.filter(pk=cohort_id).first()
    if cohort is None:
        return 0
    return len(cohort_risks_refresh(cohorts=[cohort]))
