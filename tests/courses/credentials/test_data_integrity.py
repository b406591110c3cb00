import copy
import datetime
import hashlib

from django.core.exceptions import ImproperlyConfigured

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from courses.credentials.data_integrity import (
    base58_decode,
    base58_encode,
    multibase_decode,
    multikey_decode,
    multikey_encode,
    proof_add,
    proof_verify,
)
from courses.credentials.jsonld import (
    UnknownContextError,
    canonicalize,
    document_loader,
    document_loader_with,
    local_contexts,
)

# The eddsa-rdfc-2022 test vectors of the W3C specification "Data Integrity EdDSA
# Cryptosuites v1.0" (w3c/vc-di-eddsa, TestVectors/).
VECTOR_PUBLIC_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
VECTOR_PRIVATE_KEY = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
VECTOR_METHOD = f"did:key:{VECTOR_PUBLIC_KEY}#{VECTOR_PUBLIC_KEY}"
VECTOR_CREATED = "2023-02-24T23:36:38Z"
# The proof's options, as the vectors give them (everything but the proof value).
VECTOR_PROOF_OPTIONS = {
    "type": "DataIntegrityProof",
    "cryptosuite": "eddsa-rdfc-2022",
    "created": VECTOR_CREATED,
    "verificationMethod": VECTOR_METHOD,
    "proofPurpose": "assertionMethod",
}
VECTOR_UNSIGNED = {
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/ns/credentials/examples/v2",
    ],
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
VECTOR_CANONICAL_DOCUMENT = """\
<did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> "The School of Examples" .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/ns/credentials/examples#AlumniCredential> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/description> "A minimum viable example of an Alumni Credential." .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/name> "Alumni Credential" .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:abcdefgh> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#issuer> <https://vc.example/issuers/5678> .
<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#validFrom> "2023-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
"""  # noqa: E501
VECTOR_CANONICAL_PROOF = """\
_:c14n0 <http://purl.org/dc/terms/created> "2023-02-24T23:36:38Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .
_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"^^<https://w3id.org/security#cryptosuiteString> .
_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .
_:c14n0 <https://w3id.org/security#verificationMethod> <did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2> .
"""  # noqa: E501
VECTOR_DOCUMENT_HASH = "517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017"
VECTOR_PROOF_HASH = "bea7b7acfbad0126b135104024a5f1733e705108f42d59668b05c0c50004c6b0"
VECTOR_PROOF_VALUE = (
    "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme"
)

# The examples context maps every undefined term into its own namespace.
EXAMPLES_CONTEXT = {"@context": {"@vocab": "https://www.w3.org/ns/credentials/examples#"}}
# The multicodec varint prefix of an Ed25519 private key (0x1300).
ED25519_PRIVATE_PREFIX = b"\x80\x26"


@pytest.fixture
def loader():
    return document_loader_with(
        {"https://www.w3.org/ns/credentials/examples/v2": EXAMPLES_CONTEXT}
    )


@pytest.fixture
def vector_private_key() -> ed25519.Ed25519PrivateKey:
    data = multibase_decode(VECTOR_PRIVATE_KEY)
    assert data[:2] == ED25519_PRIVATE_PREFIX
    return ed25519.Ed25519PrivateKey.from_private_bytes(data[2:])


def vector_signed(private_key, loader) -> dict:
    return proof_add(
        VECTOR_UNSIGNED,
        private_key=private_key,
        verification_method=VECTOR_METHOD,
        created=VECTOR_CREATED,
        loader=loader,
    )


def test_the_vectors_key_pair_matches_its_multikey(vector_private_key):
    assert multikey_encode(vector_private_key.public_key()) == VECTOR_PUBLIC_KEY


def test_canonical_forms_and_hashes_match_the_vectors(loader):
    document = canonicalize(VECTOR_UNSIGNED, loader=loader)
    proof_config = {**VECTOR_PROOF_OPTIONS, "@context": VECTOR_UNSIGNED["@context"]}
    proof = canonicalize(proof_config, loader=loader)
    assert document == VECTOR_CANONICAL_DOCUMENT
    assert proof == VECTOR_CANONICAL_PROOF
    assert hashlib.sha256(document.encode()).hexdigest() == VECTOR_DOCUMENT_HASH
    assert hashlib.sha256(proof.encode()).hexdigest() == VECTOR_PROOF_HASH


