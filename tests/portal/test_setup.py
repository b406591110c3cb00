"""The building blocks of `make run` and `make serve`: migrations, demo seed, settings."""

import os
import secrets
import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page

import pytest

from portal.demo.seed import DEMO_ACCOUNTS, demo_seed
from portal.models import FooterText
from tests.conftest import ROOT


def manage(*args, env_extra=None, settings="portal.settings.dev"):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    env.update({"DJANGO_SETTINGS_MODULE": settings, **(env_extra or {})})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_fresh_database_migrates_and_seeds_twice_without_duplicates(tmp_path):
    """What `make run` does on a new clone, on an empty SQLite file."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    migrate = manage("migrate", "--noinput", env_extra=env)
    assert migrate.returncode == 0, migrate.stderr

    first = manage("seed_demo", env_extra=env)
    assert first.returncode == 0, first.stderr
    assert "trainer@example.org" in first.stdout

    counts = manage(
        "shell",
        "-c",
        "from wagtail.models import Page; from portal.models import User, FooterText;"
        "print(Page.objects.count(), User.objects.count(), FooterText.objects.count())",
        env_extra=env,
    )
    second = manage("seed_demo", env_extra=env)
    assert second.returncode == 0, second.stderr
    counts_again = manage(
        "shell",
        "-c",
        "from wagtail.models import Page; from portal.models import User, FooterText;"
        "print(Page.objects.count(), User.objects.count(), FooterText.objects.count())",
        env_extra=env,
    )
    assert counts.stdout.split()[-3:] == counts_again.stdout.split()[-3:]
    # Root, 2 homes, 2 × 2 standard pages (about, accessibility), 2 practice libraries,
    # 2 × 5 case studies, 2 course indexes, 2 × 4 courses of 3 modules of 3 lessons.
    assert counts.stdout.split()[-3:] == ["125", str(len(DEMO_ACCOUNTS)), "2"]


@pytest.mark.django_db
def test_demo_seed_leaves_existing_content_alone():
    page = Page.objects.get(slug="a-propos").specific
    page.title = "Qui sommes-nous"
    page.save_revision().publish()
    pages, footers = Page.objects.count(), FooterText.objects.count()

    demo_seed()

    assert Page.objects.get(pk=page.pk).title == "Qui sommes-nous"
    assert (Page.objects.count(), FooterText.objects.count()) == (pages, footers)


@pytest.mark.django_db
def test_seed_demo_refuses_to_create_accounts_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("seed_demo")


def production_env(**extra):
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "passerelles.example.org",
        "WAGTAILADMIN_BASE_URL": "https://passerelles.example.org",
        **extra,
    }


@pytest.mark.parametrize(
    "extra", [{}, {"SECURE_SSL_REDIRECT": "0"}], ids=["https-redirect", "behind-tls-proxy"]
)
def test_production_settings_pass_the_deployment_checklist(extra):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        settings="portal.settings.production",
        env_extra=production_env(**extra),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("variable", ["SECRET_KEY", "WAGTAILADMIN_BASE_URL"])
def test_production_refuses_to_start_without_a_required_variable(variable):
    env = production_env()
    env.pop(variable)
    result = manage("check", settings="portal.settings.production", env_extra=env)
    assert result.returncode != 0
    assert variable in result.stderr


def test_production_reads_the_environment():
    script = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'],"
        " s.CACHES['default']['BACKEND'], s.EMAIL_HOST, s.MEDIA_ROOT, s.SECURE_SSL_REDIRECT,"
        " s.ACCOUNT_EMAIL_VERIFICATION, s.SECURE_PROXY_SSL_HEADER[0])"
    )
    result = manage(
        "shell",
        "-c",
        script,
        settings="portal.settings.production",
        env_extra=production_env(
            DATABASE_URL="postgres://u:p@db.internal:5432/passerelles",
            REDIS_URL="redis://127.0.0.1:6379/1",
            EMAIL_HOST="smtp.example.org",
            MEDIA_ROOT="/srv/media",
            SECURE_SSL_REDIRECT="0",
        ),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.strip().splitlines()[-1]
    assert out.startswith("False ['passerelles.example.org'] django.db.backends.postgresql")
    assert "RedisCache" in out
    assert "smtp.example.org /srv/media False mandatory HTTP_X_FORWARDED_PROTO" in out


def test_setup_site_gives_a_fresh_production_database_its_home_pages(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}", **production_env()}
    for command in (["migrate", "--noinput"], ["setup_site"], ["setup_site"]):
        result = manage(*command, settings="portal.settings.production", env_extra=env)
        assert result.returncode == 0, result.stderr
    check = manage(
        "shell",
        "-c",
        "from wagtail.models import Site; from portal.models import HomePage;"
        "s = Site.objects.get(is_default_site=True);"
        "print(HomePage.objects.count(), s.root_url, type(s.root_page.specific).__name__)",
        settings="portal.settings.production",
        env_extra=env,
    )
    assert check.stdout.split()[-3:] == ["2", "https://passerelles.example.org", "HomePage"]


# Two transactions that read, then write, at the same moment: an H5P player saving its
# state while it records an answer. On SQLite both must succeed, the second waiting.
CONCURRENT_WRITES = """
import threading, time
from django.db import connection, transaction
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE t (n integer)")
connection.close()
start, errors = threading.Barrier(2), []
def write():
    try:
        start.wait(5)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM t")
            time.sleep(0.5)
            cursor.execute("INSERT INTO t VALUES (1)")
    except Exception as error:
        errors.append(error)
    finally:
        connection.close()
threads = [threading.Thread(target=write) for _ in range(2)]
[thread.start() for thread in threads]
[thread.join() for thread in threads]
print("errors:", errors)
"""


def test_sqlite_writers_queue_instead_of_failing(tmp_path):
    result = manage(
        "shell",
        "-c",
        CONCURRENT_WRITES,
        env_extra={"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"},
    )
    assert result.returncode == 0, result.stderr
    assert "errors: []" in result.stdout, result.stdout
