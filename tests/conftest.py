import os
import shutil
from pathlib import Path

from django.db import connection

import pytest

from portal.demo.seed import demo_seed

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_tool(available: bool, reason: str) -> None:
    """Skip a test whose system tool is missing locally; in CI a missing tool is a failure."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI must install it: see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo site once; every database test then starts from it and rolls back.

    Browser tests run in real transactions, so the database is emptied after each; the
    snapshot taken here (Django restores it for ``serialized_rollback`` tests) includes
    the demo site, not just what the migrations made.
    """
    with django_db_blocker.unblock():
        demo_seed()
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def gettext_tools():
    require_tool(shutil.which("xgettext") is not None, "GNU gettext (xgettext) is not installed")