def test_signing_reproduces_the_published_proof_value(vector_private_key, loader):
    signed = vector_signed(vector_private_key, loader)
    assert signed["proof"] == {**VECTOR_PROOF_OPTIONS, "proofValue": VECTOR_PROOF_VALUE}
    assert "proof" not in VECTOR_UNSIGNED  # the input is left alone


def test_the_published_signed_credential_verifies(loader):
    signed = {
        **VECTOR_UNSIGNED,
        "proof": {**VECTOR_PROOF_OPTIONS, "proofValue": VECTOR_PROOF_VALUE},
    }
    public_key = multikey_decode(VECTOR_PUBLIC_KEY)
    assert proof_verify(signed, public_key=public_key, loader=loader)
    tampered = copy.deepcopy(signed)
    tampered["credentialSubject"]["alumniOf"] = "Another School"
    check = proof_verify(tampered, public_key=public_key, loader=loader)
    assert not check
    assert check.code == "mismatch"


def test_the_runtime_loader_does_not_know_the_examples_context(vector_private_key, loader):
    signed = vector_signed(vector_private_key, loader)
    check = proof_verify(signed, public_key=vector_private_key.public_key())
    assert not check
    assert check.code == "unknown-context"
    assert "examples/v2" in check.reason
    with pytest.raises(UnknownContextError):
        canonicalize(VECTOR_UNSIGNED)
    # Serving a context once does not make it known to other loaders.
    with pytest.raises(UnknownContextError):
        canonicalize(VECTOR_UNSIGNED, loader=document_loader())


@pytest.mark.parametrize(
    "data",
    [b"", b"\0", b"\0\0\x01", b"hello world", bytes(range(256)), b"\xff" * 40],
)
def test_base58_round_trips(data):
    assert base58_decode(base58_encode(data)) == data


def test_base58_known_values():
    assert base58_encode(b"hello world") == "StV1DL6CwTryKyV"
    assert base58_encode(b"\0\0\x01") == "112"
    with pytest.raises(ValueError):
        base58_decode("0OIl")


def test_multikey_rejects_other_keys():
    with pytest.raises(ValueError):
        multikey_decode("z" + base58_encode(b"\xe7\x01" + bytes(33)))  # secp256k1
    with pytest.raises(ValueError):
        multikey_decode("u" + VECTOR_PUBLIC_KEY[1:])


def test_created_must_be_a_timezone_aware_moment(vector_private_key, loader):
    for created in ("2023-02-24", "yesterday", datetime.datetime(2023, 2, 24)):  # noqa: DTZ001
        with pytest.raises(ValueError):
            proof_add(
                VECTOR_UNSIGNED,
                private_key=vector_private_key,
                verification_method=VECTOR_METHOD,
                created=created,
                loader=loader,
            )
    moment = datetime.datetime(2023, 2, 25, 0, 36, 38, tzinfo=datetime.timezone(
        datetime.timedelta(hours=1)
    ))  # fmt: skip
    signed = proof_add(
        VECTOR_UNSIGNED,
        private_key=vector_private_key,
        verification_method=VECTOR_METHOD,
        created=moment,
        loader=loader,
    )
    assert signed["proof"]["created"] == "2023-02-24T23:36:38Z"


def test_a_missing_context_file_says_to_install_the_npm_packages(settings, tmp_path):
    settings.BASE_DIR = tmp_path
    local_contexts.cache_clear()
    document_loader.cache_clear()
    try:
        with pytest.raises(ImproperlyConfigured, match="make install"):
            canonicalize({"@context": "https://www.w3.org/ns/credentials/v2", "name": "x"})
    finally:
        local_contexts.cache_clear()
        document_loader.cache_clear()
