"""A case study as a PDF, drawn by WeasyPrint from the page's own HTML and print styles."""

import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.response import TemplateResponse

import weasyprint
from weasyprint.urls import URLFetcher, URLFetcherResponse, URLFetchingError

from practices.models import CaseStudyPage


class StaticFilesFetcher(URLFetcher):
    """Read /static/ files from disk and refuse every other address.

    Rendering then never makes a network request, not even to this server.
    """

    def fetch(self, url, headers=None):
        path = urlsplit(url).path
        name = path.removeprefix(settings.STATIC_URL)
        if path.startswith(settings.STATIC_URL) and ".." not in Path(name).parts:
            candidates = [finders.find(name)]
            if settings.STATIC_ROOT:
                candidates.append(str(Path(staticfiles_storage.location) / name))
            for candidate in candidates:
                if candidate and Path(candidate).is_file():
                    content_type = mimetypes.guess_type(candidate)[0] or "application/octet-stream"
                    return URLFetcherResponse(
                        url,
                        body=Path(candidate).read_bytes(),
                        headers={"Content-Type": content_type},
                    )
        raise URLFetchingError(f"not fetched while drawing a PDF: {url}")


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
    return document.write_pdf()
