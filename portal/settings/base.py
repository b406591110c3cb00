"""Settings shared by every environment: secure by default, deploy values from the environment."""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from wagtail.embeds.oembed_providers import dailymotion, vimeo, youtube

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"

env = environ.Env()

# SECRET_KEY is set by each environment module; production reads it from the environment.
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "courses",
    "practices",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # Django's own widget templates, for the site's form renderer (FORM_RENDERER below).
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside WhiteNoise and the page cache: static files and cached pages get the
    # Content-Security-Policy too, with a fresh nonce.
    "portal.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a cached anonymous page is answered without it or the database.
    "portal.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # After authentication and messages: sends staff to set up 2FA before the admin.
    "portal.accounts.StaffAccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
# The benchmark (`make bench`) reads each response's SQL query count from a header.
if env.bool("SQL_QUERY_COUNT_HEADER", default=False):
    MIDDLEWARE.insert(0, "portal.middleware.SQLQueryCountMiddleware")

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.display.context",
                "portal.security.csp",
            ],
        },
    },
]

# Site forms render through the project's templates/forms/: error summary, required marker.
FORM_RENDERER = "portal.forms.FormRenderer"

# SQLite is the zero-configuration default; DATABASE_URL points elsewhere (PostgreSQL).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Transactions take SQLite's write lock when they begin, and wait for it: two requests
    # writing at once (an H5P player saving its state while it records an answer) then
    # queue instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Give up connecting after a few seconds: while the database restarts, requests then
    # answer 503 at once instead of hanging until the worker is killed.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env.int("DB_CONNECT_TIMEOUT", default=3)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    # One cache per process: fine for one server; several servers need REDIS_URL.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions: with Redis, read from the cache and written through to the database
# ("cached_db"), so every server sees them and a Redis restart or flush signs nobody out.
# Without Redis they stay in the database, which every server shares too.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)
# How long anonymous visitors' pages stay cached (portal/cache.py); 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# How long parts shared by every reader (menu, footer, a case study's story) stay cached; 0
# turns them off. Publishing retires them at once either way.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=3600)

AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Length over complexity rules (NIST SP 800-63B, ANSSI): twelve characters at least, so a
# few words make a good password; common, all-digit and look-alike ones are refused.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"

# Accounts: people sign up and log in with their e-mail address.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
# Pages never tell whether an address has an account: a sign-up with a known address
# answers like any other and e-mails the owner instead (with verification mandatory);
# log-in and password reset answer the same for known and unknown addresses.
ACCOUNT_PREVENT_ENUMERATION = True
# Against password guessing and e-mail flooding; counted in the cache (per IP address, per
# account or e-mail address: "key"). A training room signs up behind one address, so
# sign-ups per IP stay generous. Behind a proxy, set TRUSTED_PROXY_COUNT so that the
# limits see each visitor's address rather than the proxy's.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip,100/h/ip",
    "reset_password": "20/m/ip,5/h/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "reauthenticate": "10/m/user",
}
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Changing or resetting a password ends every other session (Django checks a hash of the
# password on each request) and keeps the one that changed it signed in.
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "portal.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Passerelles] "
# Two-factor authentication, open to every account: an authenticator app (TOTP) with
# recovery codes for when the phone is lost.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Passerelles"
# Staff (who can reach the admin, and through it learners' data) must use it there
# (portal/accounts.py); off only for the demo and tests.
STAFF_MFA_REQUIRED = env.bool("STAFF_MFA_REQUIRED", default=True)
# A staff session left open on a shared computer ends after this long without a request;
# learners' sessions last SESSION_COOKIE_AGE (two weeks).
STAFF_SESSION_IDLE_SECONDS = env.int("STAFF_SESSION_IDLE_SECONDS", default=30 * 60)
# Account pages list a person's sessions (browser, IP address, start) and sign out the
# others. Sessions are recorded at log-in only: tracking "last seen" (its middleware) would
# cost five queries on every signed-in page.
USERSESSIONS_TRACK_ACTIVITY = False

DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Passerelles <no-reply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", default=False)

# Languages: French is the default; a new locale is one more entry here plus its catalogue.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The H5P player, installed from the npm registry by `make install`.
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # H5P packages live apart from media: the portal serves them itself, with their own
    # Content-Security-Policy, so a proxy serving /media/ can never expose them.
    "h5p": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env.path("H5P_ROOT", default=BASE_DIR / "var" / "h5p")},
    },
    # Files the portal makes once and serves many times (certificate and case-study
    # PDFs), private like H5P: certificates carry people's names.
    "generated": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": env.path("GENERATED_ROOT", default=BASE_DIR / "var" / "generated")
        },
    },
}

# Object storage (S3-compatible, django-storages): set AWS_STORAGE_BUCKET_NAME and media,
# H5P packages and generated PDFs go to the bucket, each under a prefix of its own, so
# that no file lives on an application server.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    _s3 = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
        "region_name": env("AWS_S3_REGION_NAME", default=None),
        "access_key": env("AWS_ACCESS_KEY_ID", default=None),
        "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
        # Names never replaced silently, as on a disk: H5P unpacking relies on it.
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": env("AWS_MEDIA_LOCATION", default="media"),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
        },
    }
    # Only ever read by the portal's own views: never a public address.
    for _alias, _location in (("h5p", "h5p"), ("generated", "generated")):
        STORAGES[_alias] = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **_s3,
                "location": env(f"AWS_{_alias.upper()}_LOCATION", default=_location),
                "default_acl": "private",
                "querystring_auth": True,
            },
        }

