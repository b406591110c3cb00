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
