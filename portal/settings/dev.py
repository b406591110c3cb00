"""Local development: DEBUG on, e-mails printed to the console; e-mail verification and
staff two-factor authentication optional."""

from pathlib import Path

import environ

# A local .env file (see .env.example) fills in variables the shell does not set; it is
# read before the base settings so that they see it. Tests never read it.
environ.Env.read_env(Path(__file__).resolve().parent.parent.parent / ".env")

from .base import *  # noqa: E402, F403

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-deploy")  # noqa: S105
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Full URLs (sitemap, API) point at the port `make run` serves on.
WAGTAILADMIN_BASE_URL = env(
    "WAGTAILADMIN_BASE_URL", default=f"http://127.0.0.1:{env('PORT', default='8000')}"
)
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="optional")
# The demo's staff accounts reach the admin without an authenticator app; production
# requires one (STAFF_MFA_REQUIRED in base.py).
STAFF_MFA_REQUIRED = env.bool("STAFF_MFA_REQUIRED", default=False)

# Plain storage so runserver needs no collectstatic.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

# Background tasks run at once, in the request, so `make run` needs no worker. Set
# TASKS_BACKEND=django_tasks_db.DatabaseBackend and run `make worker` to try the queue.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")
    }
}
