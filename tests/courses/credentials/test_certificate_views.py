"""Certificates on the site: the learner's page and downloads, public verification, the
issuer's public documents, and the admin."""

import json
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

import pytest

from courses.credentials.data_integrity import proof_verify
from courses.credentials.keys import issuer_keys
from courses.credentials.status_list import status_is_set, status_list_decode
from courses.models import Certificate, CoursePage
from courses.services.certificates import certificate_issue, certificate_revoke
from portal.models import User
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db

COURSE_SLUG = "entreprise-sociale"


def user(email: str) -> User:
    return User.objects.get(email=email)


def course() -> CoursePage:
    return CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="fr")


@pytest.fixture
def certificate() -> Certificate:
    learner = User.objects.create_user(
        username="nadia", email="nadia@example.net", first_name="Nadia", last_name="Benali"
    )
    return certificate_issue(learner=learner, course=course(), language="fr")[0]


def url(name, *args, language="fr") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def download(client, certificate, form, **query):
    return client.get(url("certificate_download", certificate.pk, form), query)


def check(client, credential: bytes | str, language="fr"):
    data = credential.encode() if isinstance(credential, str) else credential
    upload = SimpleUploadedFile("credential.json", data, content_type="application/json")
    return client.post(url("credential_verify", language=language), {"file": upload})


def verdict(response) -> str:
    return re.search(r'class="verdict verdict--(\w+)"', response.content.decode())[1]


def failed_checks(response) -> set[str]:
    return {c.name for c in response.context["result"].checks if not c.ok}


# The learner's page


def test_my_certificates_lists_only_my_own(client, certificate):
    assert client.get(url("certificate_list")).status_code == 302  # to the login page
    client.force_login(certificate.learner)
    page = client.get(url("certificate_list")).content.decode()
    assert escape(certificate.text("fr").title) in page
    assert certificate.verify_url in page
    client.force_login(user("trainer@example.org"))
    page = client.get(url("certificate_list", language="en")).content.decode()
    assert escape(certificate.text("en").title) not in page
    assert "Disability: understanding and welcoming" in page  # the demo trainer's own


@pytest.mark.parametrize(
    ("form", "content_type", "start"),
    [
        ("pdf", "application/pdf", b"%PDF"),
        ("obv3", "application/json", b"{"),
        ("edc", "application/json", b"{"),
    ],
)
def test_the_learner_and_staff_download_each_form(client, certificate, form, content_type, start):
    for email in (certificate.learner.email, "moderator@example.org"):
        client.force_login(user(email))
        response = download(client, certificate, form, language="en")
        assert response.status_code == 200
        assert response["Content-Type"] == content_type
        assert response["Content-Disposition"].startswith("attachment; filename=")
        assert response.content.startswith(start)


def test_nobody_else_downloads_a_certificate(client, certificate):
    assert download(client, certificate, "pdf").status_code == 302
    for email in ("trainer@example.org", "tutor@example.org", "editor@example.org"):
        client.force_login(user(email))
        assert download(client, certificate, "pdf").status_code == 404
    client.force_login(certificate.learner)
    assert download(client, certificate, "docx").status_code == 404
    # An unknown language falls back to the certificate's own.
    assert download(client, certificate, "pdf", language="xx").status_code == 200


