"""Issuing and revoking certificates: on completion, by hand, from the command line."""

import io
import json

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, transaction
from django.utils import translation

from wagtail.models import Locale

import pytest
from pypdf import PdfReader

from courses.credentials.documents import certificate_file
from courses.demo.learners import course_finish
from courses.models import Certificate, CoursePage, Enrolment
from courses.services.certificates import (
    CertificateError,
    certificate_issue,
    certificate_preferences_update,
    certificate_revoke,
)
from courses.services.progress import course_enrol
from tests.conftest import at_once, needs_postgresql

pytestmark = pytest.mark.django_db

COURSE_SLUG = "handicap-comprendre-et-accueillir"


def course(language="fr") -> CoursePage:
    french = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="fr")
    return (
        french
        if language == "fr"
        else french.get_translation(Locale.objects.get(language_code=language))
    )


def new_learner(email="nadia@example.net", **names):
    return get_user_model().objects.create_user(username=email, email=email, **names)


def finish(user, page: CoursePage) -> None:
    course_enrol(user=user, course=page)
    course_finish(user=user, course=page)


def test_completing_a_course_issues_one_certificate_with_the_course_as_it_read():
    learner = new_learner(first_name="Nadia", last_name="Benali")
    with translation.override("fr"):  # the language the learner took the course in
        finish(learner, course())
    enrolment = Enrolment.objects.get(user=learner, course_key=course().translation_key)
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(learner=learner)
    assert certificate.learner_name == "Nadia Benali"
    assert certificate.language == "fr"
    assert set(certificate.texts) == {"fr", "en"}
    assert certificate.text("en").title == course("en").title
    assert list(certificate.text("fr").outcomes) == course().outcomes
    assert certificate.workload_hours == course().workload_hours
    assert certificate.issued_by is None
    # Editing the course afterwards never changes what was certified.
    page = course()
    page.title = "Un autre titre"
    page.save_revision().publish()
    certificate.refresh_from_db()
    assert certificate.title != "Un autre titre"


def test_issuing_twice_or_at_once_gives_one_certificate():
    learner = new_learner()
    first, created = certificate_issue(learner=learner, course=course())
    again, created_again = certificate_issue(learner=learner, course=course("en"))
    assert created and not created_again and first.pk == again.pk
    assert Certificate.objects.filter(learner=learner).count() == 1


def test_the_database_refuses_a_second_valid_certificate():
    learner = new_learner()
    certificate, _ = certificate_issue(learner=learner, course=course())
    duplicate = Certificate.objects.get(pk=certificate.pk)
    duplicate.pk = None
    duplicate.status_index = (certificate.status_index + 1) % 131072
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save(force_insert=True)


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_completions_at_the_same_moment_issue_one_certificate(demo_database):
    learner = new_learner()
    page = course()
    results = at_once(*[lambda: certificate_issue(learner=learner, course=page)] * 2)
    assert len({certificate.pk for certificate, _created in results}) == 1
    assert Certificate.objects.filter(learner=learner).count() == 1


def test_a_revoked_certificate_can_be_issued_again_and_revoking_twice_changes_nothing():
    learner = new_learner()
    staff = get_user_model().objects.get(email="moderator@example.org")
    certificate, _ = certificate_issue(learner=learner, course=course())
    with pytest.raises(CertificateError):
        certificate_revoke(certificate=certificate, reason="  ")
    assert certificate_revoke(
        certificate=certificate, reason="Issued by mistake", revoked_by=staff
    )
    revoked_at = certificate.revoked_at
    assert certificate.revoked_by == staff
    assert not certificate_revoke(certificate=certificate, reason="Again")
    certificate.refresh_from_db()
    assert (
        certificate.revoked_at == revoked_at
        and certificate.revocation_reason == "Issued by mistake"
    )
    new, created = certificate_issue(learner=learner, course=course())
    assert created and new.pk != certificate.pk


