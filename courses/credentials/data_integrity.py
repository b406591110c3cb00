"""Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite.

Follows W3C "Data Integrity EdDSA Cryptosuites v1.0": the proof configuration (carrying
the document's ``@context``) and the document without its proof are each canonicalized
with RDFC-1.0 and hashed with SHA-256; the Ed25519 signature covers both hashes. Keys and
signatures travel as multibase base58btc; public keys as Multikey (ed25519-pub multicodec).
"""

import datetime
import hashlib
import json
import re
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from courses.credentials.jsonld import (
    CanonicalizationTooComplexError,
    DocumentLoader,
    UndefinedTermError,
    UnknownContextError,
    canonicalize,
)

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
ASSERTION_METHOD = "assertionMethod"

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_VALUES = {character: value for value, character in enumerate(BASE58_ALPHABET)}
MULTIBASE_BASE58BTC = "z"
# The multicodec varint prefix of an Ed25519 public key (0xed) in a Multikey.
ED25519_PUBLIC_PREFIX = b"\xed\x01"

# Pasted documents larger than this are refused before any JSON-LD processing.
DOCUMENT_SIZE_LIMIT = 200_000
# XML Schema dateTimeStamp: a dateTime that must carry its time zone.
_DATE_TIME_STAMP = re.compile(
    r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", re.ASCII
)


def base58_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    digits = []
    while number:
        number, remainder = divmod(number, 58)
        digits.append(BASE58_ALPHABET[remainder])
    # Each leading zero byte is written as the alphabet's first character.
    zeros = len(data) - len(data.lstrip(b"\0"))
    return BASE58_ALPHABET[0] * zeros + "".join(reversed(digits))


def base58_decode(text: str) -> bytes:
    """Decode base58btc; raise ``ValueError`` on any character outside the alphabet."""
    number = 0
    for character in text:
        try:
            number = number * 58 + _BASE58_VALUES[character]
        except KeyError:
            raise ValueError(f"{character!r} is not a base58 character.") from None
    zeros = len(text) - len(text.lstrip(BASE58_ALPHABET[0]))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * zeros + body


def multibase_encode(data: bytes) -> str:
    return MULTIBASE_BASE58BTC + base58_encode(data)


def multibase_decode(text: str) -> bytes:
    """Decode a multibase base58btc string (the only base these proofs use)."""
    if not isinstance(text, str) or not text.startswith(MULTIBASE_BASE58BTC):
        raise ValueError("Not a multibase base58btc string.")
    return base58_decode(text[1:])


