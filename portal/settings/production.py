"""Production: everything sensitive comes from the environment; HTTPS enforced."""

from .base import *  # noqa: F403

DEBUG = False
# No default: a missing key must stop the server, not silently weaken sessions.
SECRET_KEY = env("SECRET_KEY")

# SECURE_SSL_REDIRECT=0 means TLS ends at a proxy in front of us, which tells us the
# original scheme in X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
if not SECURE_SSL_REDIRECT:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The proxy redirects plain HTTP to HTTPS, which is what this check asks for.
    SILENCED_SYSTEM_CHECKS = ["security.W008"]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)

ACCOUNT_EMAIL_VERIFICATION = "mandatory"

DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
