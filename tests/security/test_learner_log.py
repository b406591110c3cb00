"""The log of actions on learners' data: each action is recorded (who, what, which object,
when) without copying content, and only superusers and holders of its permission read it."""

import json

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import ModelLogEntry
from wagtail.users.forms import GroupForm

import pytest

from courses import audit
from courses.demo.learners import COHORT_NAME
from courses.models import Certificate, Cohort, CoursePage
from courses.services.certificates import certificate_issue, certificate_revoke
from portal.models import LearnerLogEntry, User

pytestmark = pytest.mark.django_db

SITE_HISTORY = "wagtailadmin_reports:site_history"


def account(email: str) -> User:
    return User.objects.get(email=email)


def signed_in(email: str) -> Client:
    client = Client()
    client.force_login(account(email))
    return client


def course() -> CoursePage:
    return CoursePage.objects.get(slug="entreprise-sociale", locale__language_code="fr")


def entries(action: str):
    return LearnerLogEntry.objects.filter(action=action)


def assert_no_personal_content(entry: LearnerLogEntry, *texts: str) -> None:
    stored = f"{entry.label} {json.dumps(entry.data)}"
    for text in texts:
        assert text not in stored


@pytest.fixture
def nadia() -> User:
    return User.objects.create_user(
        username="nadia", email="nadia@example.net", first_name="Nadia", last_name="Benali"
    )


@pytest.fixture
def revoked(nadia) -> Certificate:
    certificate = certificate_issue(learner=nadia, course=course())[0]
    certificate_revoke(
        certificate=certificate,
        reason="Copied another learner's quiz",
        revoked_by=account("admin@example.org"),
    )
    return certificate


# Each action is logged.


def test_issuing_and_revoking_by_hand_in_the_admin_are_logged(nadia):
    moderator = signed_in("moderator@example.org")
    add = reverse("wagtailsnippets_courses_certificate:add")
    data = {"learner_email": "nadia@example.net", "course": course().pk, "language": "fr"}
    assert moderator.post(add, {**data, "learner_name": "N. Benali"}).status_code == 302
    certificate = Certificate.objects.get(learner=nadia)
    [issued] = entries(audit.CERTIFICATE_ISSUE)
    assert (issued.object_id, issued.user) == (
        str(certificate.pk),
        account("moderator@example.org"),
    )

    edit = reverse("wagtailsnippets_courses_certificate:edit", args=[certificate.pk])
    assert (
        moderator.post(edit, {"revocation_reason": "Issued to the wrong person"}).status_code
        == 302
    )
    [revoked] = entries(audit.CERTIFICATE_REVOKE)
    assert (revoked.object_id, revoked.user) == (
        str(certificate.pk),
        account("moderator@example.org"),
    )
    for entry in (issued, revoked):
        assert entry.timestamp is not None
        assert_no_personal_content(entry, "Nadia", "Benali", "nadia@", "wrong person")


def test_a_certificate_issued_on_completion_is_not_a_staff_action(nadia):
    certificate_issue(learner=nadia, course=course())
    assert not entries(audit.CERTIFICATE_ISSUE).exists()


def test_the_learner_renaming_their_certificate_is_logged_without_the_names(client, nadia):
    certificate = certificate_issue(learner=nadia, course=course(), language="fr")[0]
    client.force_login(nadia)
    url = f"/en/learning/certificates/{certificate.pk}/preferences/"
    prefix = str(certificate.pk)
    response = client.post(url, {f"{prefix}-learner_name": "Nadia B.", f"{prefix}-language": "fr"})
    assert response.status_code == 302
    [renamed] = entries(audit.CERTIFICATE_RENAME)
    assert (renamed.object_id, renamed.user) == (str(certificate.pk), nadia)
    assert_no_personal_content(renamed, "Nadia", "Benali")
    # Choosing another language alone renames nothing.
    client.post(url, {f"{prefix}-learner_name": "Nadia B.", f"{prefix}-language": "en"})
    assert entries(audit.CERTIFICATE_RENAME).count() == 1


