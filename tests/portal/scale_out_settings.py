"""Production settings for the servers the scale-out test starts, with static files read
from the source folders so that no collectstatic is needed."""

from portal.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
# The test database's passwords were hashed with the test settings' fast hasher.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.MD5PasswordHasher",
]
# The editor publishing here signs in with a password only: this test is about caches,
# and staff two-factor authentication has tests of its own.
STAFF_MFA_REQUIRED = False
