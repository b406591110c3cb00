"""Every interface string is translated, and the catalogues match the source code."""

import shutil
import subprocess
import sys

from django.conf import settings

import pytest
from babel.messages.pofile import read_po

from tests.conftest import ROOT


def catalogue(code: str):
    with open(ROOT / "locale" / code / "LC_MESSAGES" / "django.po", "rb") as handle:
        return read_po(handle)


def test_every_language_has_a_catalogue():
    for code, _name in settings.LANGUAGES:
        assert (ROOT / "locale" / code / "LC_MESSAGES" / "django.po").exists(), code


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES if code != "en"])
def test_no_message_is_left_untranslated_or_fuzzy(code):
    untranslated = []
    for message in catalogue(code):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or message.fuzzy:
            untranslated.append(message.id)
    assert untranslated == []


def test_catalogues_are_up_to_date_with_the_code(tmp_path, gettext_tools):
    """Extract the strings afresh into a copy of the project and compare message ids."""
    for name in ("portal", "courses", "practices", "templates", "manage.py"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--all", "--no-obsolete", "--no-location"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(tmp_path),
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        },
    )
    with open(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po", "rb") as handle:
        fresh = {m.id for m in read_po(handle) if m.id}
    committed = {m.id for m in catalogue("fr") if m.id}
    assert fresh - committed == set(), "run `make messages` and translate the new strings"
    assert committed - fresh == set(), "run `make messages` to drop strings no longer used"
