import base64
import copy
import datetime
import hashlib
import json

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID

from courses.credentials.edc import credential_build
from courses.credentials.jades import CHECK_NAMES, payload_text, seal, seal_check
from courses.credentials.keys import issuer_keys
from tests.courses.credentials.conftest import certificate_facts

CREDENTIAL = {
    "@context": ["https://www.w3.org/2018/credentials/v1"],
    "id": "urn:credential:5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10",
    "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
    "credentialSubject": {"fullName": {"fr": "Élodie Lefèvre"}},
}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def header_of(jws: dict) -> dict:
    protected = jws["protected"]
    return json.loads(base64.urlsafe_b64decode(protected + "=" * (-len(protected) % 4)))


def with_header(jws: dict, **changes) -> dict:
    """The same seal with its protected header changed (no longer validly signed)."""
    header = {**header_of(jws), **changes}
    return {**jws, "protected": b64url(json.dumps(header).encode())}


def checks_of(result) -> dict[str, bool]:
    return {name: passed for name, passed, _detail in result.checks}


def seal_material(key, organisation="Passerelles") -> tuple[str, str]:
    """PEM texts of ``key`` and of a self-signed certificate for it."""
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)])
    now = datetime.datetime.now(datetime.UTC)
    algorithm = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, algorithm)
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_pem.decode(), certificate.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture
def seal_key(settings):
    """Make the portal seal with a given key for the rest of the test."""

    def use(key, organisation="Passerelles"):
        key_pem, certificate_pem = seal_material(key, organisation)
        settings.CREDENTIALS_SEAL_KEY = key_pem
        settings.CREDENTIALS_SEAL_CERTIFICATES = certificate_pem
        issuer_keys.cache_clear()

    issuer_keys.cache_clear()
    yield use
    issuer_keys.cache_clear()


def test_the_development_seal_round_trip():
    jws = seal(CREDENTIAL)
    header = header_of(jws)
    assert set(jws) == {"payload", "protected", "signature"}
    assert jws["payload"] == payload_text(CREDENTIAL)
    assert "Élodie" in jws["payload"]  # unencoded, readable UTF-8
    assert header["alg"] == "ES256"
    assert header["b64"] is False
    assert header["crit"] == ["b64", "sigT"]
    leaf_der = issuer_keys().seal_certificate.public_bytes(serialization.Encoding.DER)
    assert header["x5c"] == [base64.b64encode(leaf_der).decode()]
    assert header["x5t#S256"] == b64url(hashlib.sha256(leaf_der).digest())
    assert header["sigT"].endswith("Z")
    signature = base64.urlsafe_b64decode(jws["signature"] + "==")
    assert len(signature) == 64  # r and s side by side, not DER

    result = seal_check(jws)
    assert result.ok, result.checks
    assert [name for name, _passed, _detail in result.checks] == list(CHECK_NAMES)
    assert result.credential == CREDENTIAL
    assert result.certificate == issuer_keys().seal_certificate


@pytest.mark.parametrize(
    ("make_key", "algorithm", "signature_size"),
    [
        (lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048), "RS256", 256),
        (ed25519.Ed25519PrivateKey.generate, "EdDSA", 64),
        (lambda: ec.generate_private_key(ec.SECP384R1()), "ES384", 96),
    ],
)
def test_other_key_types_round_trip(seal_key, make_key, algorithm, signature_size):
    seal_key(make_key())
    jws = seal(CREDENTIAL)
    assert header_of(jws)["alg"] == algorithm
    assert len(base64.urlsafe_b64decode(jws["signature"] + "==")) == signature_size
    result = seal_check(jws)
    assert result.ok, result.checks
    assert result.credential == CREDENTIAL


def test_the_general_serialisation_and_json_text_are_accepted():
    jws = seal(CREDENTIAL)
    general = {
        "payload": jws["payload"],
        "signatures": [{"protected": jws["protected"], "signature": jws["signature"]}],
    }
    assert seal_check(general).ok
    assert seal_check(json.dumps(jws)).ok
    assert seal_check(json.dumps(jws).encode()).ok


def altered(text: str, position: int) -> str:
    replacement = "A" if text[position] != "A" else "B"
    return text[:position] + replacement + text[position + 1 :]


