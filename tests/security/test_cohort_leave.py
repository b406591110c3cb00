"""A trainee leaves a cohort: after a confirmation page, by POST, and only their own cohort.
Then its tutors see nothing of them: not the table, the export, the form nor risk e-mails."""

import csv
import io
from datetime import timedelta

from django.test import Client
from django.utils import timezone

import pytest

from courses.demo.learners import COHORT_NAME
from courses.models import Cohort, CoursePage, Enrolment, LessonProgress, RiskEpisode
from courses.services.cohorts import cohort_risks_refresh, cohort_trainees_enrol
from portal.models import User

pytestmark = pytest.mark.django_db


def account(email: str) -> User:
    return User.objects.get(email=email)


def leave_url(cohort: Cohort, language: str = "en") -> str:
    return f"/{language}/learning/cohorts/{cohort.pk}/leave/"


@pytest.fixture
def demo_cohort() -> Cohort:
    return Cohort.objects.get(name=COHORT_NAME)


@pytest.fixture
def lea_client(client):
    client.force_login(account("lea@example.org"))
    return client


@pytest.fixture
def tutor_client():
    tutor = Client()
    tutor.force_login(account("tutor@example.org"))
    return tutor


def test_the_confirmation_page_explains_and_changes_nothing(lea_client, demo_cohort):
    response = lea_client.get(leave_url(demo_cohort))
    assert response.status_code == 200
    html = response.content.decode()
    assert "no longer see your progress" in html
    assert "keep your progress" in html
    assert "tutor@example.org" in html
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html
    assert demo_cohort.trainees.filter(email="lea@example.org").exists()


def test_leaving_removes_the_trainee_and_says_so(lea_client, demo_cohort):
    response = lea_client.post(leave_url(demo_cohort), follow=True)
    assert response.redirect_chain == [("/en/learning/", 302)]
    assert not demo_cohort.trainees.filter(email="lea@example.org").exists()
    assert "You have left the cohort" in response.content.decode()
    # The dashboard no longer lists the cohort; the other trainees stay.
    assert f"/learning/cohorts/{demo_cohort.pk}/leave/" not in response.content.decode()
    assert demo_cohort.trainees.filter(email="marc@example.org").exists()


def test_leaving_keeps_enrolments_and_progress(lea_client, demo_cohort):
    lea = account("lea@example.org")
    enrolments = Enrolment.objects.filter(user=lea).count()
    progress = LessonProgress.objects.filter(user=lea).count()
    assert enrolments and progress
    lea_client.post(leave_url(demo_cohort))
    assert Enrolment.objects.filter(user=lea).count() == enrolments
    assert LessonProgress.objects.filter(user=lea).count() == progress


def test_another_cohort_or_an_unknown_one_is_not_found(lea_client):
    other = Cohort.objects.create(name="Promotion d'ailleurs")
    other.trainees.set([account("marc@example.org")])
    for url in [leave_url(other), leave_url(Cohort(pk=999_999))]:
        assert lea_client.get(url).status_code == 404
        assert lea_client.post(url).status_code == 404
    assert other.trainees.filter(email="marc@example.org").exists()


def test_a_tutor_cannot_leave_for_a_trainee(tutor_client, demo_cohort):
    """Tutors are not trainees of their cohort: the address is not theirs to use."""
    assert tutor_client.post(leave_url(demo_cohort)).status_code == 404
    assert demo_cohort.trainees.count() == 4


def test_leaving_needs_an_account_and_a_csrf_token(demo_cohort):
    anonymous = Client()
    response = anonymous.post(leave_url(demo_cohort))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    checked = Client(enforce_csrf_checks=True)
    checked.force_login(account("lea@example.org"))
    assert checked.post(leave_url(demo_cohort)).status_code == 403
    assert demo_cohort.trainees.filter(email="lea@example.org").exists()


def test_other_methods_are_refused(lea_client, demo_cohort):
    assert lea_client.put(leave_url(demo_cohort)).status_code == 405
    assert lea_client.delete(leave_url(demo_cohort)).status_code == 405


def test_the_tutor_no_longer_sees_the_trainee_anywhere(lea_client, tutor_client, demo_cohort):
    base = f"/en/tutoring/cohorts/{demo_cohort.pk}/"

    def seen() -> dict[str, bool]:
        export = tutor_client.get(f"{base}export.csv").content.decode("utf-8-sig")
        return {
            "table": "lea@example.org" in tutor_client.get(base).content.decode(),
            "export": any("lea@example.org" in row for row in csv.reader(io.StringIO(export))),
            "form": "lea@example.org" in tutor_client.get(f"{base}edit/").content.decode(),
        }

    assert seen() == {"table": True, "export": True, "form": True}
    lea_client.post(leave_url(demo_cohort))
    assert seen() == {"table": False, "export": False, "form": False}
    assert "marc@example.org" in tutor_client.get(base).content.decode()


@pytest.fixture
def idle_cohort():
    """Nadia did nothing for three weeks in a cohort that flags after a week."""
    tutor = account("tutor@example.org")
    nadia = User.objects.create_user(username="nadia", email="nadia@example.net")
    cohort = Cohort.objects.create(name="Promotion calme", inactivity_days=7)
    cohort.tutors.set([tutor])
    cohort.trainees.set([nadia])
    cohort.courses.set(
        [CoursePage.objects.get(slug="entreprise-sociale", locale__language_code="fr")]
    )
    cohort_trainees_enrol(cohort=cohort, enrolled_by=tutor)
    Enrolment.objects.filter(user=nadia).update(enrolled_at=timezone.now() - timedelta(days=21))
    return cohort, nadia


def test_leaving_ends_the_risk_episode_and_the_e_mails(client, idle_cohort, mailoutbox):
    cohort, nadia = idle_cohort
    assert cohort_risks_refresh(cohorts=[cohort])
    assert len(mailoutbox) == 1
    episode = RiskEpisode.objects.get(cohort=cohort, trainee=nadia)
    assert episode.ended_at is None

    client.force_login(nadia)
    client.post(leave_url(cohort))
    episode.refresh_from_db()
    assert episode.ended_at is not None
    # Still idle, but nobody there follows her: no new episode, no e-mail.
    assert cohort_risks_refresh(cohorts=[cohort]) == []
    assert cohort_risks_refresh(cohorts=Cohort.objects.all(), trainee=nadia) == []
    assert len(mailoutbox) == 1
    assert not RiskEpisode.objects.filter(trainee=nadia, ended_at__isnull=True).exists()


def test_a_trainee_removed_by_the_tutor_has_their_episode_ended(tutor_client, idle_cohort):
    cohort, nadia = idle_cohort
    cohort_risks_refresh(cohorts=[cohort])
    data = {
        "name": cohort.name,
        "courses": [page.pk for page in cohort.courses.all()],
        "trainee_emails": "",
        "tutor_emails": "",
        "inactivity_days": 7,
        "failed_attempts_limit": 3,
    }
    response = tutor_client.post(f"/fr/tutoring/cohorts/{cohort.pk}/edit/", data)
    assert response.status_code == 302
    assert not RiskEpisode.objects.filter(trainee=nadia, ended_at__isnull=True).exists()
