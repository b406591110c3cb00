"""Deleting one's own account: the password first, then every personal row erased, figures
kept as anonymous counts, and the certificates withdrawn or kept as the learner chose."""

import re

from django.apps import apps
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import Client
from django.utils import translation

from wagtail.models import Page, PageLogEntry, Revision

import pytest
from allauth.usersessions.models import UserSession

from courses.credentials.status_list import status_is_set, status_list_decode
from courses.models import Certificate, Cohort, ErasedLearnerTally
from courses.selectors.statistics import course_learner_counts
from courses.services.progress import course_enrol
from portal.models import LearnerLogEntry, User
from tests.security.privacy_data import (
    PASSWORD,
    course_build,
    learner_build,
    learner_with_everything,
)
from tests.security.test_privacy_export import relations_to_user

pytestmark = pytest.mark.django_db

DELETE_URL = "/en/accounts/delete/"


@pytest.fixture
def course():
    return course_build()


@pytest.fixture
def learner(course):
    return learner_with_everything(course)


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def delete(client, *, password=PASSWORD, fate=None):
    data = {"password": password}
    if fate:
        data["certificate_fate"] = fate
    return client.post(DELETE_URL, data)


def rows_per_relation(user_id: int) -> dict[tuple[str, str], int]:
    """How many rows of each table point at the user, relation by relation."""
    counts = {}
    for model_label, field_name in relations_to_user():
        model = apps.get_model(model_label)
        counts[model_label, field_name] = model.objects.filter(
            **{f"{field_name}__pk": user_id}
        ).count()
    return counts


def status_list_bit(client, certificate: Certificate) -> bool:
    credential = client.get("/credentials/status/revocation").json()
    bits = status_list_decode(credential["credentialSubject"]["encodedList"])
    return status_is_set(bits, certificate.status_index)


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_no_relation_to_a_user_can_stop_a_deletion():
    for model_label, field_name in relations_to_user():
        field = apps.get_model(model_label)._meta.get_field(field_name)
        if field.many_to_many:
            continue  # the link rows cascade
        on_delete = field.remote_field.on_delete
        assert on_delete not in (models.PROTECT, models.RESTRICT), (model_label, field_name)
        if on_delete is models.DO_NOTHING:
            # Wagtail's logs keep the number of a deleted account, with no constraint.
            assert not field.db_constraint, (model_label, field_name)


def test_the_page_says_what_will_happen_and_asks_what_becomes_of_certificates(learner):
    with translation.override("en"):
        response = signed_in(learner).get(DELETE_URL)
    body = text_of(response)
    assert response.status_code == 200
    assert "What will happen" in body
    assert "You have one certificate." in body
    assert body.count('name="certificate_fate"') == 2
    assert 'type="password"' in body
    assert 'aria-current="page">Delete my account</a>' in body
    assert "Pages you edited" not in body  # said to staff only


def test_a_wrong_password_deletes_nothing(learner):
    before = rows_per_relation(learner.pk)
    response = delete(signed_in(learner), password="pas-le-bon", fate="withdraw")
    assert response.status_code == 400
    assert "Incorrect password" in text_of(response)
    assert User.objects.filter(pk=learner.pk).exists()
    assert rows_per_relation(learner.pk) == before
    assert not ErasedLearnerTally.objects.exists()
    assert Certificate.objects.get(learner=learner).revoked_at is None
    assert mail.outbox == []


def test_the_fate_of_certificates_must_be_chosen(learner):
    response = delete(signed_in(learner))
    assert response.status_code == 400
    assert "Choose what happens to your certificates." in text_of(response)
    assert User.objects.filter(pk=learner.pk).exists()


def test_without_certificates_there_is_nothing_to_choose():
    user = learner_build("sans-certificat")
    client = signed_in(user)
    assert 'name="certificate_fate"' not in text_of(client.get(DELETE_URL))
    response = delete(client)
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()


def test_deleting_erases_every_personal_row_and_ends_the_session(learner):
    user_id, name = learner.pk, learner.get_full_name()
    tutors = list(User.objects.filter(tutored_cohorts__trainees=learner).distinct())
    client = signed_in(learner)
    response = delete(client, fate="withdraw")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/delete/done/"
    assert not User.objects.filter(pk=user_id).exists()
    left = {
        relation: count
        for relation, count in rows_per_relation(user_id).items()
        if count and relation != ("portal.LearnerLogEntry", "user")
    }
    assert left == {}, f"rows still pointing at the deleted account: {left}"
    # The log of actions on learners' data keeps the account's number, never its name.
    for entry in LearnerLogEntry.objects.filter(user_id=user_id):
        assert name not in entry.label and name not in str(entry.data)
    # The people and groups around the learner stay.
    assert User.objects.filter(pk__in=[t.pk for t in tutors]).count() == len(tutors)
    assert Cohort.objects.filter(name="Promotion ines 0").exists()
    # This browser is signed out; the page it lands on says what happened.
    done = client.get(response["Location"])
    assert done.status_code == 200
    assert "Your account is deleted" in text_of(done)
    assert client.get("/en/accounts/my-data/").status_code == 302


