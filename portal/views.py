from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


def search_query_clean(raw: str) -> str:
    """Trim a search query to a sane length and drop characters no database accepts."""
    return raw.replace("\x00", "").strip()[:SEARCH_QUERY_MAX_LENGTH]


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search over the live public pages of the current language."""
    query = search_query_clean(request.GET.get("q", ""))
    results = None
    status = 200
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(query), SEARCH_RESULTS_PER_PAGE)
        try:
            # A savepoint, so that a query the search engine rejects does not spoil the
            # rest of the request's transaction.
            with transaction.atomic():
                try:
                    results = paginator.page(request.GET.get("page", 1))
                except PageNotAnInteger:
                    results = paginator.page(1)
                except EmptyPage:
                    results = paginator.page(paginator.num_pages)
                results.object_list = list(results.object_list)
        except DatabaseError:
            results, status = None, 400
    context = {"query": query, "results": results, "query_rejected": status == 400}
    return render(request, "portal/search.html", context, status=status)


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