def cohort_form(cohort_name: str, trainees: str, tutors: str = "") -> dict:
    return {
        "name": cohort_name,
        "courses": [course().pk],
        "trainee_emails": trainees,
        "tutor_emails": tutors,
        "inactivity_days": 14,
        "failed_attempts_limit": 3,
    }


def test_changing_a_cohorts_trainees_and_tutors_is_logged_by_user_id(nadia):
    tutor = signed_in("tutor@example.org")
    form = cohort_form("Promotion d'automne", "nadia@example.net\nlea@example.org")
    assert tutor.post("/fr/tutoring/cohorts/new/", form).status_code == 302
    cohort = Cohort.objects.get(name="Promotion d'automne")
    [created] = entries(audit.COHORT_MEMBERS)
    assert created.user == account("tutor@example.org")
    assert created.object_id == str(cohort.pk)
    assert created.data == {
        "trainees_invited": sorted([nadia.pk, account("lea@example.org").pk]),
        "tutors_added": [account("tutor@example.org").pk],
    }

    edit = f"/fr/tutoring/cohorts/{cohort.pk}/edit/"
    form = cohort_form("Promotion d'automne", "lea@example.org", "moderator@example.org")
    assert tutor.post(edit, form).status_code == 302
    changed = entries(audit.COHORT_MEMBERS).first()
    assert changed.data == {
        "invitations_withdrawn": [nadia.pk],
        "tutors_added": [account("moderator@example.org").pk],
    }
    with translation.override("en"):
        assert str(changed.message) == "Invitations withdrawn: 1; Tutors added: 1"
    assert_no_personal_content(changed, "nadia@", "Nadia", "Promotion")

    # Saving without a change of members adds nothing.
    assert tutor.post(edit, form).status_code == 302
    assert entries(audit.COHORT_MEMBERS).count() == 2

    # Léa joins; once removed by the tutor, she is logged as a trainee removed.
    signed_in("lea@example.org").post(f"/fr/learning/cohorts/{cohort.pk}/accept/")
    tutor.post(edit, cohort_form("Promotion d'automne", "", "moderator@example.org"))
    assert entries(audit.COHORT_MEMBERS).first().data == {
        "trainees_removed": [account("lea@example.org").pk]
    }


@pytest.mark.parametrize(
    "answer, action",
    [("accept", audit.COHORT_INVITATION_ACCEPT), ("decline", audit.COHORT_INVITATION_DECLINE)],
)
def test_a_trainee_answering_an_invitation_is_logged_as_their_own_action(nadia, answer, action):
    tutor = signed_in("tutor@example.org")
    tutor.post("/fr/tutoring/cohorts/new/", cohort_form("Promotion d'hiver", "nadia@example.net"))
    cohort = Cohort.objects.get(name="Promotion d'hiver")
    client = Client()
    client.force_login(nadia)
    assert client.post(f"/fr/learning/cohorts/{cohort.pk}/{answer}/").status_code == 302
    [answered] = entries(action)
    assert (answered.object_id, answered.user, answered.data) == (str(cohort.pk), nadia, {})
    # Answering twice (from another tab) logs nothing more.
    assert client.post(f"/fr/learning/cohorts/{cohort.pk}/{answer}/").status_code == 404
    assert entries(action).count() == 1


def test_downloading_a_cohorts_table_is_logged():
    cohort = Cohort.objects.get(name=COHORT_NAME)
    response = signed_in("tutor@example.org").get(f"/fr/tutoring/cohorts/{cohort.pk}/export.csv")
    assert response.status_code == 200
    [exported] = entries(audit.COHORT_EXPORT)
    assert (exported.object_id, exported.user) == (str(cohort.pk), account("tutor@example.org"))
    assert exported.data == {"trainees": 4}


def test_a_trainee_leaving_a_cohort_is_logged_as_their_own_action():
    cohort = Cohort.objects.get(name=COHORT_NAME)
    signed_in("lea@example.org").post(f"/fr/learning/cohorts/{cohort.pk}/leave/")
    [left] = entries(audit.COHORT_LEAVE)
    assert (left.object_id, left.user) == (str(cohort.pk), account("lea@example.org"))
    assert left.data == {}


