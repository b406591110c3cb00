"""WCAG 2.2 AA, scanned by axe-core on every page type, in French and English: as a
visitor, as a learner (trainer@example.org) and as a tutor (tutor@example.org).

Each test walks one role's list of page types (tests/browser/pages.py) in one language,
in one browser signed in once, and reports every violation of every page at the end.
"""

import time

import pytest

from tests.browser.conftest import AXE_SCRIPT, axe_violations
from tests.browser.pages import LANGUAGES, PAGE_TYPES, frames, walk
from tests.conftest import require_tool

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", list(PAGE_TYPES))
def test_every_page_type_has_no_accessibility_violations(page, site_url, role, language):
    require_tool(AXE_SCRIPT.exists(), "npm packages are not installed (run make install)")
    started, scanned, problems = time.monotonic(), 0, []
    for page_type, problem in walk(page, site_url, role, language):
        if problem:
            problems.append(problem)
            continue
        for document in [page, *frames(page, page_type)]:
            violations = axe_violations(document)
            scanned += 1
            if violations:
                problems.append(
                    f"{page_type.name} ({document.url}):\n  " + "\n  ".join(violations)
                )
    seconds = time.monotonic() - started
    assert not problems, (
        f"{len(problems)} of {len(PAGE_TYPES[role])} {role} page types in {language} "
        f"fail ({scanned} documents scanned in {seconds:.0f} s):\n" + "\n".join(problems)
    )