@pytest.mark.parametrize("member", ["payload", "protected", "signature"])
def test_altering_any_character_breaks_the_seal(member):
    jws = seal(CREDENTIAL)
    text = jws[member]
    # Every character of the signature; a spread of the (longer) others, ends included.
    step = 1 if member == "signature" else max(1, len(text) // 150)
    positions = sorted({*range(0, len(text), step), len(text) - 1})
    for position in positions:
        result = seal_check({**jws, member: altered(text, position)})
        assert not result.ok, (member, position)
        assert result.credential is None, (member, position)


def test_an_altered_name_is_caught_by_the_signature():
    jws = seal(CREDENTIAL)
    result = seal_check({**jws, "payload": jws["payload"].replace("Élodie", "Elodie")})
    assert checks_of(result) == {"format": True, "signature": False, "issuer": True, "dates": True}
    assert result.credential is None


def test_a_foreign_certificate_fails_the_issuer_check(settings):
    """Someone else's valid seal: the signature holds, but it is not the portal's."""
    own_key, own_certificates = (
        settings.CREDENTIALS_SEAL_KEY,
        settings.CREDENTIALS_SEAL_CERTIFICATES,
    )
    key_pem, certificate_pem = seal_material(ec.generate_private_key(ec.SECP256R1()), "Other")
    settings.CREDENTIALS_SEAL_KEY, settings.CREDENTIALS_SEAL_CERTIFICATES = (
        key_pem,
        certificate_pem,
    )
    issuer_keys.cache_clear()
    try:
        foreign = seal(CREDENTIAL)
    finally:
        settings.CREDENTIALS_SEAL_KEY = own_key
        settings.CREDENTIALS_SEAL_CERTIFICATES = own_certificates
        issuer_keys.cache_clear()
    result = seal_check(foreign)
    assert checks_of(result) == {"format": True, "signature": True, "issuer": False, "dates": True}
    assert not result.ok
    assert "Other" in {name: detail for name, _ok, detail in result.checks}["issuer"]


def test_a_signing_time_outside_the_certificate_fails_the_dates_check():
    jws = seal(CREDENTIAL, signed_at=datetime.datetime(1999, 1, 1, tzinfo=datetime.UTC))
    result = seal_check(jws)
    assert checks_of(result) == {"format": True, "signature": True, "issuer": True, "dates": False}
    assert not result.ok


def test_an_algorithm_the_key_cannot_make_fails_the_signature_check():
    result = seal_check(with_header(seal(CREDENTIAL), alg="RS256"))
    assert checks_of(result)["format"] is True
    assert checks_of(result)["signature"] is False


def malformed_seals() -> list:
    jws = seal(CREDENTIAL)
    certificate = header_of(jws)["x5c"][0]
    general = {"payload": jws["payload"], "signatures": [dict(jws), dict(jws)]}
    return [
        None,
        42,
        "",
        "not json",
        b"\xff\xfe",
        "[" * 100_000,
        [],
        {},
        {**jws, "payload": 1},
        {**jws, "payload": "not json"},
        {**jws, "payload": "[1, 2]"},
        {**jws, "protected": "!!!"},
        {**jws, "protected": jws["protected"] + "="},
        {**jws, "protected": b64url(b"not json")},
        {**jws, "protected": b64url(b"[1]")},
        {**jws, "signature": "***"},
        {**jws, "header": "text"},
        {**jws, "header": {"alg": "none"}},
        with_header(jws, b64=True),
        with_header(jws, b64="false"),
        with_header(jws, crit=["b64"]),
        with_header(jws, crit=["b64", "sigT", "exp"]),
        with_header(jws, crit="b64"),
        with_header(jws, alg="none"),
        with_header(jws, alg="HS256"),
        with_header(jws, alg=["ES256"]),
        with_header(jws, sigT="yesterday"),
        with_header(jws, sigT=20250314),
        with_header(jws, x5c=[]),
        with_header(jws, x5c="MIIB"),
        with_header(jws, x5c=[certificate.replace("+", "-").replace("/", "_") + "@"]),
        with_header(jws, x5c=[base64.b64encode(b"not a certificate").decode()]),
        with_header(jws, x5c=[7]),
        with_header(jws, **{"x5t#S256": b64url(b"\0" * 32)}),
        general,
        {"payload": jws["payload"], "signatures": []},
        {"payload": jws["payload"], "signatures": ["text"]},
        {**general, "signatures": [dict(jws)], "protected": jws["protected"]},
    ]


def test_malformed_seals_are_refused_without_raising():
    for position, jws in enumerate(malformed_seals()):
        result = seal_check(jws)
        assert not result.ok, position
        assert result.credential is None, position
        assert [name for name, _passed, _detail in result.checks] == list(CHECK_NAMES), position
        assert all(isinstance(detail, str) and detail for _n, _p, detail in result.checks)


def test_a_malformed_seal_names_what_is_wrong():
    result = seal_check(with_header(seal(CREDENTIAL), b64=True))
    name, passed, detail = result.checks[0]
    assert (name, passed) == ("format", False)
    assert "b64" in detail


def test_the_payload_is_deterministic():
    reordered = dict(reversed(list(copy.deepcopy(CREDENTIAL).items())))
    assert payload_text(reordered) == payload_text(CREDENTIAL)
    assert seal(reordered)["payload"] == seal(CREDENTIAL)["payload"]


def test_a_sealed_european_digital_credential_round_trip():
    credential = credential_build(certificate_facts())
    jws = seal(credential)
    result = seal_check(json.dumps(jws, ensure_ascii=False, indent=2))
    assert result.ok, result.checks
    assert result.credential == credential
