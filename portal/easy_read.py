"""Easy-to-read versions of pages, for readers who find reading hard.

A page that has one offers a link to it just under its title. The server then renders the
easy-to-read text *instead of* the standard text, with a link back, rather than revealing
both on one page (a <details> box): readers with low literacy then meet one short text,
not a long one with a short one inside it, and the version works without JavaScript, has
its own address to share, and prints as it is shown. The reader's choice is kept in a
cookie, so the next lesson or case study opens in the same version.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

PARAMETER = "version"
EASY_READ = "easy-read"
STANDARD = "standard"
COOKIE = "easy_read"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


def easy_read_chosen(request: HttpRequest) -> bool:
    """Whether the reader asked for easy-to-read versions: in the address, or earlier."""
    if getattr(request, "is_preview", False):
        return getattr(request, "preview_mode", None) == EASY_READ
    asked = request.GET.get(PARAMETER)
    if asked in {EASY_READ, STANDARD}:
        return asked == EASY_READ
    return request.COOKIES.get(COOKIE) == "1"


def easy_read_remember(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Keep the version the reader just chose for the pages they open next."""
    patch_vary_headers(response, ["Cookie"])
    asked = request.GET.get(PARAMETER)
    if asked == EASY_READ:
        response.set_cookie(
            COOKIE,
            "1",
            max_age=COOKIE_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    elif asked == STANDARD and COOKIE in request.COOKIES:
        response.delete_cookie(COOKIE, samesite="Lax")
    return response


class EasyReadMixin:
    """A page with an optional easy-to-read version of its text.

    Subclasses name the field that holds it and say how it is shown as HTML.
    """

    easy_read_field: str

    # Editors preview either version from the admin.
    preview_modes = [("", _("Standard version")), (EASY_READ, _("Easy-to-read version"))]

    @property
    def has_easy_read(self) -> bool:
        return bool(strip_tags(getattr(self, self.easy_read_field) or "").strip())

    @property
    def easy_read_html(self) -> SafeString:
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["easy_read"] = self.has_easy_read and easy_read_chosen(request)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):
            easy_read_remember(request, response)
        return response