def test_the_learner_chooses_the_printed_name_and_language():
    certificate, _ = certificate_issue(learner=new_learner(), course=course())
    certificate_preferences_update(
        certificate=certificate, learner_name=" Nadia B. ", language="en"
    )
    certificate.refresh_from_db()
    assert (certificate.learner_name, certificate.language) == ("Nadia B.", "en")
    with pytest.raises(CertificateError):
        certificate_preferences_update(certificate=certificate, learner_name="", language="en")
    with pytest.raises(CertificateError):
        certificate_preferences_update(certificate=certificate, learner_name="N", language="de")


def test_an_unpublished_course_gets_no_certificate():
    page = course()
    page.unpublish()
    if (english := course("en")).live:
        english.unpublish()
    with pytest.raises(CertificateError):
        certificate_issue(learner=new_learner(), course=page)


def test_the_pdf_is_tagged_has_the_identifier_and_reads_in_the_chosen_language():
    certificate, _ = certificate_issue(
        learner=new_learner(first_name="Nadia", last_name="Benali"), course=course()
    )
    for language in ("fr", "en"):
        document = certificate_file(certificate, "pdf", language=language)
        assert document.content_type == "application/pdf"
        reader = PdfReader(io.BytesIO(document.content))
        text = reader.pages[0].extract_text()
        assert "Nadia Benali" in text
        assert str(certificate.pk)[:8] in text
        assert certificate.text(language).title in text.replace("\n", " ")
        assert "/StructTreeRoot" in reader.trailer["/Root"]
        assert reader.trailer["/Root"]["/Lang"] == language
        box = reader.pages[0].mediabox
        assert float(box.width) > float(box.height)  # landscape
    french = PdfReader(io.BytesIO(certificate_file(certificate, "pdf", language="fr").content))
    assert "Certificat" in french.pages[0].extract_text()


def command(*args) -> str:
    out = io.StringIO()
    call_command("certificates", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue().strip()


def test_command_issues_revokes_and_exports(tmp_path):
    learner = new_learner()
    identifier = command("issue", "--email", learner.email, "--course", COURSE_SLUG)
    certificate = Certificate.objects.get(pk=identifier)
    assert certificate.learner == learner
    # Issuing again prints the same certificate.
    assert command("issue", "--email", learner.email, "--course", COURSE_SLUG) == identifier
    for form in ("pdf", "obv3", "edc"):
        output = tmp_path / f"certificate.{form}"
        command("export", identifier, "--format", form, "--output", str(output))
        assert output.stat().st_size > 1000
    badge = json.loads((tmp_path / "certificate.obv3").read_text())
    assert badge["id"] == f"urn:uuid:{identifier}"
    sealed = json.loads((tmp_path / "certificate.edc").read_text())
    assert f"urn:credential:{identifier}" in sealed["payload"]
    assert "Revoked" in command("revoke", identifier, "--reason", "Duplicate")
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revocation_reason == "Duplicate"


@pytest.mark.parametrize(
    "args",
    [
        ("issue", "--email", "nobody@example.net", "--course", COURSE_SLUG),
        ("issue", "--email", "lea@example.org", "--course", "no-such-course"),
        ("revoke", "not-an-identifier", "--reason", "x"),
        ("revoke", "5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10", "--reason", "x"),
        ("export", "5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10", "--format", "pdf", "--output", "x"),
    ],
)
def test_command_errors_are_clear(args):
    with pytest.raises(CommandError):
        command(*args)


def test_command_refuses_to_revoke_twice_or_without_reason():
    identifier = command("issue", "--email", "lea@example.org", "--course", COURSE_SLUG)
    with pytest.raises(CommandError):
        command("revoke", identifier, "--reason", " ")
    command("revoke", identifier, "--reason", "Duplicate")
    with pytest.raises(CommandError, match="already revoked"):
        command("revoke", identifier, "--reason", "Duplicate")
