"""The printable certificate: A4 landscape, tagged for screen readers (PDF/UA-1)."""

from django.template.loader import render_to_string
from django.utils import translation

import segno
import weasyprint

from courses.models import Certificate
from portal.generated import generated_folder_clear, generated_get_or_make, generated_name
from portal.pdf import StaticFilesFetcher


def qr_code_svg(url: str) -> str:
    """The QR code as an SVG data URI; it is drawn, so it stays sharp at any size."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0)


def certificate_pdf_html(certificate: Certificate, *, language: str | None = None) -> str:
    language = language if language in certificate.texts else certificate.language
    with translation.override(language):
        return render_to_string(
            "courses/certificates/certificate_pdf.html",
            {
                "certificate": certificate,
                "text": certificate.text(language),
                "language": language,
                "qr_code": qr_code_svg(certificate.verify_url),
                "certificate_issuer": certificate.issuer_name,
                "course_language": translation.get_language_info(certificate.language)[
                    "name_translated"
                ],
            },
        )


def certificate_pdf_draw(html: str) -> bytes:
    document = weasyprint.HTML(string=html, url_fetcher=StaticFilesFetcher(), base_url="/")
    return document.write_pdf(pdf_variant="pdf/ua-1")


def certificate_pdf(certificate: Certificate, *, language: str | None = None) -> bytes:
    """The PDF, drawn once per version of its text and kept (see portal.generated).

    Drawing takes most of a second; the HTML it is drawn from takes milliseconds, so the
    HTML names the stored file and a changed name, language or revocation is never stale.
    """
    language = language if language in certificate.texts else certificate.language
    html = certificate_pdf_html(certificate, language=language)
    name = generated_name(folder=_pdf_folder(certificate, language), source=html)
    return generated_get_or_make(name=name, make=lambda: certificate_pdf_draw(html), tidy=True)


def certificate_pdfs_delete(certificate: Certificate) -> int:
    """Remove the certificate's stored PDFs in every language; return how many."""
    return sum(
        generated_folder_clear(folder=_pdf_folder(certificate, language))
        for language in certificate.texts
    )


def _pdf_folder(certificate: Certificate, language: str) -> str:
    return f"certificates/{certificate.pk}/{language}"
