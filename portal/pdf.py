"""Drawing PDFs with WeasyPrint without ever reaching the network."""

import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage

from weasyprint.urls import URLFetcher, URLFetcherResponse, URLFetchingError


class StaticFilesFetcher(URLFetcher):
    """Read /static/ files from disk, accept inline data, and refuse every other address.

    Rendering then never makes a network request, not even to this server.
    """

    def fetch(self, url, headers=None):
        if url.startswith("data:"):  # drawn inline (a QR code): nothing to fetch
            return super().fetch(url, headers)
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
