import sys
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django.views.defaults import server_error as default_server_error

from wagtail.models import Locale, Page

import redis

from portal.display import (
    COOKIE,
    COOKIE_MAX_AGE,
    cookie_value,
    display_preferences,
    preferences_clean,
)
from portal.forms import DisplayForm, SearchForm
from portal.queries import QueryRejected, visitor_query

# Errors that mean a service is out of reach (down, restarting, connection dropped)
# rather than a fault in the code: the database, or Redis for the cache and sessions.
SERVICE_UNAVAILABLE = (
    OperationalError,
    InterfaceError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
)
# How long a client is asked to wait while the database is unavailable: a restart takes
# a few seconds.
RETRY_AFTER_SECONDS = 10
SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


def search_query_clean(raw: str) -> str:
    """Trim a search query to a sane length and drop characters no database accepts."""
    return raw.replace("\x00", "").strip()[:SEARCH_QUERY_MAX_LENGTH]


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search over the live public pages of the current language."""
    query = search_query_clean(request.GET.get("q", ""))
    # Validated up front so a rejected search can be added as its error; its ids
    # ("search-q") stay apart from those of the header's search box ("site-search-q").
    form = SearchForm({"q": query}, auto_id="search-%s")
    form.is_valid()
    results = None
    status = 200
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(query), SEARCH_RESULTS_PER_PAGE)
        try:
            with visitor_query():
                try:
                    results = paginator.page(request.GET.get("page", 1))
                except PageNotAnInteger:
                    results = paginator.page(1)
                except EmptyPage:
                    results = paginator.page(paginator.num_pages)
                results.object_list = list(results.object_list)
        except QueryRejected:
            results, status = None, 400
            form.add_error(
                "q",
                _(
                    "This search could not be understood. Try plain words, without "
                    "quotation marks or special characters."
                ),
            )
    context = {"form": form, "query": query, "results": results}
    return render(request, "portal/search.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def display_settings(request: HttpRequest) -> HttpResponse:
    """Choose text size, spacing and contrast; kept in a cookie and on the account."""
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = ""
    form = DisplayForm(request.POST or None, initial=display_preferences(request))
    if request.method == "POST":
        if not form.is_valid():
            return render(
                request, "portal/display_settings.html", {"form": form, "next": back}, status=400
            )
        preferences = preferences_clean(form.cleaned_data)
        if request.user.is_authenticated:
            request.user.display_preferences = preferences
            request.user.save(update_fields=["display_preferences"])
        messages.success(request, _("Your display settings are saved."))
        response = redirect(back or reverse("display_settings"))
        response.set_cookie(
            COOKIE,
            cookie_value(preferences),
            max_age=COOKIE_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
        return response
    return render(request, "portal/display_settings.html", {"form": form, "next": back})


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Report whether the database answers, for load balancers and uptime checks."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Let crawlers index public pages, not the admin or account screens."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/accounts/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def security_txt(request: HttpRequest) -> HttpResponse:
    """Where to report a vulnerability (RFC 9116), when the operator has named a contact."""
    if not settings.SECURITY_CONTACT:
        raise Http404("No security contact is configured.")
    # Read again at least twice a year: the file says it stops being valid after that.
    expires = timezone.now().replace(microsecond=0) + timedelta(days=180)
    lines = [
        # A bare e-mail address is read as one: the format wants a URI.
        *(
            f"Contact: {contact if ':' in contact else f'mailto:{contact}'}"
            for contact in settings.SECURITY_CONTACT
        ),
        f"Expires: {expires.isoformat()}",
        f"Preferred-Languages: {', '.join(code for code, _name in settings.LANGUAGES)}",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
    ]
    if settings.SECURITY_POLICY_URL:
        lines.append(f"Policy: {settings.SECURITY_POLICY_URL}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _service_unavailable(error: BaseException | None) -> bool:
    """Whether ``error``, or one it was raised from, says the database or Redis is away."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, SERVICE_UNAVAILABLE):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def server_error(request: HttpRequest) -> HttpResponse:
    """Every uncaught error, from a view or a middleware: 503 when the database or the
    cache is out of reach, so that clients and proxies retry, otherwise Django's 500 page.

    Both pages are drawn from their template alone, without the request's context: no
    context processor, site lookup or session may touch the database that just failed.
    """
    if not _service_unavailable(sys.exc_info()[1]):
        return default_server_error(request)
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
