"""The issuer's keys: an Ed25519 key for Open Badges proofs and a seal for EDCs.

The seal is a private key with its X.509 certificate chain (leaf first). Development
uses a self-signed certificate made by :func:`keys_create`; production sets a qualified
e-seal through the settings, of any type :mod:`courses.credentials.jades` can sign with.
"""

import datetime
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

SIGNING_KEY_FILE = "signing-key.pem"
SEAL_KEY_FILE = "seal-key.pem"
SEAL_CERTIFICATES_FILE = "seal-certificates.pem"


@dataclass(frozen=True)
class IssuerKeys:
    signing_key: ed25519.Ed25519PrivateKey
    seal_key: object  # any private key type cryptography loads from PEM
    seal_certificates: tuple[x509.Certificate, ...]

    @property
    def seal_certificate(self) -> x509.Certificate:
        return self.seal_certificates[0]


def _pem(setting: str, filename: str) -> bytes:
    text = getattr(settings, setting)
    if text:
        return text.encode()
    path = Path(settings.CREDENTIALS_KEY_DIR) / filename
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImproperlyConfigured(
            f"The issuer's key file {path} is missing: run `python manage.py issuer_keys` "
            f"or set {setting}."
        ) from None


@cache
def issuer_keys() -> IssuerKeys:
    """Load the keys once per process; ``issuer_keys.cache_clear()`` after changing them."""
    signing_key = serialization.load_pem_private_key(
        _pem("CREDENTIALS_SIGNING_KEY", SIGNING_KEY_FILE), password=None
    )
    if not isinstance(signing_key, ed25519.Ed25519PrivateKey):
        raise ImproperlyConfigured("The credential signing key must be an Ed25519 key.")
    seal_key = serialization.load_pem_private_key(
        _pem("CREDENTIALS_SEAL_KEY", SEAL_KEY_FILE), password=None
    )
    chain = tuple(
        x509.load_pem_x509_certificates(
            _pem("CREDENTIALS_SEAL_CERTIFICATES", SEAL_CERTIFICATES_FILE)
        )
    )
    if chain[0].public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) != seal_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        raise ImproperlyConfigured("The seal certificate does not match the seal key.")
    return IssuerKeys(signing_key=signing_key, seal_key=seal_key, seal_certificates=chain)


def keys_create(directory: Path, *, organisation: str, country: str, legal_identifier: str):
    """Write a new signing key, seal key and self-signed seal certificate into ``directory``.

    Existing files are never overwritten: a lost key would invalidate every credential
    signed with it. Return the paths written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    names = (SIGNING_KEY_FILE, SEAL_KEY_FILE, SEAL_CERTIFICATES_FILE)
    paths = [directory / name for name in names]
    if any(path.exists() for path in paths):
        raise FileExistsError(f"Keys already exist in {directory}.")
    private = serialization.PrivateFormat.PKCS8
    signing_key = ed25519.Ed25519PrivateKey.generate()
    seal_key = ec.generate_private_key(ec.SECP256R1())
    # The subject an e-seal certificate has: organisation, its legal identifier, country.
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{organisation} (development seal)"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, legal_identifier),
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(seal_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=10 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(seal_key, hashes.SHA256())
    )
    contents = [
        signing_key.private_bytes(
            serialization.Encoding.PEM, private, serialization.NoEncryption()
        ),
        seal_key.private_bytes(serialization.Encoding.PEM, private, serialization.NoEncryption()),
        certificate.public_bytes(serialization.Encoding.PEM),
    ]
    for path, content in zip(paths, contents, strict=True):
        path.touch(mode=0o600)
        path.write_bytes(content)
    issuer_keys.cache_clear()
    return paths
