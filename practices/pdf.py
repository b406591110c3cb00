"""A case study as a PDF, drawn by WeasyPrint from the page's own HTML and print styles."""

from django.template.response import TemplateResponse

import weasyprint

from portal.pdf import StaticFilesFetcher
from practices.models import CaseStudyPage


def case_study_pdf_bytes(*, page: CaseStudyPage, request) -> bytes:
    """The page as the reader sees it, laid out with the print stylesheet."""
    response = page.serve(request)
    if isinstance(response, TemplateResponse):
        response.render()
    document = weasyprint.HTML(
        string=response.content.decode(),
        base_url=request.build_absolute_uri("/"),
        url_fetcher=StaticFilesFetcher(),
        media_type="print",
    )
    # Tagged (PDF/UA-1), so screen readers follow its headings, lists and tables.
    return document.write_pdf(pdf_variant="pdf/ua-1")
