import json
import os
import shutil
import tempfile
import threading
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

import hypothesis
import pytest
from hypothesis.database import DirectoryBasedExampleDatabase

from courses.credentials.keys import keys_create
from portal.demo.seed import demo_seed

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

# Fuzz tests: a short run by default; in CI the same examples every run, so that a failure
# there fails the same way locally; HYPOTHESIS_PROFILE=thorough for a long run, which keeps
# the failing examples it finds outside the repository, to replay them first next time.
hypothesis.settings.register_profile(
    "fast",
    max_examples=25,
    deadline=None,  # examples use the database, whose speed varies
    database=None,
    suppress_health_check=[hypothesis.HealthCheck.too_slow],
)
hypothesis.settings.register_profile(
    "ci", hypothesis.settings.get_profile("fast"), derandomize=True, print_blob=True
)
hypothesis.settings.register_profile(
    "thorough",
    hypothesis.settings.get_profile("fast"),
    max_examples=1000,
    database=DirectoryBasedExampleDatabase(Path(tempfile.gettempdir()) / "passerelles-hypothesis"),
)
hypothesis.settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if IN_CI else "fast")
)


# Concurrency tests need a connection per thread and row locks.
needs_postgresql = pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="concurrent writes need a database with row locks and a connection per thread",
)


def at_once(*functions) -> list:
    """Run each function in its own thread, all released together; return their results."""
    barrier = threading.Barrier(len(functions))
    results, errors = [None] * len(functions), []

    def run(position):
        try:
            connection.ensure_connection()  # connect first, so that all start at once
            barrier.wait(timeout=10)
            results[position] = functions[position]()
        except Exception as error:  # reported by the test, not lost in its thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(functions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


def queries_for(client, url, *, fragments: bool = False) -> int:
    """How many SQL queries a second GET of ``url`` makes (the first warms caches).

    The page cache is off: this measures what rendering the page costs. The shared
    fragments (menu, footer, language links) are drawn too, unless ``fragments`` keeps
    their cache on, as a server has it once warm.
    """
    fragment_seconds = settings.FRAGMENT_CACHE_SECONDS if fragments else 0
    with override_settings(PAGE_CACHE_SECONDS=0, FRAGMENT_CACHE_SECONDS=fragment_seconds):
        client.get(url)  # warm per-process caches (site root paths, content types)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def require_tool(available: bool, reason: str) -> None:
    """Skip a test whose system tool is missing locally; in CI a missing tool is a failure."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def cache_cleared():
    """Each test starts with an empty cache: no page cached by an earlier test is served."""
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def issuer_keys_created():
    """The issuer's keys for this run, in the temporary folder the test settings name."""
    issuer = settings.CREDENTIALS_ISSUER
    keys_create(
        Path(settings.CREDENTIALS_KEY_DIR),
        organisation=issuer["name"],
        country=issuer["country"],
        legal_identifier=issuer["legal_identifier"],
    )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo site once; every database test then starts from it and rolls back."""
    with django_db_blocker.unblock():
        demo_seed()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker) -> str:
    """The seeded database as a string, for tests that run in real transactions.

    Those tests (browser tests, through a live server) leave the database empty when they
    end, so each restores this snapshot first.
    """
    with django_db_blocker.unblock():
        rows = json.loads(connection.creation.serialize_db_to_string())
    # Content types first: saving other rows (search indexing) looks them up, and would
    # otherwise create them with ids that clash with the snapshot's own.
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


@pytest.fixture
def demo_database(transactional_db, demo_snapshot) -> None:
    """Restore the seeded database in a transactional test."""
    # Empty it first: the flush after the previous test re-ran post_migrate handlers,
    # whose rows (content types, locales) would clash with the snapshot's.
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    connection.creation.deserialize_db_from_string(demo_snapshot)
    # Rows came back with their ids; move the id sequences past them (PostgreSQL).
    tables = [model for model in apps.get_models() if model._meta.managed]
    statements = connection.ops.sequence_reset_sql(no_style(), tables)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture
def gettext_tools():
    require_tool(shutil.which("xgettext") is not None, "GNU gettext (xgettext) is not installed")
