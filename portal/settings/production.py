"""Production: everything sensitive comes from the environment; HTTPS enforced."""

from pathlib import Path

import environ

# A local .env file (see .env.example) fills in variables the shell does not set; it is
# read before the base settings so that they see it. Tests never read it.
environ.Env.read_env(Path(__file__).resolve().parent.parent.parent / ".env")

from .base import *  # noqa: E402, F403

DEBUG = False
# No default: a missing key must stop the server, not silently weaken sessions.
SECRET_KEY = env("SECRET_KEY")
# Rotating the key: put the old one here for a while, so sessions and password-reset links
# signed with it stay valid until they expire.
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])

# The public address: full URLs in e-mails, the sitemap and the API are built from it.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# SECURE_SSL_REDIRECT=0 means TLS ends at a proxy in front of us that redirects plain
# HTTP itself (which is what check W008 asks for).
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
if not SECURE_SSL_REDIRECT:
    SILENCED_SYSTEM_CHECKS = ["security.W008"]
# Trust X-Forwarded-Proto only behind a proxy that sets it (and strips it from clients).
if env.bool("TRUST_X_FORWARDED_PROTO", default=not SECURE_SSL_REDIRECT):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)

ACCOUNT_EMAIL_VERIFICATION = "mandatory"

DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