# H5P upload limits, checked on the archive's directory before anything is extracted.
H5P_MAX_UPLOAD_SIZE = env.int("H5P_MAX_UPLOAD_SIZE", default=100 * 1024 * 1024)
H5P_MAX_FILE_SIZE = env.int("H5P_MAX_FILE_SIZE", default=50 * 1024 * 1024)
H5P_MAX_TOTAL_SIZE = env.int("H5P_MAX_TOTAL_SIZE", default=200 * 1024 * 1024)
H5P_MAX_FILES = env.int("H5P_MAX_FILES", default=5000)
H5P_MAX_COMPRESSION_RATIO = env.int("H5P_MAX_COMPRESSION_RATIO", default=100)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Certificates. The issuer's keys are PEM files in CREDENTIALS_KEY_DIR (created for
# development by `manage.py issuer_keys`), or PEM text in the environment variables
# below, which win: a production e-seal is a configuration change, never a code change.
CREDENTIALS_KEY_DIR = env.path("CREDENTIALS_KEY_DIR", default=BASE_DIR / "var" / "keys")
CREDENTIALS_SIGNING_KEY = env("CREDENTIALS_SIGNING_KEY", default="")
CREDENTIALS_SEAL_KEY = env("CREDENTIALS_SEAL_KEY", default="")
CREDENTIALS_SEAL_CERTIFICATES = env("CREDENTIALS_SEAL_CERTIFICATES", default="")
CREDENTIALS_ISSUER = {
    "name": env("CREDENTIALS_ISSUER_NAME", default="Passerelles"),
    # The legal identifier a qualified e-seal certificate carries (ETSI EN 319 412-1
    # form, such as VATFR-12345678901 or NTRFR-123456789).
    "legal_identifier": env("CREDENTIALS_ISSUER_LEGAL_ID", default="NTRFR-000000000"),
    "country": env("CREDENTIALS_ISSUER_COUNTRY", default="FR"),
    "email": env("CREDENTIALS_ISSUER_EMAIL", default="certificates@passerelles.example"),
}
# Where people write about their personal data; the privacy page gives it. The issuer
# (the organisation running the portal) answers by default.
PRIVACY_CONTACT_EMAIL = env("PRIVACY_CONTACT_EMAIL", default=CREDENTIALS_ISSUER["email"])

WAGTAIL_SITE_NAME = "Passerelles"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
# Private pages send their readers to the site's log-in page too.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Passwords are reset on the site's account pages, with their rate limits; the admin's own
# reset form would bypass them.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Search: an Elasticsearch (or OpenSearch, with SEARCH_BACKEND) server when SEARCH_URL is
# set; otherwise the database, with PostgreSQL's full-text search on PostgreSQL. Either way
# a page's index entry is updated by a background task (Wagtail enqueues it on save).
SEARCH_URL = env("SEARCH_URL", default="") or env("ELASTICSEARCH_URL", default="")
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": env("SEARCH_BACKEND", default="wagtail.search.backends.elasticsearch8"),
            "URLS": [url.strip() for url in SEARCH_URL.split(",")],
            "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX", default="passerelles_"),
            "TIMEOUT": env.int("SEARCH_TIMEOUT", default=5),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100

# Background tasks (django-tasks): slow work (e-mails, PDFs, at-risk checks, search
# indexing) waits in the database until `manage.py db_worker` runs it. TASKS_BACKEND set
# to django_tasks.backends.immediate.ImmediateBackend runs it at once, in the request.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")}}

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Wagtail relaxes this to SAMEORIGIN on its own preview views.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Django's default, said here: a page opened from another site cannot reach this one's
# window, and the other way round.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The Content-Security-Policy and Permissions-Policy come from portal/security.py. Video
# blocks embed players from these services only, and pages may frame exactly their
# players' origins: a new service is one more provider (wagtail.embeds.oembed_providers)
# and the origin its player is served from.
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo, dailymotion]}
]
VIDEO_PLAYER_ORIGINS = [
    "https://www.youtube.com",
    "https://player.vimeo.com",
    "https://www.dailymotion.com",
    "https://geo.dailymotion.com",
]
# The admin asks nothing of other sites: no avatars from Gravatar (which would learn who
# edits), no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Rich text reaches the database through the features each field allows, whatever is sent.
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "portal.rich_text.DraftailRichTextArea"}}

# Who receives vulnerability reports, published at /.well-known/security.txt: one or more
# "mailto:" or "https:" addresses. Unset, that address answers 404.
SECURITY_CONTACT = env.list("SECURITY_CONTACT", default=[])
SECURITY_POLICY_URL = env("SECURITY_POLICY_URL", default="")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# Impact reports (portal/impact): how long a year's protected figures are reused, and
# after how many days an open at-risk episode counts as a drop-out.
IMPACT_CACHE_SECONDS = env.int("IMPACT_CACHE_SECONDS", default=300)
IMPACT_DROP_OUT_DAYS = env.int("IMPACT_DROP_OUT_DAYS", default=60)
