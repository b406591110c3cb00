from django.db import connection
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# URLs outside i18n_patterns: their 404s must stay 404s (JSON for the API), not become
# redirects to a language-prefixed HTML page.
UNPREFIXED_PATHS = (
    "/admin/",
    "/api/",
    "/documents/",
    "/static/",
    "/media/",
    "/healthz",
    "/h5p/",
    "/xapi/",
    "/.well-known/",
    "/credentials/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, minus its 404 redirect on URLs that carry no language."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)


class SQLQueryCountMiddleware:
    """Count the SQL queries of each request into an ``X-SQL-Queries`` response header.

    For the benchmark (``make bench``), which reads it on a real server; enabled only when
    ``SQL_QUERY_COUNT_HEADER`` is set. First in MIDDLEWARE, so that the queries of the
    other middleware (session, user) count too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counted(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counted):
            response = self.get_response(request)
        response["X-SQL-Queries"] = str(count)
        return response