def test_the_learner_changes_the_printed_name_and_language(client, certificate):
    client.force_login(certificate.learner)
    target = url("certificate_preferences", certificate.pk)
    prefix = str(certificate.pk)
    assert client.get(target).status_code == 405
    response = client.post(
        target, {f"{prefix}-learner_name": "N. Benali", f"{prefix}-language": "en"}
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert (certificate.learner_name, certificate.language) == ("N. Benali", "en")
    response = client.post(target, {f"{prefix}-learner_name": " ", f"{prefix}-language": "de"})
    certificate.refresh_from_db()
    assert (certificate.learner_name, certificate.language) == ("N. Benali", "en")
    # The list comes back with the form open, its two errors listed and linked to the fields.
    assert response.status_code == 400
    page = response.content.decode()
    assert "<details open>" in page
    assert f'href="#id_{prefix}-learner_name"' in page
    assert f'href="#id_{prefix}-language"' in page
    client.force_login(user("trainer@example.org"))
    other = client.post(target, {f"{prefix}-learner_name": "X", f"{prefix}-language": "fr"})
    assert other.status_code == 404


def test_my_certificates_query_count_does_not_grow(client, certificate):
    client.force_login(certificate.learner)
    one = queries_for(client, url("certificate_list"))
    for slug in ("tutorat-a-distance", "handicap-comprendre-et-accueillir"):
        page = CoursePage.objects.get(slug=slug)
        certificate_issue(learner=certificate.learner, course=page)
    assert queries_for(client, url("certificate_list")) == one


# Verification by identifier


def test_the_verification_page_shows_valid_then_revoked(client, certificate):
    response = client.get(url("certificate_verify", str(certificate.pk)))
    assert response.status_code == 200
    assert verdict(response) == "valid"
    assert "Nadia Benali" in response.content.decode()
    certificate_revoke(certificate=certificate, reason="Délivré par erreur")
    response = client.get(url("certificate_verify", str(certificate.pk), language="en"))
    assert verdict(response) == "revoked"
    assert "Délivré par erreur" in response.content.decode()


@pytest.mark.parametrize(
    "identifier", ["5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10", "not-a-uuid", "%00", "x" * 500]
)
def test_an_unknown_identifier_is_a_clear_404(client, identifier):
    response = client.get(f"/en/verify/{identifier}/")
    assert response.status_code == 404
    assert verdict(response) == "unknown"


def test_the_printed_address_leads_to_the_page_in_the_reader_language(client, certificate):
    response = client.get(f"/verify/{certificate.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == f"/en/verify/{certificate.pk}/"


def test_verification_query_count_does_not_grow_with_the_certificate(client, certificate):
    other = certificate_issue(
        learner=certificate.learner, course=CoursePage.objects.get(slug="prevenir-les-ruptures")
    )[0]
    for text in other.texts.values():
        text["outcomes"] += [f"Outcome {number}" for number in range(20)]
    other.save()
    assert queries_for(client, url("certificate_verify", str(certificate.pk))) == queries_for(
        client, url("certificate_verify", str(other.pk))
    )


# Verification of a credential file


@pytest.mark.parametrize("form", ["obv3", "edc"])
def test_a_downloaded_credential_checks_out_until_revoked(client, certificate, form):
    client.force_login(certificate.learner)
    credential = download(client, certificate, form).content
    client.logout()
    response = check(client, credential, language="en")
    assert response.status_code == 200
    assert verdict(response) == "valid", response.context["result"].checks
    assert response.context["result"].certificate == certificate
    certificate_revoke(certificate=certificate, reason="Issued by mistake")
    response = check(client, credential)
    assert verdict(response) == "revoked"
    assert failed_checks(response) == {"revocation"}


def test_pasted_text_works_like_a_file(client, certificate):
    client.force_login(certificate.learner)
    credential = download(client, certificate, "obv3").content.decode()
    response = client.post(url("credential_verify"), {"text": credential})
    assert verdict(response) == "valid"


def test_a_changed_open_badge_fails_its_signature(client, certificate):
    client.force_login(certificate.learner)
    badge = json.loads(download(client, certificate, "obv3").content)
    badge["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    response = check(client, json.dumps(badge))
    assert verdict(response) == "invalid"
    assert "signature" in failed_checks(response)


def test_a_changed_europass_credential_fails_its_seal(client, certificate):
    client.force_login(certificate.learner)
    sealed = json.loads(download(client, certificate, "edc").content)
    sealed["payload"] = sealed["payload"].replace("Nadia Benali", "Someone Else")
    response = check(client, json.dumps(sealed))
    assert verdict(response) == "invalid"
    assert "signature" in failed_checks(response)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe\x00garbage",
        b"not json at all",
        b"[1, 2, 3]",
        b'"a string"',
        b"{}",
        b'{"proof": 1}',
        b'{"proof": {"proofValue": "zzz"}, "@context": 5}',
        b'{"signatures": "x"}',
        b'{"payload": "{}", "signature": "!!", "protected": "e30"}',
        b"[" * 100_000 + b"]" * 100_000,
        json.dumps({"proof": {}, "@context": ["https://evil.example/context"]}).encode(),
    ],
)
def test_malformed_uploads_get_a_clear_answer_never_a_500(client, content):
    response = check(client, content)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert verdict(response) == "invalid"
    else:
        assert response.context["form"].errors


def test_the_form_needs_exactly_one_credential_and_a_reasonable_size(client):
    target = url("credential_verify", language="en")
    assert client.get(target).status_code == 200
    assert client.post(target, {}).status_code == 400
    both = {"text": "{}", "file": SimpleUploadedFile("c.json", b"{}")}
    assert client.post(target, both).status_code == 400
    huge = SimpleUploadedFile("c.json", b" " * (600 * 1024))
    response = client.post(target, {"file": huge})
    assert response.status_code == 400
    assert "too large" in response.content.decode()


# The issuer's public documents


def test_did_document_publishes_the_signing_key(client):
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/did+json"
    assert response["Access-Control-Allow-Origin"] == "*"
    document = response.json()
    assert document["id"] == "did:web:testserver"
    method = document["verificationMethod"][0]
    assert method["type"] == "Multikey"
    assert document["assertionMethod"] == [method["id"]]


def test_issuer_profile_is_public(client):
    profile = client.get("/credentials/issuer").json()
    assert profile["id"] == "did:web:testserver"
    assert "Profile" in profile["type"]


def test_the_revocation_list_shows_a_revocation_on_the_next_request(client, certificate):
    def revoked() -> bool:
        credential = client.get("/credentials/status/revocation").json()
        assert proof_verify(credential, public_key=issuer_keys().signing_key.public_key())
        bits = status_list_decode(credential["credentialSubject"]["encodedList"])
        return status_is_set(bits, certificate.status_index)

    assert not revoked()
    certificate_revoke(certificate=certificate, reason="Issued by mistake")
    assert revoked()


def test_the_revocation_list_exists_before_any_certificate(client):
    Certificate.objects.all().delete()
    credential = client.get("/credentials/status/revocation").json()
    assert not any(status_list_decode(credential["credentialSubject"]["encodedList"]))


def test_unknown_public_documents_are_404_not_redirects(client):
    assert client.get("/credentials/status/other").status_code == 404
    assert client.get("/.well-known/other.json").status_code == 404


# The admin


def test_a_moderator_issues_and_revokes_in_the_admin(client):
    client.force_login(user("moderator@example.org"))
    index = client.get(reverse("wagtailsnippets_courses_certificate:list"))
    assert index.status_code == 200
    found = client.get(reverse("wagtailsnippets_courses_certificate:list"), {"q": "trainer@"})
    assert "Camille" in found.content.decode()
    add = reverse("wagtailsnippets_courses_certificate:add")
    assert client.get(add).status_code == 200
    response = client.post(
        add,
        {
            "learner_email": "LEA@example.org",
            "course": course().pk,
            "learner_name": "Léa Martin",
            "language": "en",
        },
    )
    assert response.status_code == 302
    certificate = Certificate.objects.get(learner__email="lea@example.org")
    assert certificate.issued_by == user("moderator@example.org")
    assert (certificate.learner_name, certificate.language) == ("Léa Martin", "en")
    edit = reverse("wagtailsnippets_courses_certificate:edit", args=[certificate.pk])
    assert client.post(edit, {"revocation_reason": ""}).status_code == 200
    assert client.post(edit, {"revocation_reason": "Wrong learner"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoked_by == user("moderator@example.org")
    again = client.post(edit, {"revocation_reason": "Twice"})
    assert again.status_code == 200
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Wrong learner"


def test_the_admin_refuses_an_unknown_learner(client):
    client.force_login(user("moderator@example.org"))
    response = client.post(
        reverse("wagtailsnippets_courses_certificate:add"),
        {"learner_email": "nobody@example.net", "course": course().pk, "language": "fr"},
    )
    assert response.status_code == 200
    assert "learner_email" in response.context["form"].errors
    assert not Certificate.objects.filter(learner__email="nobody@example.net").exists()


@pytest.mark.parametrize("email", ["editor@example.org", "trainer@example.org"])
def test_only_staff_who_manage_certificates_reach_them(client, email):
    client.force_login(user(email))
    response = client.get(reverse("wagtailsnippets_courses_certificate:list"))
    assert response.status_code in (302, 403)
