"""Open Badges 3.0 credentials, the status list that revokes them, and the issuer's identity.

Credentials use the W3C VC Data Model 2.0 with the Open Badges 3.0.3 context, and carry an
eddsa-rdfc-2022 Data Integrity proof made with the issuer's Ed25519 key. That key is
published in the issuer's ``did:web`` document, which is how any verifier finds it.
"""

import datetime
import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from courses.credentials import issuer
from courses.credentials.data_integrity import (
    date_time_stamp,
    multikey_encode,
    proof_add,
    proof_verify,
)
from courses.credentials.facts import CertificateFacts
from courses.credentials.jsonld import OB_EXTENSIONS, OB_V3_0_3, VC_V2, local_contexts
from courses.credentials.keys import issuer_keys
from courses.credentials.status_list import status_list_encode, status_list_size

# The extensions context defines the 1EdTech schema validator type used below.
CONTEXT = [VC_V2, OB_V3_0_3, OB_EXTENSIONS]
PROFILE_CONTEXT = [VC_V2, OB_V3_0_3]
DID_CONTEXT = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]
ACHIEVEMENT_CREDENTIAL_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
# The schema validator type Open Badges verifiers look for (1EdTech Credential Schema).
SCHEMA_VALIDATOR = "1EdTechJsonSchemaValidator2019"
# Europass publishes each EQF level as a concept of its own.
EQF_LEVEL_URL = "http://data.europa.eu/snb/eqf/{level}"
REVOCATION = "revocation"
# Credentials may be checked a little before the issuing clock says they were issued.
CLOCK_SKEW = datetime.timedelta(minutes=5)
PASTED_SIZE_LIMIT = 200_000  # characters


def _alignments(facts: CertificateFacts) -> list[dict]:
    """Each ESCO skill an outcome develops, then the EQF level (extension target types)."""
    alignments = [
        {
            "type": ["Alignment"],
            "targetName": outcome,
            "targetUrl": skill,
            "targetFramework": "ESCO",
            "targetType": "ext:ESCOSkill",
        }
        for outcome, skill in zip(facts.text.outcomes, facts.skills, strict=False)
        if skill
    ]
    if facts.eqf_level is not None:
        alignments.append(
            {
                "type": ["Alignment"],
                "targetName": _("EQF level %(level)d") % {"level": facts.eqf_level},
                "targetUrl": EQF_LEVEL_URL.format(level=facts.eqf_level),
                "targetCode": str(facts.eqf_level),
                "targetFramework": "European Qualifications Framework",
                "targetType": "ext:EQFLevel",
            }
        )
    return alignments


def _criteria_narrative(facts: CertificateFacts) -> str:
    """What the learner did to earn it (Markdown): the outcomes and the workload.

    Open Badges has no workload property (``creditsAvailable`` counts credits, not
    hours), so the workload is stated here, where every reader looks for what was done.
    """
    outcomes = "\n".join(f"- {outcome}" for outcome in facts.text.outcomes)
    return "\n\n".join(
        [
            _("Completed the course and achieved its learning outcomes:"),
            outcomes,
            _("Workload: %(hours)d hours.") % {"hours": facts.workload_hours},
        ]
    )


def _issuer_summary() -> dict:
    return {
        "id": issuer.issuer_did(),
        "type": ["Profile"],
        "name": issuer.issuer_name(),
        "url": issuer.base_url(),
    }


