"""The seal of a European Digital Credential: a JAdES baseline (B-B) signature.

A sealed EDC is a JWS in JSON serialisation whose payload is the credential's JSON text,
left unencoded (RFC 7797: ``"b64": false``) so that the credential stays readable in it.
The protected header carries what ETSI TS 119 182-1 asks of a baseline signature: the
signing certificate and its chain (``x5c``), the certificate's digest (``x5t#S256``) and
the signing time (``sigT``, a critical parameter).

``typ`` is ``jose+json``, the type RFC 7515 gives a JWS in JSON serialisation, and ``cty``
is ``json``, RFC 7515's short form of ``application/json``: what the payload is.
"""

import base64
import binascii
import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from courses.credentials.keys import issuer_keys

CRITICAL = ("b64", "sigT")
SIGNING_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# Curve name: (JWS algorithm, hash, length in bytes of each of r and s).
EC_ALGORITHMS = {
    "secp256r1": ("ES256", hashes.SHA256(), 32),
    "secp384r1": ("ES384", hashes.SHA384(), 48),
    "secp521r1": ("ES512", hashes.SHA512(), 66),
}
ALGORITHMS = {"RS256", "EdDSA", *(name for name, _hash, _size in EC_ALGORITHMS.values())}
BASE64URL = re.compile(r"[A-Za-z0-9_-]*")
CHECK_NAMES = ("format", "signature", "issuer", "dates")


@dataclass
class SealCheck:
    """What a seal check found; ``credential`` is set only when the signature holds."""

    ok: bool = False
    credential: dict | None = None
    certificate: x509.Certificate | None = None
    # (check name, passed, plain-language detail), in the order of CHECK_NAMES.
    checks: list[tuple[str, bool, str]] = field(default_factory=list)


def seal(credential: dict, *, signed_at: datetime.datetime | None = None) -> dict:
    """Seal ``credential`` with the issuer's seal; return the JWS (flattened JSON)."""
    keys = issuer_keys()
    algorithm = _algorithm(keys.seal_key.public_key())
    if algorithm is None:
        raise ValueError(f"Cannot seal with a {type(keys.seal_key).__name__}.")
    signed_at = (signed_at or datetime.datetime.now(datetime.UTC)).astimezone(datetime.UTC)
    chain = [
        certificate.public_bytes(serialization.Encoding.DER)
        for certificate in keys.seal_certificates
    ]
    header = {
        "alg": algorithm,
        "typ": "jose+json",
        "cty": "json",
        "b64": False,
        "crit": list(CRITICAL),
        "sigT": signed_at.strftime(SIGNING_TIME_FORMAT),
        "x5c": [base64.b64encode(der).decode("ascii") for der in chain],
        "x5t#S256": _base64url(hashlib.sha256(chain[0]).digest()),
    }
    protected = _base64url(json.dumps(header, separators=(",", ":")).encode())
    payload = payload_text(credential)
    signature = _sign(keys.seal_key, algorithm, _signing_input(protected, payload))
    return {"payload": payload, "protected": protected, "signature": _base64url(signature)}


