"""Test runs: fast hashing, in-memory e-mail and cache, no collectstatic needed."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
MEDIA_ROOT = BASE_DIR / ".test-media"
# Each test run unpacks H5P packages in a folder of its own, removed when the run ends:
# runs side by side never see each other's files.
H5P_TEST_ROOT = tempfile.mkdtemp(prefix="passerelles-test-h5p-")
atexit.register(shutil.rmtree, H5P_TEST_ROOT, ignore_errors=True)
STORAGES["h5p"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": H5P_TEST_ROOT},
}
# The issuer's keys for a test run, created once by the test session.
CREDENTIALS_KEY_DIR = Path(tempfile.mkdtemp(prefix="passerelles-test-keys-"))
atexit.register(shutil.rmtree, CREDENTIALS_KEY_DIR, ignore_errors=True)
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_RATE_LIMITS = False
# Staff reach the admin without an authenticator app, as in the demo; the tests of that
# rule turn it on (tests/security/test_staff_mfa.py).
STAFF_MFA_REQUIRED = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the source folders (no collectstatic in tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Background tasks run at once, inside the test, unless a test picks another backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Generated PDFs stay in memory: nothing is left behind, and the code is proven to work
# on a storage that is not a disk.
STORAGES["generated"] = {"BACKEND": "django.core.files.storage.InMemoryStorage"}
