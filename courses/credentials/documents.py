"""A certificate as a file to download, in one of its three forms."""

import json
from dataclasses import dataclass

from django.utils.text import slugify

from courses.credentials import edc, jades, openbadges
from courses.credentials.pdf import certificate_pdf
from courses.models import Certificate

FORMATS = ("pdf", "obv3", "edc")


@dataclass(frozen=True)
class CertificateFile:
    content: bytes
    content_type: str
    filename: str


def _json(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


def certificate_file(
    certificate: Certificate, form: str, *, language: str | None = None
) -> CertificateFile:
    """The PDF (in ``language``), the signed Open Badge or the sealed EDC."""
    title = slugify(certificate.text(language).title)[:60] or "certificate"
    name = f"{title}-{str(certificate.pk)[:8]}"
    if form == "pdf":
        return CertificateFile(
            certificate_pdf(certificate, language=language), "application/pdf", f"{name}.pdf"
        )
    facts = certificate.facts()
    if form == "obv3":
        credential = openbadges.credential_sign(openbadges.credential_build(facts))
        return CertificateFile(_json(credential), "application/json", f"{name}-openbadge.json")
    if form == "edc":
        sealed = jades.seal(edc.credential_build(facts))
        return CertificateFile(_json(sealed), "application/json", f"{name}-europass.json")
    raise ValueError(f"Unknown certificate form {form!r}: choose one of {', '.join(FORMATS)}.")