def payload_text(credential: dict) -> str:
    """The credential as the seal signs it: compact JSON, keys sorted, UTF-8 as is."""
    return json.dumps(credential, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def seal_check(jws) -> SealCheck:
    """Check a sealed credential (a dict, or its JSON text); never raises on bad input."""
    result = SealCheck()
    try:
        parsed = _parse(jws)
    except _Unreadable as problem:
        result.checks.append(("format", False, problem.detail))
        not_checked = _("Not checked: the seal could not be read.")
        result.checks += [(name, False, not_checked) for name in CHECK_NAMES[1:]]
        return result
    result.checks.append(("format", True, _("The seal is a readable JAdES signature.")))
    result.certificate = leaf = parsed.chain[0]

    signature_ok, detail = _verify(parsed, leaf)
    result.checks.append(("signature", signature_ok, detail))
    if signature_ok:
        result.credential = parsed.credential

    leaf_der = leaf.public_bytes(serialization.Encoding.DER)
    own_der = issuer_keys().seal_certificate.public_bytes(serialization.Encoding.DER)
    if leaf_der == own_der:
        result.checks.append(("issuer", True, _("The seal is the portal's own.")))
    else:
        detail = _("The seal was made with another certificate: %(subject)s.") % {
            "subject": _subject(leaf)
        }
        result.checks.append(("issuer", False, detail))

    start, end = leaf.not_valid_before_utc, leaf.not_valid_after_utc
    dates_ok = start <= parsed.signed_at <= end
    detail = (
        _("Sealed on %(time)s, while its certificate was valid (%(start)s to %(end)s).")
        if dates_ok
        else _("Sealed on %(time)s, while its certificate was not valid (%(start)s to %(end)s).")
    ) % {
        "time": date_format(_local(parsed.signed_at), "DATETIME_FORMAT"),
        "start": date_format(_local(start), "DATE_FORMAT"),
        "end": date_format(_local(end), "DATE_FORMAT"),
    }
    result.checks.append(("dates", dates_ok, detail))

    result.ok = all(passed for _name, passed, _detail in result.checks)
    return result


class _Unreadable(Exception):
    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


@dataclass
class _Parsed:
    protected: str
    header: dict
    payload: str
    credential: dict
    signature: bytes
    chain: list[x509.Certificate]
    signed_at: datetime.datetime


def _parse(jws) -> _Parsed:
    document = (
        _json(jws, _("The seal is not valid JSON.")) if isinstance(jws, str | bytes) else jws
    )
    if not isinstance(document, dict):
        raise _Unreadable(_("The seal is not a JSON object."))
    if "signatures" in document:  # general serialisation: accepted with one signature
        signatures = document["signatures"]
        if "protected" in document or not isinstance(signatures, list) or len(signatures) != 1:
            raise _Unreadable(_("The seal must hold exactly one signature."))
        entry = signatures[0]
        if not isinstance(entry, dict):
            raise _Unreadable(_("The seal's signature is not a JSON object."))
    else:
        entry = document
    protected, signature, payload = (
        entry.get("protected"),
        entry.get("signature"),
        document.get("payload"),
    )
    if not all(isinstance(value, str) for value in (protected, signature, payload)):
        raise _Unreadable(_("The seal lacks its payload, protected header or signature."))
    if not _is_utf8(payload):
        # A lone surrogate, which JSON can escape: the signed bytes cannot be rebuilt.
        raise _Unreadable(_("The sealed payload is not valid Unicode text."))
    header = _json(
        _from_base64url(protected, _("The protected header is not valid base64url.")),
        _("The protected header is not valid JSON."),
    )
    if not isinstance(header, dict):
        raise _Unreadable(_("The protected header is not a JSON object."))
    unprotected = entry.get("header", {})
    if not isinstance(unprotected, dict) or set(unprotected) & set(header):
        raise _Unreadable(_("The unprotected header is malformed or repeats protected values."))
    _check_header(header)
    credential = _json(payload, _("The sealed payload is not valid JSON."))
    if not isinstance(credential, dict):
        raise _Unreadable(_("The sealed payload is not a JSON object."))
    return _Parsed(
        protected=protected,
        header=header,
        payload=payload,
        credential=credential,
        signature=_from_base64url(signature, _("The signature is not valid base64url.")),
        chain=_chain(header),
        signed_at=_signing_time(header),
    )


def _check_header(header: dict) -> None:
    if header.get("b64") is not False:
        raise _Unreadable(_("The payload must be unencoded (b64 false)."))
    crit = header.get("crit")
    if (
        not isinstance(crit, list)
        or not all(isinstance(name, str) for name in crit)
        or len(set(crit)) != len(crit)
        or set(crit) != set(CRITICAL)
        or not all(name in header for name in crit)
    ):
        raise _Unreadable(_("The critical header parameters must be exactly b64 and sigT."))
    algorithm = header.get("alg")
    if not isinstance(algorithm, str) or algorithm not in ALGORITHMS:
        raise _Unreadable(_("The signature algorithm is not supported."))


def _chain(header: dict) -> list[x509.Certificate]:
    encoded = header.get("x5c")
    if not isinstance(encoded, list) or not encoded:
        raise _Unreadable(_("The seal lacks its certificate chain (x5c)."))
    chain, leaf_der = [], None
    for item in encoded:
        try:
            # Standard base64 with padding (RFC 7515), canonical so that it cannot vary.
            der = base64.b64decode(item, validate=True)
            if base64.b64encode(der).decode("ascii") != item:
                raise ValueError
            chain.append(x509.load_der_x509_certificate(der))
        except (TypeError, ValueError, binascii.Error):
            raise _Unreadable(_("A certificate of the chain (x5c) is malformed.")) from None
        leaf_der = leaf_der or der
    if header.get("x5t#S256") != _base64url(hashlib.sha256(leaf_der).digest()):
        raise _Unreadable(_("The certificate digest (x5t#S256) does not match the certificate."))
    return chain


def _signing_time(header: dict) -> datetime.datetime:
    try:
        moment = datetime.datetime.strptime(header["sigT"], SIGNING_TIME_FORMAT)
    except (TypeError, ValueError):
        raise _Unreadable(_("The signing time (sigT) is malformed.")) from None
    return moment.replace(tzinfo=datetime.UTC)


def _verify(parsed: _Parsed, certificate: x509.Certificate) -> tuple[bool, str]:
    try:
        key = certificate.public_key()
    except (UnsupportedAlgorithm, ValueError):
        key = None
    algorithm = parsed.header["alg"]
    if key is None or _algorithm(key) != algorithm:
        detail = _("The seal says %(alg)s, which its certificate's key cannot make.")
        return False, detail % {"alg": algorithm}
    data = _signing_input(parsed.protected, parsed.payload)
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(parsed.signature, data, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            _name, hash_algorithm, size = EC_ALGORITHMS[key.curve.name]
            if len(parsed.signature) != 2 * size:
                raise InvalidSignature
            r = int.from_bytes(parsed.signature[:size], "big")
            s = int.from_bytes(parsed.signature[size:], "big")
            key.verify(encode_dss_signature(r, s), data, ec.ECDSA(hash_algorithm))
        else:
            key.verify(parsed.signature, data)
    except InvalidSignature:
        return False, _("The signature does not match: the credential or its seal was altered.")
    return True, _("The signature matches the credential.")


def _subject(certificate: x509.Certificate) -> str:
    try:
        return certificate.subject.rfc4514_string()
    except ValueError:
        return "?"


def _algorithm(public_key) -> str | None:
    if isinstance(public_key, rsa.RSAPublicKey):
        return "RS256"
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        known = EC_ALGORITHMS.get(public_key.curve.name)
        return known[0] if known else None
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return "EdDSA"
    return None


def _sign(key, algorithm: str, data: bytes) -> bytes:
    if algorithm == "RS256":
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if algorithm == "EdDSA":
        return key.sign(data)
    # JWS wants ECDSA's r and s side by side at a fixed length, not DER.
    _name, hash_algorithm, size = EC_ALGORITHMS[key.curve.name]
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hash_algorithm)))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def _local(moment: datetime.datetime) -> datetime.datetime:
    """The moment in the portal's time zone, or in UTC at the very ends of the calendar
    (a certificate may run to 9999-12-31), which the zone's offset would push past."""
    try:
        return localtime(moment)
    except OverflowError:
        return moment


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _signing_input(protected: str, payload: str) -> bytes:
    # RFC 7797: with b64 false, the payload goes into the signing input as it is.
    return protected.encode("ascii") + b"." + payload.encode("utf-8")


def _base64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _from_base64url(text: str, problem: str) -> bytes:
    """Decode strictly: other alphabets, padding or spare bits would let altered text pass."""
    if BASE64URL.fullmatch(text) and len(text) % 4 != 1:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        if _base64url(data) == text:
            return data
    raise _Unreadable(problem)


def _json(text: str | bytes, problem: str):
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # ValueError covers bad UTF-8 too
        raise _Unreadable(problem) from None
