"""The printable certificate: A4 landscape, tagged for screen readers (PDF/UA-1)."""

from django.template.loader import render_to_string
from django.utils import translation

import segno
import weasyprint

from courses.models import Certificate
from portal.pdf import StaticFilesFetcher


def qr_code_svg(url: str) -> str:
    """The QR code as an SVG data URI; it is drawn, so it stays sharp at any size."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0)


def certificate_pdf(certificate: Certificate, *, language: str | None = None) -> bytes:
    language = language if language in certificate.texts else certificate.language
    with translation.override(language):
        html = render_to_string(
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
    document = weasyprint.HTML(string=html, url_fetcher=StaticFilesFetcher(), base_url="/")
    return document.write_pdf(pdf_variant="pdf/ua-1")