def credential_build(facts: CertificateFacts) -> dict:
    """The unsigned OpenBadgeCredential, in the language the learner took the course in."""
    text = facts.text
    with translation.override(facts.language):
        achievement = {
            "id": facts.course_url,
            "type": ["Achievement"],
            "achievementType": "Course",
            "name": text.title,
            "description": text.description,
            "criteria": {"narrative": _criteria_narrative(facts)},
            "inLanguage": facts.language,
        }
        alignments = _alignments(facts)
    if alignments:
        achievement["alignment"] = alignments
    status_list = issuer.status_list_url()
    return {
        "@context": list(CONTEXT),
        "id": f"urn:uuid:{facts.identifier}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": _issuer_summary(),
        "validFrom": date_time_stamp(facts.issued_at),
        "name": text.title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            # The learner has no identifier of their own: the credential names them.
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": facts.learner_name,
                }
            ],
            "achievement": achievement,
        },
        "credentialStatus": {
            "id": f"{status_list}#{facts.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": REVOCATION,
            "statusListIndex": str(facts.status_index),
            "statusListCredential": status_list,
        },
        "credentialSchema": [{"id": ACHIEVEMENT_CREDENTIAL_SCHEMA, "type": SCHEMA_VALIDATOR}],
    }


def credential_sign(document: dict) -> dict:
    """Sign with the issuer's key; the proof is dated at ``validFrom``.

    Dating the proof at issue makes signing repeatable: the same certificate always gives
    the same signed credential, byte for byte.
    """
    return proof_add(
        document,
        private_key=issuer_keys().signing_key,
        verification_method=issuer.verification_method(),
        created=document["validFrom"],
    )


def status_list_credential(*, revoked_indexes, valid_from: datetime.datetime) -> dict:
    """The signed revocation list published at :func:`issuer.status_list_url`."""
    url = issuer.status_list_url()
    document = {
        "@context": [VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer.issuer_did(),
        "validFrom": date_time_stamp(valid_from),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": REVOCATION,
            "encodedList": status_list_encode(revoked_indexes),
        },
    }
    return credential_sign(document)


def did_document() -> dict:
    """The issuer's ``did:web`` document, served at /.well-known/did.json."""
    did = issuer.issuer_did()
    method = issuer.verification_method()
    return {
        "@context": list(DID_CONTEXT),
        "id": did,
        "verificationMethod": [
            {
                "id": method,
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": multikey_encode(issuer_keys().signing_key.public_key()),
            }
        ],
        "assertionMethod": [method],
    }


def issuer_profile() -> dict:
    """The issuer's Open Badges Profile, served at :func:`issuer.issuer_profile_url`."""
    details = settings.CREDENTIALS_ISSUER
    return {
        "@context": list(PROFILE_CONTEXT),
        **_issuer_summary(),
        "email": details["email"],
        "address": {"type": ["Address"], "addressCountryCode": details["country"]},
        "otherIdentifier": [
            {
                "type": ["IdentifierEntry"],
                "identifier": details["legal_identifier"],
                "identifierType": "identifier",
            }
        ],
    }


# Checking a credential someone shows.


@dataclass(frozen=True)
class Check:
    name: str  # a stable identifier: format, signature, issuer, dates, status
    ok: bool
    detail: str  # plain words, in the active language


@dataclass(frozen=True)
class CredentialCheck:
    """What :func:`credential_check` found.

    ``identifier`` (from ``urn:uuid:…``) and ``status_index`` are read from the document
    for the caller to look the certificate and its revocation up; trust them only if
    ``ok``.
    """

    checks: list[Check] = field(default_factory=list)
    identifier: str | None = None
    status_index: int | None = None

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)


def _parsed(document):
    if isinstance(document, bytes):
        document = document.decode("utf-8", errors="replace")
    if isinstance(document, str):
        if len(document) > PASTED_SIZE_LIMIT:
            return None
        try:
            return json.loads(document)
        except (ValueError, RecursionError):
            return None
    return document


def _format_check(document) -> Check:
    if not isinstance(document, dict):
        return Check("format", False, _("This is not a JSON credential."))
    contexts = document.get("@context")
    contexts = contexts if isinstance(contexts, list) else [contexts]
    known = local_contexts()
    if not contexts or not all(isinstance(c, str) and c in known for c in contexts):
        return Check(
            "format", False, _("The credential uses vocabularies this portal does not know.")
        )
    types = document.get("type")
    types = types if isinstance(types, list) else [types]
    if "VerifiableCredential" not in types or not (
        {"OpenBadgeCredential", "AchievementCredential"} & {t for t in types if isinstance(t, str)}
    ):
        return Check("format", False, _("This is not an Open Badges credential."))
    return Check("format", True, _("This is an Open Badges 3.0 credential."))


