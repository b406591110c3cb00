from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

from courses.credentials.keys import issuer_keys, keys_create


def test_the_test_run_has_keys_a_signing_key_and_a_matching_seal():
    keys = issuer_keys()
    assert isinstance(keys.signing_key, ed25519.Ed25519PrivateKey)
    assert isinstance(keys.seal_key, ec.EllipticCurvePrivateKey)
    subject = keys.seal_certificate.subject
    assert subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)[0].value


def test_keys_are_never_overwritten(tmp_path: Path):
    options = {"organisation": "Passerelles", "country": "FR", "legal_identifier": "NTRFR-1"}
    written = keys_create(tmp_path, **options)
    before = [path.read_bytes() for path in written]
    with pytest.raises(FileExistsError):
        keys_create(tmp_path, **options)
    assert [path.read_bytes() for path in written] == before
    assert all(path.stat().st_mode & 0o077 == 0 for path in written)


def test_missing_keys_say_how_to_create_them(settings, tmp_path: Path):
    settings.CREDENTIALS_KEY_DIR = tmp_path
    issuer_keys.cache_clear()
    try:
        with pytest.raises(ImproperlyConfigured, match="issuer_keys"):
            issuer_keys()
    finally:
        issuer_keys.cache_clear()


def test_a_seal_certificate_for_another_key_is_refused(settings, tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    options = {"organisation": "Passerelles", "country": "FR", "legal_identifier": "NTRFR-1"}
    keys_create(one, **options)
    keys_create(two, **options)
    settings.CREDENTIALS_KEY_DIR = one
    settings.CREDENTIALS_SEAL_CERTIFICATES = (two / "seal-certificates.pem").read_text()
    issuer_keys.cache_clear()
    try:
        with pytest.raises(ImproperlyConfigured, match="does not match"):
            issuer_keys()
    finally:
        issuer_keys.cache_clear()


def test_the_command_creates_keys_once_and_says_who_the_issuer_is(settings, tmp_path: Path):
    import io

    from django.core.management import call_command

    settings.CREDENTIALS_KEY_DIR = tmp_path
    issuer_keys.cache_clear()
    try:
        first, second = io.StringIO(), io.StringIO()
        call_command("issuer_keys", stdout=first)
        before = (tmp_path / "signing-key.pem").read_bytes()
        call_command("issuer_keys", stdout=second)
        assert "Created" in first.getvalue() and "kept" in second.getvalue()
        assert "did:web:testserver" in second.getvalue()
        assert (tmp_path / "signing-key.pem").read_bytes() == before
    finally:
        issuer_keys.cache_clear()
