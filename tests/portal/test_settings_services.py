"""Settings for several servers: sessions, object storage, search and background tasks
follow the environment. The base settings are read afresh with a made-up environment;
nothing reaches the network."""

import runpy
import warnings

from django.utils.module_loading import import_string

import pytest

S3 = "storages.backends.s3.S3Storage"


@pytest.fixture
def base_settings(monkeypatch):
    """Read portal/settings/base.py under the given environment variables."""

    def read(**variables) -> dict:
        for name in (
            "REDIS_URL",
            "AWS_STORAGE_BUCKET_NAME",
            "SEARCH_URL",
            "ELASTICSEARCH_URL",
            "TASKS_BACKEND",
        ):
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        with warnings.catch_warnings():
            # runpy notes the module is already imported: this reading is a separate copy.
            warnings.simplefilter("ignore", RuntimeWarning)
            return runpy.run_module("portal.settings.base")

    return read


def storage(config: dict):
    return import_string(config["BACKEND"])(**config.get("OPTIONS", {}))


def test_without_services_everything_stays_in_the_database_and_on_disk(base_settings):
    settings = base_settings()
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert settings["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    for alias in ("default", "h5p", "generated"):
        assert settings["STORAGES"][alias]["BACKEND"].endswith("FileSystemStorage")
    assert settings["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )
    assert settings["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_redis_holds_the_cache_and_the_sessions_written_through(base_settings):
    settings = base_settings(REDIS_URL="redis://cache.internal:6379/2")
    assert settings["CACHES"]["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/2",
    }
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_a_bucket_holds_media_h5p_and_generated_files_under_their_own_prefixes(
    base_settings,
):
    settings = base_settings(
        AWS_STORAGE_BUCKET_NAME="passerelles",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_REGION_NAME="fr-par",
        AWS_ACCESS_KEY_ID="key-id",
        AWS_SECRET_ACCESS_KEY="secret",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        AWS_QUERYSTRING_AUTH="0",
    )
    configs = settings["STORAGES"]
    assert {alias: configs[alias]["BACKEND"] for alias in ("default", "h5p", "generated")} == {
        "default": S3,
        "h5p": S3,
        "generated": S3,
    }
    assert configs["staticfiles"]["BACKEND"].startswith("whitenoise.")

    media = storage(configs["default"])
    assert (media.bucket_name, media.location) == ("passerelles", "media")
    assert (media.endpoint_url, media.region_name) == ("https://s3.example.net", "fr-par")
    assert (media.access_key, media.secret_key) == ("key-id", "secret")
    assert media.url("images/photo.jpg") == "https://media.example.org/media/images/photo.jpg"

    for alias in ("h5p", "generated"):
        private = storage(configs[alias])
        assert (private.bucket_name, private.location) == ("passerelles", alias)
        assert private.default_acl == "private"
        assert private.custom_domain is None
        # Never silently renamed: H5P unpacking refuses a name that is taken.
        assert private.file_overwrite is False


def test_the_prefixes_come_from_the_environment(base_settings):
    settings = base_settings(
        AWS_STORAGE_BUCKET_NAME="shared-bucket",
        AWS_MEDIA_LOCATION="site/media",
        AWS_H5P_LOCATION="site/h5p",
        AWS_GENERATED_LOCATION="site/generated",
    )
    locations = {
        alias: settings["STORAGES"][alias]["OPTIONS"]["location"]
        for alias in ("default", "h5p", "generated")
    }
    assert locations == {
        "default": "site/media",
        "h5p": "site/h5p",
        "generated": "site/generated",
    }


@pytest.mark.parametrize("variable", ["SEARCH_URL", "ELASTICSEARCH_URL"])
def test_a_search_server_takes_over_from_the_database(base_settings, variable):
    settings = base_settings(
        **{variable: "https://search-1.internal:9200, https://search-2.internal:9200"},
        SEARCH_INDEX_PREFIX="passerelles_staging_",
    )
    backend = settings["WAGTAILSEARCH_BACKENDS"]["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["https://search-1.internal:9200", "https://search-2.internal:9200"]
    assert backend["INDEX_PREFIX"] == "passerelles_staging_"


def test_the_task_backend_can_run_tasks_at_once(base_settings):
    immediate = "django_tasks.backends.immediate.ImmediateBackend"
    settings = base_settings(TASKS_BACKEND=immediate)
    assert settings["TASKS"]["default"]["BACKEND"] == immediate


def test_the_test_settings_run_tasks_at_once_and_keep_generated_files_in_memory(settings):
    assert settings.TASKS["default"]["BACKEND"].endswith("ImmediateBackend")
    assert settings.STORAGES["generated"]["BACKEND"].endswith("InMemoryStorage")
