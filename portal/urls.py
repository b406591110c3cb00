from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from courses.credentials import urls as credential_urls
from portal import accounts, views
from portal.api import api_router
from portal.sitemaps import LocalizedSitemap

urlpatterns = [
    # The admin's own log-in form would skip the site's rate limits and two-factor step.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="admin_login_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("healthz", views.healthz, name="healthz"),
    path("h5p/", include("courses.h5p.urls")),
    path("xapi/", include("courses.xapi.urls")),
    path("", include(credential_urls.documents)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Before allauth's: the privacy page, "My data" and deleting one's account.
    path("", include("portal.privacy.urls")),
    # allauth's, with the status 429 while failed attempts lock it.
    path("accounts/login/", accounts.LoginView.as_view(), name="account_login"),
    path("accounts/", include("allauth.urls")),
    path("search/", views.search, name="search"),
    path("display/", views.display_settings, name="display_settings"),
    path("", include("portal.impact.urls")),
    path("", include(credential_urls.pages)),
    path("", include("practices.urls")),
    path("", include("courses.urls")),
    # Wagtail's own log-in form for private pages would skip the site's limits and
    # two-factor step: its address leads to the site's log-in page.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailcore_login",
    ),
    # Wagtail serves every other path from the page tree; it must come last.
    path("", include(wagtail_urls)),
)

# A database outage answers 503 with Retry-After; any other uncaught error, 500.
handler500 = "portal.views.server_error"
