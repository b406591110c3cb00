import functools
import os
import shutil
from pathlib import Path

from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread

import pytest

from tests.conftest import ROOT, require_tool

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(item.fspath).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


class OneRequestAtATimeServer(WSGIServer):
    """The live server without threads: it closes each connection after its answer."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def live_server_one_request_at_a_time():
    """On SQLite the live server shares the test's in-memory database connection, so it
    must answer one request at a time: a page that saves its state while it records an
    answer would otherwise send two queries down that connection at once."""
    if connections["default"].vendor == "sqlite":
        LiveServerThread.server_class = OneRequestAtATimeServer


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require_tool(Path(CHROMIUM).exists(), f"Chromium is not installed at {CHROMIUM}")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def site_url(demo_database, live_server):
    """The base URL of a live server showing the demo site."""
    return live_server.url


class AxeViolations(AssertionError):
    pass


def axe_violations(document) -> list[str]:
    """Run axe-core's WCAG 2.2 A/AA rules on a page or frame; describe each violation."""
    # Evaluated by the browser's devtools, not as a <script>: pages whose policy forbids
    # inline scripts (the H5P player) are scanned too, with the policy on.
    if not document.evaluate("() => typeof axe !== 'undefined'"):
        document.evaluate(f"() => {{ {axe_source()}\n }}")
    result = document.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        f" — {v['nodes'][0]['failureSummary'].splitlines()[-1].strip()}"
        for v in result["violations"]
    ]


@functools.cache
def axe_source() -> str:
    return AXE_SCRIPT.read_text()


@pytest.fixture
def axe():
    """Run axe-core's WCAG 2.2 A/AA rules on the current page and fail on any violation."""
    require_tool(AXE_SCRIPT.exists(), "npm packages are not installed (run make install)")

    def check(page):
        violations = axe_violations(page)
        if violations:
            raise AxeViolations(f"{page.url}:\n" + "\n".join(violations))

    return check