def test_staff_deleting_an_account_in_the_admin_is_logged_without_its_address(nadia):
    superuser = signed_in("admin@example.org")
    response = superuser.post(reverse("wagtailusers_users:delete", args=[nadia.pk]))
    assert response.status_code == 302
    assert not User.objects.filter(pk=nadia.pk).exists()
    [deleted] = LearnerLogEntry.objects.filter(action="wagtail.delete", object_id=str(nadia.pk))
    assert deleted.user == account("admin@example.org")
    assert_no_personal_content(deleted, "nadia", "Nadia", "Benali")
    assert not ModelLogEntry.objects.filter(
        object_id=str(nadia.pk), action="wagtail.delete"
    ).exists()


def test_no_entry_about_learners_goes_to_wagtails_open_log(revoked):
    """Entries about accounts, cohorts and certificates are all in the restricted log."""
    cohort = Cohort.objects.get(name=COHORT_NAME)
    signed_in("tutor@example.org").get(f"/fr/tutoring/cohorts/{cohort.pk}/export.csv")
    signed_in("lea@example.org").post(f"/fr/learning/cohorts/{cohort.pk}/leave/")
    assert LearnerLogEntry.objects.count() == 3
    assert not ModelLogEntry.objects.filter(action__startswith="courses.").exists()


# Who reads the log.


def site_history_entries(client: Client) -> list:
    response = client.get(reverse(SITE_HISTORY))
    assert response.status_code == 200
    return [
        entry for entry in response.context["object_list"] if isinstance(entry, LearnerLogEntry)
    ]


@pytest.mark.parametrize("email", ["moderator@example.org", "editor@example.org"])
def test_moderators_and_editors_do_not_read_the_entries(revoked, email):
    client = signed_in(email)
    assert site_history_entries(client) == []
    action_filter = client.get(reverse(SITE_HISTORY), {"action": audit.CERTIFICATE_REVOKE})
    assert action_filter.status_code == 200
    assert not [e for e in action_filter.context["object_list"] if isinstance(e, LearnerLogEntry)]


def test_superusers_read_every_entry(revoked):
    shown = site_history_entries(signed_in("admin@example.org"))
    assert {(entry.action, entry.object_id) for entry in shown} == {
        (audit.CERTIFICATE_REVOKE, str(revoked.pk))
    }


def test_a_group_given_the_permission_reads_the_entries(revoked):
    auditors = Group.objects.create(name="Auditeurs")
    auditors.permissions.set(
        [
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_learner_log"),
        ]
    )
    reader = User.objects.create_user(username="audit", email="audit@example.net")
    reader.groups.add(auditors)
    client = Client()
    client.force_login(reader)
    assert [entry.action for entry in site_history_entries(client)] == [audit.CERTIFICATE_REVOKE]


def test_the_permission_is_offered_on_the_group_form():
    offered = GroupForm().fields["permissions"].queryset
    assert offered.filter(codename="view_learner_log").exists()


def test_a_certificates_history_shows_the_entries_to_readers_only(revoked):
    url = reverse("wagtailsnippets_courses_certificate:history", args=[revoked.pk])
    moderator = signed_in("moderator@example.org").get(url)
    assert moderator.status_code == 200
    assert list(moderator.context["object_list"]) == []
    superuser = signed_in("admin@example.org").get(url)
    assert [entry.action for entry in superuser.context["object_list"]] == [
        audit.CERTIFICATE_REVOKE
    ]


def test_a_certificates_edit_page_names_its_last_actor_to_readers_only(revoked):
    url = reverse("wagtailsnippets_courses_certificate:edit", args=[revoked.pk])
    moderator = signed_in("moderator@example.org").get(url)
    assert moderator.status_code == 200
    assert moderator.context["view"].get_last_updated_info() is None
    superuser = signed_in("admin@example.org").get(url)
    assert superuser.context["view"].get_last_updated_info().action == audit.CERTIFICATE_REVOKE


def test_trainees_and_tutors_cannot_reach_the_report(revoked):
    for email in ["lea@example.org", "tutor@example.org"]:
        response = signed_in(email).get(reverse(SITE_HISTORY))
        assert response.status_code in (302, 403)
