"""A case study as a PDF, drawn by WeasyPrint from the page's own HTML and print styles."""

from django.template.response import TemplateResponse

import weasyprint

from portal.generated import generated_get_or_make, generated_name
from portal.pdf import StaticFilesFetcher
from practices.models import CaseStudyPage


def case_study_pdf_folder(page_id: int) -> str:
    return f"case-studies/{page_id}"


def case_study_pdf_bytes(*, page: CaseStudyPage, request) -> bytes:
    """The page as the reader sees it, laid out with the print stylesheet.

    Drawn once per version of the page's HTML (the reader's display and easy-to-read
    choices give versions of their own) and kept; republishing the page changes the HTML,
    so an old PDF is never served.
    """
    response = page.serve(request)
    if isinstance(response, TemplateResponse):
        response.render()
    html = response.content.decode()
    base_url = request.build_absolute_uri("/")

    def draw() -> bytes:
        document = weasyprint.HTML(
            string=html,
            base_url=base_url,
            url_fetcher=StaticFilesFetcher(),
            media_type="print",
        )
        # Tagged (PDF/UA-1), so screen readers follow its headings, lists and tables.
        return document.write_pdf(pdf_variant="pdf/ua-1")

    name = generated_name(folder=case_study_pdf_folder(page.pk), source=f"{base_url}\n{html}")
    return generated_get_or_make(name=name, make=draw)