def _signature_check(document: dict) -> Check:
    proof = document.get("proof")
    if isinstance(proof, dict) and proof.get("verificationMethod") != issuer.verification_method():
        return Check(
            "signature", False, _("The credential was not signed with this portal's key.")
        )
    result = proof_verify(document, public_key=issuer_keys().signing_key.public_key())
    if result:
        return Check(
            "signature", True, _("The signature is this portal's and matches the content.")
        )
    if result.code == "mismatch":
        detail = _("The content does not match its signature: the credential was altered.")
    elif result.code == "undefined-term":
        detail = _("The credential contains data its vocabularies do not define.")
    elif result.code == "unknown-context":
        detail = _("The credential uses vocabularies this portal does not know.")
    else:
        detail = _("The credential's signature is missing or malformed.")
    return Check("signature", False, detail)


def _issuer_check(document: dict) -> Check:
    named = document.get("issuer")
    if isinstance(named, dict):
        named = named.get("id")
    if named == issuer.issuer_did():
        return Check("issuer", True, _("The credential was issued by this portal."))
    return Check("issuer", False, _("The credential was not issued by this portal."))


def _moment(value) -> datetime.datetime | None:
    """A dateTime with its time zone, or None."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9T:.+Z-]{20,40}", value):
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _dates_check(document: dict, now: datetime.datetime) -> Check:
    valid_from = _moment(document.get("validFrom"))
    if valid_from is None:
        return Check("dates", False, _("The credential's issue date is missing or malformed."))
    if valid_from > now + CLOCK_SKEW:
        return Check("dates", False, _("The credential's issue date is in the future."))
    if "validUntil" in document:
        valid_until = _moment(document["validUntil"])
        if valid_until is None:
            return Check("dates", False, _("The credential's expiry date is malformed."))
        if valid_until < now:
            return Check("dates", False, _("The credential has expired."))
    return Check("dates", True, _("The credential is within its validity dates."))


def _status_index(document: dict) -> int | None:
    """The index of a well-formed revocation entry in the portal's status list, or None."""
    entry = document.get("credentialStatus")
    if not isinstance(entry, dict):
        return None
    index = entry.get("statusListIndex")
    if not (
        entry.get("type") == "BitstringStatusListEntry"
        and entry.get("statusPurpose") == REVOCATION
        and entry.get("statusListCredential") == issuer.status_list_url()
        and isinstance(index, str)
        and re.fullmatch(r"0|[1-9][0-9]{0,9}", index)
    ):
        return None
    index = int(index)
    return index if index < status_list_size else None


def _status_check(index: int | None) -> Check:
    if index is None:
        return Check(
            "status",
            False,
            _("The credential has no valid entry in this portal's revocation list."),
        )
    return Check(
        "status", True, _("The credential has an entry in this portal's revocation list.")
    )


def _identifier(document: dict) -> str | None:
    match = re.fullmatch(r"urn:uuid:([0-9a-fA-F-]{36})", str(document.get("id", ""))[:60])
    return match[1].lower() if match else None


def credential_check(document, *, now: datetime.datetime | None = None) -> CredentialCheck:
    """Check a credential someone shows: its form, signature, issuer, dates and status entry.

    ``document`` is the parsed JSON or its text. Never raises on what it is given. When the
    format check fails, the others are not run (they would only repeat it). Revocation
    itself is the caller's to look up, with the returned ``status_index``.
    """
    document = _parsed(document)
    checks = [_format_check(document)]
    if not checks[0].ok:
        return CredentialCheck(checks=checks)
    now = now or datetime.datetime.now(datetime.UTC)
    index = _status_index(document)
    checks += [
        _signature_check(document),
        _issuer_check(document),
        _dates_check(document, now),
        _status_check(index),
    ]
    return CredentialCheck(checks=checks, identifier=_identifier(document), status_index=index)
