"""The credential check, fed random bytes and JSON, and real credentials changed here and
there: every answer is a verdict (never "valid" for anything but the credential as issued)
or a form error, never a 500; random identifiers in the address find nothing."""

import base64
import copy
import datetime
import json
from urllib.parse import quote

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from courses.credentials.documents import certificate_file
from courses.credentials.jades import payload_text, seal
from courses.credentials.jsonld import canonicalize
from courses.credentials.keys import issuer_keys
from courses.models import Certificate, CoursePage
from courses.services.certificates import certificate_issue
from portal.models import User
from tests.security.hostile import hostile_text, json_values, mutated

VERIFY_URL = "/en/verify/"
# Keys JSON-LD gives a meaning of its own, or that the credentials' contexts define: an
# added one may change what a signature covers.
JSON_LD_KEYS = st.sampled_from(
    ["@context", "@id", "@type", "@vocab", "@base", "@graph", "@included", "@reverse"]
    + ["@nest", "@index", "@language", "@value", "@json", "@none", "@foo", "@"]
    + ["id", "type", "name", "description", "proof", "issuer", "validUntil", "credentialSubject"]
)
VALUES = json_values | st.sampled_from(
    [
        "did:web:testserver",
        "urn:uuid:00000000-0000-0000-0000-000000000000",
        "2999-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",  # the last moment a datetime holds, in UTC
        "0001-01-01T00:00:00Z",
        "EdDSA",
        "none",
        False,
    ]
)
LONE_SURROGATE = "\ud800"
SIGNED_MEMBERS = ("payload", "protected", "signature", "signatures")
END_OF_TIME = datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)


def header_of(sealed: dict) -> dict:
    protected = sealed["protected"]
    return json.loads(base64.urlsafe_b64decode(protected + "=" * (-len(protected) % 4)))


def protected_of(header: dict) -> str:
    encoded = base64.urlsafe_b64encode(json.dumps(header, separators=(",", ":")).encode())
    return encoded.rstrip(b"=").decode()


def sealed_with_certificate_until(credential: dict, end: datetime.datetime) -> dict:
    """``credential`` sealed with a new key, under a self-signed certificate valid until
    ``end``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Elsewhere")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
        .not_valid_after(end)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    certificate_pem = certificate.public_bytes(serialization.Encoding.PEM)
    issuer_keys.cache_clear()
    try:
        with override_settings(
            CREDENTIALS_SEAL_KEY=key_pem.decode(),
            CREDENTIALS_SEAL_CERTIFICATES=certificate_pem.decode(),
        ):
            return seal(credential)
    finally:
        issuer_keys.cache_clear()


def same_meaning(sent, badge: dict) -> bool:
    """Whether ``sent`` carries the badge's proof and the same RDF as the badge."""
    if not isinstance(sent, dict) or canonical(sent.get("proof")) != canonical(badge["proof"]):
        return False
    try:
        meaning = canonicalize({key: value for key, value in sent.items() if key != "proof"})
    except Exception:  # not JSON-LD the portal can read
        return False
    return meaning == canonicalize({key: value for key, value in badge.items() if key != "proof"})


def canonical(value) -> str:
    return json.dumps(value, sort_keys=True)


class CredentialFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        learner = User.objects.create_user(
            username="fuzz.credential", email="fuzz.credential@example.net", first_name="Inès"
        )
        course = CoursePage.objects.get(slug="entreprise-sociale", locale__language_code="fr")
        cls.certificate = certificate_issue(learner=learner, course=course, language="fr")[0]
        cls.badge = json.loads(certificate_file(cls.certificate, "obv3").content)
        cls.sealed = json.loads(certificate_file(cls.certificate, "edc").content)

    def verify(self, *, upload: bytes | None = None, text: str | None = None):
        data = {"text": text} if text is not None else {}
        if upload is not None:
            data["file"] = SimpleUploadedFile("credential.json", upload, "application/json")
        with translation.override("en"):
            response = self.client.post(VERIFY_URL, data)
        assert response.status_code in (200, 400), response.status_code
        if response.status_code == 400:
            assert response.context["form"].errors
            return None
        return response.context["result"].verdict

    def assert_not_valid(self, sent: dict, original: dict, *, signed=None) -> None:
        """Unless its ``signed`` members (all by default) are unchanged, ``sent`` is invalid."""
        verdict = self.verify(upload=json.dumps(sent).encode())
        if signed is not None and isinstance(sent, dict):
            # A JWS may carry members it does not sign, which readers ignore (RFC 7515, 7.2).
            sent = {name: sent.get(name) for name in signed}
            original = {name: original.get(name) for name in signed}
        if canonical(sent) != canonical(original):
            assert verdict == "invalid", sent
        else:
            assert verdict == "valid"

    def test_the_credentials_as_issued_are_valid(self):
        assert self.verify(upload=json.dumps(self.badge).encode()) == "valid"
        assert self.verify(upload=json.dumps(self.sealed).encode()) == "valid"

    @given(upload=st.binary(max_size=500))
    def test_random_bytes(self, upload):
        assert self.verify(upload=upload) in (None, "invalid")

    @given(value=json_values, pasted=st.booleans())
    def test_random_json(self, value, pasted):
        text = json.dumps(value)
        verdict = self.verify(text=text) if pasted else self.verify(upload=text.encode())
        assert verdict in (None, "invalid")

    @given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
    def test_random_text(self, text):
        assert self.verify(text=text) in (None, "invalid")

    @given(data=st.data())
    def test_changed_open_badges(self, data):
        sent = data.draw(mutated(self.badge, VALUES, hostile_text | JSON_LD_KEYS))
        verdict = self.verify(upload=json.dumps(sent).encode())
        # The proof signs the credential's meaning, its RDF: JSON-LD may write the same
        # meaning in other ways (an empty "@context" inside a node), which stay valid.
        assert verdict == ("valid" if same_meaning(sent, self.badge) else "invalid"), sent

    def test_the_same_meaning_written_otherwise_stays_valid(self):
        sent = copy.deepcopy(self.badge)
        sent["credentialSchema"][0]["@context"] = []
        assert same_meaning(sent, self.badge)
        assert self.verify(upload=json.dumps(sent).encode()) == "valid"
        sent["credentialSchema"][0]["@context"] = {"type": "http://example.org/type"}
        assert self.verify(upload=json.dumps(sent).encode()) == "invalid"

    @given(data=st.data(), part=st.sampled_from(["seal", "payload", "header"]))
    @example(data=None, part="lone surrogate")  # valid JSON text that UTF-8 cannot encode
    def test_changed_sealed_credentials(self, data, part):
        sent = dict(self.sealed)
        if part == "lone surrogate":
            credential = json.loads(self.sealed["payload"])
            credential["id"] += LONE_SURROGATE
            sent["payload"] = payload_text(credential)
        elif part == "payload":
            credential = data.draw(mutated(json.loads(self.sealed["payload"]), VALUES))
            sent["payload"] = payload_text(credential)
        elif part == "header":
            header = data.draw(mutated(header_of(self.sealed), VALUES))
            sent["protected"] = protected_of(header)
        else:
            sent = data.draw(mutated(self.sealed, VALUES))
        self.assert_not_valid(sent, self.sealed, signed=SIGNED_MEMBERS)

    # Dates at the end of the calendar, which the portal's time zone would push past.

    def test_a_seal_dated_at_the_end_of_time(self):
        header = {**header_of(self.sealed), "sigT": "9999-12-31T23:59:59Z"}
        self.assert_not_valid({**self.sealed, "protected": protected_of(header)}, self.sealed)

    def test_a_seal_whose_certificate_never_expires(self):
        # RFC 5280 writes "no expiry" as 9999-12-31T23:59:59Z; this seal is someone else's.
        credential = json.loads(self.sealed["payload"])
        foreign = sealed_with_certificate_until(credential, END_OF_TIME)
        self.assert_not_valid(foreign, self.sealed)

    @given(identifier=hostile_text | st.uuids().map(str))
    def test_identifiers_in_the_address(self, identifier):
        path = quote(identifier, safe="", errors="surrogatepass")
        with translation.override("en"):
            response = self.client.get(f"{VERIFY_URL}{path}/")
        assert response.status_code in (200, 404), response.status_code
        if response.status_code == 200:
            assert Certificate.objects.filter(pk=identifier).exists()
