"""Production settings for the servers the resilience tests start, with static files read
from the source folders so that no collectstatic is needed."""

from portal.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
