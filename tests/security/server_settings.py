"""Production settings for the server the header tests start. Its learner's password is
hashed as the test settings hash every password (MD5, for speed), so it reads that too."""

from tests.resilience.server_settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
