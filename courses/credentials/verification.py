"""Checking a credential someone shows: an Open Badge (JSON) or a sealed EDC (JWS JSON).

The format modules check form, signature, issuer and dates; revocation is looked up here,
in the database, so that a revocation shows in the very next check.
"""

import json
import uuid
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.credentials import jades, openbadges
from courses.models import Certificate

CHECK_LABELS = {
    "format": gettext_lazy("Format"),
    "signature": gettext_lazy("Signature"),
    "issuer": gettext_lazy("Issuer"),
    "dates": gettext_lazy("Dates"),
    "status": gettext_lazy("Revocation list entry"),
    "revocation": gettext_lazy("Revocation"),
}


@dataclass(frozen=True)
class VerificationCheck:
    name: str
    ok: bool
    detail: str

    @property
    def label(self) -> str:
        return CHECK_LABELS.get(self.name, self.name)


@dataclass
class Verification:
    # "obv3", "edc", or "" when the text is neither.
    kind: str
    checks: list[VerificationCheck] = field(default_factory=list)
    certificate: Certificate | None = None

    @property
    def verdict(self) -> str:
        """valid, revoked (authentic but revoked) or invalid."""
        failed = {check.name for check in self.checks if not check.ok}
        if not failed:
            return "valid"
        if failed == {"revocation"} and self.certificate and self.certificate.is_revoked:
            return "revoked"
        return "invalid"


def _certificate_of(identifier: str | None) -> Certificate | None:
    try:
        return Certificate.objects.filter(pk=uuid.UUID(str(identifier))).first()
    except ValueError:
        return None


def _revocation_check(certificate: Certificate | None, authentic: bool) -> VerificationCheck:
    if not authentic:
        return VerificationCheck(
            "revocation", False, _("Not checked: the credential is not authentic.")
        )
    if certificate is None:
        return VerificationCheck(
            "revocation",
            False,
            _("This portal has no record of this certificate: it cannot confirm it is valid."),
        )
    if certificate.is_withdrawn:
        detail = _("Withdrawn on %(date)s by its holder, who deleted their account.") % {
            "date": date_format(certificate.revoked_at, "DATE_FORMAT")
        }
        return VerificationCheck("revocation", False, detail)
    if certificate.is_revoked:
        detail = _("Revoked on %(date)s. Reason: %(reason)s") % {
            "date": date_format(certificate.revoked_at, "DATE_FORMAT"),
            "reason": certificate.revocation_reason,
        }
        return VerificationCheck("revocation", False, detail)
    return VerificationCheck("revocation", True, _("The certificate has not been revoked."))


def _open_badge_verify(document: dict) -> Verification:
    result = openbadges.credential_check(document)
    checks = [VerificationCheck(c.name, c.ok, c.detail) for c in result.checks]
    certificate = _certificate_of(result.identifier) if result.ok else None
    if certificate and certificate.status_index != result.status_index:
        certificate = None  # signed by us, but not the entry this certificate holds
    checks.append(_revocation_check(certificate, authentic=result.ok))
    return Verification("obv3", checks, certificate)


def _sealed_credential_verify(document: dict) -> Verification:
    result = jades.seal_check(document)
    checks = [VerificationCheck(name, ok, detail) for name, ok, detail in result.checks]
    identifier = (result.credential or {}).get("id", "")
    certificate = None
    if result.ok and isinstance(identifier, str):
        certificate = _certificate_of(identifier.removeprefix("urn:credential:"))
    checks.append(_revocation_check(certificate, authentic=result.ok))
    return Verification("edc", checks, certificate)


def credential_verify(text: str) -> Verification:
    """Check a credential given as JSON text. Never raises on what it is given."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        document = None
    if isinstance(document, dict) and "proof" in document:
        return _open_badge_verify(document)
    if isinstance(document, dict) and ("signatures" in document or "signature" in document):
        return _sealed_credential_verify(document)
    detail = _(
        "This is not a credential this page can check: give the Open Badge (.json) or the "
        "Europass credential (.json) downloaded from this portal."
    )
    return Verification("", [VerificationCheck("format", False, detail)])
