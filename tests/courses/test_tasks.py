"""Background tasks for courses: certificate PDFs drawn once and kept, and the at-risk
check queued per cohort."""

from io import StringIO

from django.core.files.storage import storages
from django.core.management import call_command
from django.urls import reverse

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from courses.credentials import pdf
from courses.models import Cohort, CoursePage, RiskEpisode
from courses.services.certificates import (
    certificate_issue,
    certificate_preferences_update,
    certificate_revoke,
)
from courses.tasks import certificate_pdf_render, cohort_risks_check
from portal.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def generated_storage_emptied(settings):
    """A new in-memory storage per test: files stored by an earlier test stay there."""
    settings.STORAGES = {
        **settings.STORAGES,
        "generated": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.fixture
def draws(monkeypatch) -> list[str]:
    """Each WeasyPrint drawing of a certificate, by its HTML."""
    drawn = []
    real = pdf.certificate_pdf_draw

    def counted(html):
        drawn.append(html)
        return real(html)

    monkeypatch.setattr(pdf, "certificate_pdf_draw", counted)
    return drawn


def stored(certificate) -> list[str]:
    storage = storages["generated"]
    folder = f"certificates/{certificate.pk}/{certificate.language}"
    try:
        return storage.listdir(folder)[1]
    except FileNotFoundError:
        return []


@pytest.fixture
def certificate(django_capture_on_commit_callbacks):
    learner = User.objects.create_user(username="nadia", email="nadia@example.net")
    course = CoursePage.objects.get(slug="entreprise-sociale", locale__language_code="fr")
    with django_capture_on_commit_callbacks(execute=True):
        return certificate_issue(learner=learner, course=course, language="fr")[0]


def test_issuing_draws_the_pdf_and_the_download_serves_it(client, certificate, draws):
    assert len(stored(certificate)) == 1  # drawn by the task the issue queued
    client.force_login(certificate.learner)
    url = reverse("certificate_download", args=[certificate.pk, "pdf"])
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content.startswith(b"%PDF") and first.content == second.content
    assert draws == []  # both served from the stored file


def test_a_new_name_or_a_revocation_gives_a_new_pdf(
    client, certificate, draws, django_capture_on_commit_callbacks
):
    client.force_login(certificate.learner)
    url = reverse("certificate_download", args=[certificate.pk, "pdf"])
    before = client.get(url).content
    with django_capture_on_commit_callbacks(execute=True):
        certificate_preferences_update(
            certificate=certificate, learner_name="Nadia Benali", language="fr"
        )
    assert len(draws) == 1 and "Nadia Benali" in draws[0]
    [name] = stored(certificate)  # the old version was tidied away
    assert client.get(url).content != before

    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=certificate, reason="Erreur de saisie")
    assert len(draws) == 2 and stored(certificate) != [name]
    assert len(client.get(url).content) > 0
    assert len(draws) == 2


def test_the_render_task_ignores_a_deleted_certificate(certificate):
    pk = str(certificate.pk)
    certificate.delete()
    result = certificate_pdf_render.enqueue(pk)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value is False


def test_the_at_risk_command_queues_one_check_per_cohort(settings, mailoutbox):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = StringIO()
    call_command("check_trainees_at_risk", stdout=out)
    cohorts = Cohort.objects.count()
    assert out.getvalue().startswith(f"{cohorts} cohort(s) queued")
    queued = DBTaskResult.objects.filter(task_path="courses.tasks.cohort_risks_check")
    assert queued.count() == cohorts
    assert not RiskEpisode.objects.exists() and mailoutbox == []


def test_the_at_risk_task_flags_the_demo_trainees_and_tells_the_tutor(mailoutbox):
    cohort = Cohort.objects.get(trainees__email="marc@example.org")
    result = cohort_risks_check.enqueue(cohort.pk)
    assert result.return_value == 2
    assert {e.trainee.email for e in RiskEpisode.objects.filter(cohort=cohort)} == {
        "marc@example.org",
        "yanis@example.org",
    }
    assert len(mailoutbox) == 2