def test_every_session_of_the_account_ends():
    user = learner_build("deux-navigateurs")
    browsers = [Client(), Client()]
    for browser in browsers:
        response = browser.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
        assert response.status_code == 302
    delete(browsers[0])
    assert browsers[1].get("/en/accounts/my-data/").status_code == 302
    assert not UserSession.objects.filter(user_id=user.pk).exists()


def test_course_figures_keep_a_deleted_learner_as_anonymous_counts(course, learner):
    key = course.page.translation_key
    before = course_learner_counts(course_key=key)
    assert (before.enrolments, before.completions, before.certificates) == (1, 1, 1)
    delete(signed_in(learner), fate="withdraw")
    after = course_learner_counts(course_key=key)
    assert after == before
    tally = ErasedLearnerTally.objects.get(course_key=key)
    assert (tally.enrolments, tally.completions) == (1, 1)
    # A second learner who enrolled without finishing adds to the same tally.
    other = learner_build("bruno")
    course_enrol(user=other, course=course.page)
    delete(signed_in(other))
    tally.refresh_from_db()
    assert (tally.enrolments, tally.completions) == (2, 1)
    assert course_learner_counts(course_key=key).enrolments == 2


def test_withdrawn_certificates_are_revoked_nameless_and_said_withdrawn(client, learner):
    certificate = Certificate.objects.get(learner=learner)
    badge = signed_in(learner).get(f"/en/learning/certificates/{certificate.pk}/obv3/").content
    assert not status_list_bit(client, certificate)

    delete(signed_in(learner), fate="withdraw")

    certificate.refresh_from_db()
    assert certificate.learner_id is None
    assert certificate.learner_name == ""
    assert certificate.revocation_reason == "account deleted"
    assert certificate.is_withdrawn
    assert status_list_bit(client, certificate)
    page = client.get(f"/en/verify/{certificate.pk}/")
    assert page.status_code == 200
    assert "Withdrawn certificate" in text_of(page)
    assert "Haddad" not in text_of(page)
    assert "Awarded to" not in text_of(page)
    # A copy the learner shared before is told apart from a valid one, and names no one.
    upload = SimpleUploadedFile("badge.json", badge, content_type="application/json")
    checked = client.post("/en/verify/", {"file": upload})
    assert 'class="verdict verdict--revoked"' in checked.content.decode()
    assert "by its holder, who deleted their account" in text_of(checked)
    assert "Haddad" not in text_of(checked)


def test_kept_certificates_stay_verifiable_with_the_printed_name(client, learner):
    certificate = Certificate.objects.get(learner=learner)
    delete(signed_in(learner), fate="keep")
    certificate.refresh_from_db()
    assert certificate.learner_id is None
    assert certificate.learner_name == "Inès Haddad"
    assert certificate.revoked_at is None
    assert not status_list_bit(client, certificate)
    page = text_of(client.get(f"/en/verify/{certificate.pk}/"))
    assert "Valid certificate" in page
    assert "Inès Haddad" in page
    # The e-mail gives the address to share, since My certificates is gone.
    (message,) = mail.outbox
    assert certificate.verify_url in message.body


def test_an_email_confirms_the_deletion(learner):
    with translation.override("en"):
        delete(signed_in(learner), fate="withdraw")
    (message,) = mail.outbox
    assert message.to == ["ines@example.net"]
    assert "Your account is deleted" in message.subject
    assert "You withdrew your certificate" in message.body


def test_the_last_administrator_cannot_delete_their_account():
    admin = User.objects.get(email="admin@example.org")
    assert list(User.objects.filter(is_superuser=True)) == [admin]
    admin.set_password(PASSWORD)
    admin.save()
    client = signed_in(admin)
    page = text_of(client.get(DELETE_URL))
    assert "You are the only administrator" in page
    assert 'type="password"' not in page
    response = delete(client)
    assert response.status_code == 409
    assert User.objects.filter(pk=admin.pk).exists()

    User.objects.create_superuser("relève", "releve@example.org", "autre-mot-de-passe-42")
    assert delete(client).status_code == 302
    assert not User.objects.filter(pk=admin.pk).exists()


def test_staff_are_told_about_their_pages_and_their_pages_stay(course):
    editor = User.objects.get(email="moderator@example.org")
    editor.set_password(PASSWORD)
    editor.save()
    page = course.reading
    page.title = "Relue par l'équipe éditoriale"
    revision = page.save_revision(user=editor, log_action=True)
    revision.publish(user=editor)
    client = signed_in(editor)
    assert "Pages you edited" in text_of(client.get(DELETE_URL))

    assert delete(client).status_code == 302

    page = Page.objects.get(pk=page.pk)
    assert page.title == "Relue par l'équipe éditoriale"
    assert Revision.objects.get(pk=revision.pk).user_id is None
    # Read as Wagtail's history reads it, with the account joined (and missing).
    history = PageLogEntry.objects.select_related("user").filter(page=page)
    entry = next(entry for entry in history if entry.user_id == editor.pk)
    with translation.override("en"):
        assert entry.user_display_name == f"user {editor.pk} (deleted)"


def test_the_confirmation_page_sends_signed_in_people_back(learner):
    response = signed_in(learner).get("/en/accounts/delete/done/")
    assert response.status_code == 302
    assert response["Location"] == DELETE_URL
