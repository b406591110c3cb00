import copy
import datetime
import json

import pytest

from courses.credentials import issuer
from courses.credentials.data_integrity import multikey_decode, proof_verify
from courses.credentials.facts import CertificateFacts
from courses.credentials.jsonld import (
    CanonicalizationTooComplexError,
    UndefinedTermError,
    canonicalize,
    expand,
)
from courses.credentials.keys import issuer_keys
from courses.credentials.openbadges import (
    ACHIEVEMENT_CREDENTIAL_SCHEMA,
    credential_build,
    credential_check,
    credential_sign,
    did_document,
    issuer_profile,
    status_list_credential,
)
from courses.credentials.status_list import status_is_set, status_list_decode
from tests.courses.credentials.conftest import certificate_facts

ISSUED_AT = datetime.datetime(2025, 3, 14, 10, 30, tzinfo=datetime.UTC)
NOW = datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)
ESCO_SKILL = certificate_facts().skills[0]
# Terms no context defines land in this namespace of the VC v2 context.
UNDEFINED_TERMS = "https://www.w3.org/ns/credentials/issuer-dependent#"


def facts(**changes) -> CertificateFacts:
    return certificate_facts(**changes)


@pytest.fixture(scope="module")
def signed() -> dict:
    return credential_sign(credential_build(facts()))


def verified(document) -> bool:
    return bool(proof_verify(document, public_key=issuer_keys().signing_key.public_key()))


def undefined_terms(document) -> list[str]:
    """Properties the contexts do not define, which expansion would drop."""
    dropped = []
    expand(document, on_property_dropped=dropped.append)
    return dropped


def test_the_credential_says_what_the_certificate_says():
    credential = credential_build(facts())
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ]
    assert credential["id"] == "urn:uuid:5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10"
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["issuer"] == {
        "id": issuer.issuer_did(),
        "type": ["Profile"],
        "name": issuer.issuer_name(),
        "url": issuer.base_url(),
    }
    assert credential["validFrom"] == "2025-03-14T10:30:00Z"
    subject = credential["credentialSubject"]
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": "Élodie Lefèvre",
        }
    ]
    achievement = subject["achievement"]
    assert achievement["id"] == facts().course_url
    assert achievement["achievementType"] == "Course"
    assert achievement["name"] == credential["name"] == facts().texts["fr"].title
    assert achievement["inLanguage"] == "fr"
    narrative = achievement["criteria"]["narrative"]
    for outcome in facts().texts["fr"].outcomes:
        assert f"- {outcome}" in narrative
    assert "12" in narrative
    esco, second_skill, eqf = achievement["alignment"]
    assert esco["targetUrl"] == ESCO_SKILL
    assert second_skill["targetName"] == facts().texts["fr"].outcomes[2]
    assert esco["targetName"] == facts().texts["fr"].outcomes[0]
    assert (esco["targetFramework"], esco["targetType"]) == ("ESCO", "ext:ESCOSkill")
    assert eqf["targetUrl"] == "http://data.europa.eu/snb/eqf/5"
    assert eqf["targetType"] == "ext:EQFLevel"
    assert credential["credentialStatus"] == {
        "id": f"{issuer.status_list_url()}#42",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "42",
        "statusListCredential": issuer.status_list_url(),
    }
    assert credential["credentialSchema"][0]["id"] == ACHIEVEMENT_CREDENTIAL_SCHEMA


def test_the_credential_is_in_the_learners_language():
    achievement = credential_build(facts(language="en"))["credentialSubject"]["achievement"]
    assert achievement["name"] == facts().texts["en"].title
    assert achievement["inLanguage"] == "en"
    assert f"- {facts().texts['en'].outcomes[-1]}" in achievement["criteria"]["narrative"]


def test_without_skills_or_eqf_level_there_is_no_alignment():
    credential = credential_build(facts(skills=(None, None, None), eqf_level=None))
    assert "alignment" not in credential["credentialSubject"]["achievement"]


