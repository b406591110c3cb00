import os
import shutil
from pathlib import Path

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
    """Load the demo site once; every database test then starts from it and rolls back."""
    with django_db_blocker.unblock():
        demo_seed()


@pytest.fixture
def gettext_tools():
    require_tool(shutil.which("xgettext") is not None, "GNU gettext (xgettext) is not installed")