def multikey_encode(public_key: ed25519.Ed25519PublicKey) -> str:
    """The key's ``publicKeyMultibase`` as a Multikey verification method shows it."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return multibase_encode(ED25519_PUBLIC_PREFIX + raw)


def multikey_decode(text: str) -> ed25519.Ed25519PublicKey:
    """Read a Multikey ``publicKeyMultibase``; raise ``ValueError`` if it is no Ed25519 key."""
    data = multibase_decode(text)
    if not data.startswith(ED25519_PUBLIC_PREFIX) or len(data) != 34:
        raise ValueError("Not an Ed25519 Multikey.")
    return ed25519.Ed25519PublicKey.from_public_bytes(data[2:])


def date_time_stamp(moment: datetime.datetime) -> str:
    """A timezone-aware moment as an XML Schema dateTimeStamp in UTC, to the second."""
    if moment.tzinfo is None:
        raise ValueError("The moment must be timezone-aware.")
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _hash_data(proof_config: dict, unsecured: dict, loader: DocumentLoader | None) -> bytes:
    proof_config_hash = hashlib.sha256(canonicalize(proof_config, loader=loader).encode())
    document_hash = hashlib.sha256(canonicalize(unsecured, loader=loader).encode())
    return proof_config_hash.digest() + document_hash.digest()


def proof_add(
    document: dict,
    *,
    private_key: ed25519.Ed25519PrivateKey,
    verification_method: str,
    created: datetime.datetime | str,
    loader: DocumentLoader | None = None,
) -> dict:
    """Return a copy of ``document`` with an eddsa-rdfc-2022 ``proof`` for assertions.

    ``created`` is a timezone-aware datetime or an XML Schema dateTimeStamp string.
    ``loader`` serves the JSON-LD contexts (by default, only those the portal ships).
    """
    if "proof" in document:
        raise ValueError("The document already has a proof.")
    if isinstance(created, datetime.datetime):
        created = date_time_stamp(created)
    if not _DATE_TIME_STAMP.fullmatch(created):
        raise ValueError(f"{created!r} is not an XML Schema dateTimeStamp.")
    unsecured = json.loads(json.dumps(document))  # a deep copy that is plain JSON
    proof = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": ASSERTION_METHOD,
    }
    proof_config = {**proof, "@context": unsecured["@context"]}
    signature = private_key.sign(_hash_data(proof_config, unsecured, loader))
    return {**unsecured, "proof": {**proof, "proofValue": multibase_encode(signature)}}


@dataclass(frozen=True)
class ProofCheck:
    """The outcome of :func:`proof_verify`; true when the proof holds.

    ``code`` is a stable identifier of why it failed: ``malformed`` (not a document this
    cryptosuite can check), ``unknown-context`` (a JSON-LD context the portal does not
    ship), ``undefined-term`` (a property or type no context defines, which a signature
    could not cover), ``mismatch`` (well-formed, but the signature does not match the
    content or the key). ``reason`` says the same in plain English, for logs.
    """

    ok: bool
    code: str = ""
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ok


def _failure(code: str, reason: str) -> ProofCheck:
    return ProofCheck(ok=False, code=code, reason=reason)


def _malformed(document) -> str | None:
    """Why ``document`` cannot carry an eddsa-rdfc-2022 proof, or None if it can."""
    if not isinstance(document, dict):
        return "The document is not a JSON object."
    try:
        size = len(json.dumps(document, allow_nan=False))
    except (TypeError, ValueError, RecursionError):
        return "The document is not plain JSON."
    if size > DOCUMENT_SIZE_LIMIT:
        return "The document is too large."
    context = document.get("@context")
    if not (isinstance(context, str | list) and context):
        return "The document has no @context."
    proof = document.get("proof")
    if proof is None:
        return "The document has no proof."
    if not isinstance(proof, dict):
        return "The proof is not a single JSON object."
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        return f"The proof is not a {PROOF_TYPE} with the {CRYPTOSUITE} cryptosuite."
    for name in ("verificationMethod", "proofPurpose", "proofValue"):
        if not isinstance(proof.get(name), str):
            return f"The proof's {name} is missing or not a string."
    created = proof.get("created")
    if created is not None and not (
        isinstance(created, str) and _DATE_TIME_STAMP.fullmatch(created)
    ):
        return "The proof's created is not an XML Schema dateTimeStamp."
    return None


def proof_verify(
    document,
    *,
    public_key: ed25519.Ed25519PublicKey,
    proof_purpose: str = ASSERTION_METHOD,
    loader: DocumentLoader | None = None,
) -> ProofCheck:
    """Check the document's eddsa-rdfc-2022 proof against ``public_key``.

    Never raises on bad input: anything that is not a well-formed, correctly signed
    document gives a failed :class:`ProofCheck`. Which key the proof's
    ``verificationMethod`` names is for the caller to judge.
    """
    problem = _malformed(document)
    if problem:
        return _failure("malformed", problem)
    proof = document["proof"]
    if proof["proofPurpose"] != proof_purpose:
        return _failure("mismatch", f"The proof's purpose is not {proof_purpose}.")
    try:
        if len(proof["proofValue"]) > 100:  # 64 bytes take at most 88 base58 characters
            raise ValueError
        signature = multibase_decode(proof["proofValue"])
    except ValueError:
        return _failure("malformed", "The proofValue is not multibase base58btc.")
    if len(signature) != 64:
        return _failure("malformed", "The proofValue is not an Ed25519 signature.")
    document = json.loads(json.dumps(document))  # processing must not touch the caller's
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    proof_options = {key: value for key, value in proof.items() if key != "proofValue"}
    if "@context" in proof_options:
        # A proof may carry its own contexts; the document's must begin with them.
        own, theirs = proof_options["@context"], unsecured["@context"]
        own = own if isinstance(own, list) else [own]
        theirs = theirs if isinstance(theirs, list) else [theirs]
        if theirs[: len(own)] != own:
            return _failure("mismatch", "The proof's @context does not begin the document's.")
        unsecured["@context"] = proof_options["@context"]
    proof_config = {**proof_options, "@context": unsecured["@context"]}
    try:
        hash_data = _hash_data(proof_config, unsecured, loader)
    except ImproperlyConfigured:
        raise  # the portal's own installation is incomplete: not the document's fault
    except UnknownContextError as error:
        return _failure("unknown-context", str(error))
    except UndefinedTermError as error:
        return _failure("undefined-term", str(error))
    except CanonicalizationTooComplexError:
        return _failure("malformed", "The document is too complex to canonicalize.")
    except Exception as error:  # pyld reports invalid JSON-LD in many ways
        return _failure("malformed", f"The document is not valid JSON-LD: {error}")
    try:
        public_key.verify(signature, hash_data)
    except InvalidSignature:
        return _failure("mismatch", "The signature does not match the document.")
    return ProofCheck(ok=True)