def test_every_property_is_defined_by_the_contexts(signed):
    assert undefined_terms(credential_build(facts())) == []
    # Stricter still: canonicalization refuses relative IRIs (undefined types) too.
    assert canonicalize(credential_build(facts()))
    assert undefined_terms(signed) == []
    assert undefined_terms(issuer_profile()) == []
    revocations = status_list_credential(revoked_indexes=[1], valid_from=NOW)
    assert undefined_terms(revocations) == []


def test_the_undefined_terms_test_does_catch_them():
    credential = credential_build(facts())
    credential["credentialSubject"]["achievement"]["workload"] = 12
    credential["credentialSubject"]["@unknown"] = 1
    assert len(undefined_terms(credential)) == 2
    with pytest.raises(UndefinedTermError):
        canonicalize(credential)
    credential = credential_build(facts())
    credential["credentialSchema"][0]["type"] = "UndefinedValidator"
    assert undefined_terms(credential) == []  # expansion keeps it, as a relative IRI
    with pytest.raises(UndefinedTermError, match="UndefinedValidator"):
        canonicalize(credential)


def test_signing_round_trip(signed):
    assert verified(signed)
    proof = signed["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["proofPurpose"] == "assertionMethod"
    assert proof["verificationMethod"] == issuer.verification_method()
    assert proof["created"] == signed["validFrom"]
    assert proof["proofValue"].startswith("z")
    # Signing is repeatable: the same certificate gives the same credential.
    assert credential_sign(credential_build(facts())) == signed


def _set(path, value):
    def change(document):
        *parents, last = path
        target = document
        for key in parents:
            target = target[key]
        target[last] = value

    return change


def _delete(path):
    def change(document):
        *parents, last = path
        target = document
        for key in parents:
            target = target[key]
        del target[last]

    return change


ACHIEVEMENT = ("credentialSubject", "achievement")
TAMPERING = {
    "name": _set(("name",), "Une autre formation"),
    "learner name": _set(("credentialSubject", "identifier", 0, "identityHash"), "Quelqu'un"),
    "valid from": _set(("validFrom",), "2024-03-14T10:30:00Z"),
    "valid until added": _set(("validUntil",), "2030-01-01T00:00:00Z"),
    "issuer": _set(("issuer", "id"), "did:web:elsewhere.example"),
    "issuer name": _set(("issuer", "name"), "Autre organisme"),
    "achievement description": _set((*ACHIEVEMENT, "description"), "Autre chose."),
    "outcome": _set((*ACHIEVEMENT, "criteria", "narrative"), "- Rien"),
    "skill": _set((*ACHIEVEMENT, "alignment", 0, "targetUrl"), "http://example.org/skill"),
    "eqf level": _set((*ACHIEVEMENT, "alignment", 1, "targetCode"), "7"),
    "status index": _set(("credentialStatus", "statusListIndex"), "43"),
    "proof created": _set(("proof", "created"), "2025-03-14T10:30:01Z"),
    "proof method": _set(("proof", "verificationMethod"), "did:web:elsewhere.example#key-1"),
    "hashed flag": _set(("credentialSubject", "identifier", 0, "hashed"), True),
    "property added": _set((*ACHIEVEMENT, "humanCode"), "ABC"),
    "undefined property added": _set((*ACHIEVEMENT, "workload"), 12),
    "undefined type added": _set((*ACHIEVEMENT, "type"), ["Achievement", "Diploma"]),
    "schema type": _set(("credentialSchema", 0, "type"), "JsonSchema"),
    "description removed": _delete((*ACHIEVEMENT, "description")),
    "status removed": _delete(("credentialStatus",)),
    "type removed": _set(("type",), ["VerifiableCredential"]),
    "context swapped": _set(
        ("@context",),
        [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        ],
    ),
}


@pytest.mark.parametrize("change", TAMPERING.values(), ids=TAMPERING.keys())
def test_any_change_breaks_the_signature(signed, change):
    tampered = copy.deepcopy(signed)
    change(tampered)
    assert not verified(tampered)
    report = credential_check(tampered, now=NOW)
    assert not report.ok
    assert not all(c.ok for c in report.checks if c.name in ("format", "signature"))


def test_another_key_does_not_verify(signed):
    from cryptography.hazmat.primitives.asymmetric import ed25519

    other = ed25519.Ed25519PrivateKey.generate().public_key()
    check = proof_verify(signed, public_key=other)
    assert not check
    assert check.code == "mismatch"


@pytest.mark.parametrize(
    "change",
    [
        _delete(("proof",)),
        _set(("proof",), "z123"),
        _set(("proof",), []),
        _set(("proof",), [{"type": "DataIntegrityProof"}]),
        _set(("proof", "proofValue"), "not multibase"),
        _set(("proof", "proofValue"), "z0OIl"),
        _set(("proof", "proofValue"), "u" + "A" * 86),
        _set(("proof", "proofValue"), "z" + "1" * 100_000),
        _set(("proof", "proofValue"), "z2YwC8z3ap7yx1nZ"),
        _set(("proof", "proofValue"), ["z2YwC8z3ap7yx1nZ"]),
        _set(("proof", "proofValue"), None),
        _set(("proof", "type"), "Ed25519Signature2020"),
        _set(("proof", "cryptosuite"), "eddsa-jcs-2022"),
        _set(("proof", "proofPurpose"), "authentication"),
        _set(("proof", "created"), "yesterday"),
        _set(("proof", "created"), 20250314),
        _set(("proof", "verificationMethod"), {"id": "did:web:x#key-1"}),
        _set(("@context",), "https://evil.example/context.json"),
        _set(("@context",), ["https://www.w3.org/ns/credentials/v2", "https://evil.example/c"]),
        _set(("@context",), []),
        _set(("@context",), [{"@vocab": "https://evil.example/#"}]),
        _set(("@context",), 42),
        _set(("name",), ["a", "list", "instead", "of", "a", "string"]),
        _set(("name",), {"@value": 1, "@type": "@json"}),
        _set(("name",), "x" * 500_000),
        _set(("name",), float("nan")),
        _set(("name",), b"bytes"),
        _set(("name",), {1, 2}),
        _set(("validFrom",), "not a date"),
        _set(("id",), "not an iri"),
        _set(("id",), {"@id": 5}),
        _set(("type",), 12),
        _set(("issuer",), None),
        _set(("credentialSubject",), {"@graph": [{"@id": f"_:b{n}"} for n in range(50)]}),
    ],
)
def test_malformed_credentials_fail_cleanly_with_a_reason(signed, change):
    document = copy.deepcopy(signed)
    change(document)
    check = proof_verify(document, public_key=issuer_keys().signing_key.public_key())
    assert not check
    assert check.code and check.reason
    report = credential_check(document, now=NOW)
    assert not report.ok
    assert all(c.detail for c in report.checks)


def nested(depth: int) -> dict:
    document = {}
    for _ in range(depth):
        document = {"a": document}
    return document


@pytest.mark.parametrize(
    "document",
    [None, 42, "text", [], ["a"], {}, {"proof": {}}, b"\xff\xfe", nested(100_000), "{" * 100_000],
)
def test_things_that_are_not_credentials_fail_cleanly(document):
    check = proof_verify(document, public_key=issuer_keys().signing_key.public_key())
    assert not check
    assert check.code == "malformed"
    report = credential_check(document, now=NOW)
    assert not report.ok
    assert [c.name for c in report.checks] == ["format"]


def test_a_poison_graph_fails_quickly(signed):
    # Blank nodes that all look alike would make canonicalization run for hours.
    nodes = [
        {
            "@id": f"_:n{i}",
            "http://example.org/p": [{"@id": f"_:n{j}"} for j in range(12) if j != i],
        }
        for i in range(12)
    ]
    with pytest.raises(CanonicalizationTooComplexError):
        canonicalize({"@graph": nodes})
    document = {"@context": signed["@context"], "@graph": nodes, "proof": signed["proof"]}
    check = proof_verify(document, public_key=issuer_keys().signing_key.public_key())
    assert not check
    assert check.code == "malformed"
    assert "complex" in check.reason


def test_a_genuine_credential_passes_every_check(signed):
    for shown in (signed, json.dumps(signed), json.dumps(signed).encode()):
        report = credential_check(shown, now=NOW)
        assert [(c.name, c.ok) for c in report.checks] == [
            ("format", True),
            ("signature", True),
            ("issuer", True),
            ("dates", True),
            ("status", True),
        ]
        assert report.ok
        assert report.status_index == 42
        assert report.identifier == "5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10"


def test_dates_are_checked(signed):
    before_issue = ISSUED_AT - datetime.timedelta(days=1)
    report = credential_check(signed, now=before_issue)
    assert {c.name: c.ok for c in report.checks}["dates"] is False
    expiring = credential_build(facts())
    expiring["validUntil"] = "2025-04-01T00:00:00Z"
    report = credential_check(credential_sign(expiring), now=NOW)
    assert {c.name: c.ok for c in report.checks} == {
        "format": True,
        "signature": True,
        "issuer": True,
        "dates": False,
        "status": True,
    }


def test_a_credential_signed_by_someone_else_is_not_ours(signed):
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from courses.credentials.data_integrity import proof_add

    unsigned = {key: value for key, value in signed.items() if key != "proof"}
    forged = proof_add(
        unsigned,
        private_key=ed25519.Ed25519PrivateKey.generate(),
        verification_method=issuer.verification_method(),
        created=unsigned["validFrom"],
    )
    report = credential_check(forged, now=NOW)
    assert {c.name: c.ok for c in report.checks}["signature"] is False
    assert not report.ok


def test_a_status_entry_pointing_elsewhere_is_refused():
    credential = credential_build(facts())
    credential["credentialStatus"]["statusListCredential"] = "https://elsewhere.example/list"
    report = credential_check(credential_sign(credential), now=NOW)
    assert {c.name: c.ok for c in report.checks}["status"] is False
    assert report.status_index is None
    for index in ("-1", "042", "1e3", 42, "999999999999"):
        credential = credential_build(facts())
        credential["credentialStatus"]["statusListIndex"] = index
        assert credential_check(credential, now=NOW).status_index is None


def test_the_status_list_credential_is_signed_and_shows_revocations():
    document = status_list_credential(revoked_indexes=[3, 42], valid_from=NOW)
    assert verified(document)
    assert document["id"] == issuer.status_list_url()
    assert document["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert document["issuer"] == issuer.issuer_did()
    subject = document["credentialSubject"]
    assert subject["type"] == "BitstringStatusList"
    assert subject["statusPurpose"] == "revocation"
    bits = status_list_decode(subject["encodedList"])
    assert status_is_set(bits, 42) and status_is_set(bits, 3)
    assert not status_is_set(bits, 41)


def test_the_did_document_publishes_the_signing_key():
    document = did_document()
    assert document["id"] == issuer.issuer_did()
    (method,) = document["verificationMethod"]
    assert method["id"] == issuer.verification_method()
    assert method["type"] == "Multikey"
    assert method["controller"] == issuer.issuer_did()
    assert method["publicKeyMultibase"].startswith("z6Mk")
    public_key = multikey_decode(method["publicKeyMultibase"])
    assert document["assertionMethod"] == [method["id"]]
    signed = credential_sign(credential_build(facts()))
    assert proof_verify(signed, public_key=public_key)


def test_the_issuer_profile_names_the_issuer(settings):
    profile = issuer_profile()
    assert profile["id"] == issuer.issuer_did()
    assert profile["type"] == ["Profile"]
    assert profile["name"] == settings.CREDENTIALS_ISSUER["name"]
    assert (
        profile["otherIdentifier"][0]["identifier"]
        == (settings.CREDENTIALS_ISSUER["legal_identifier"])
    )
