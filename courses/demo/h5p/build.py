"""Build .h5p packages around the portal's single-choice library, for the demo and the tests.

The archive is reproducible: the same arguments give the same bytes, so demo fixtures built
from it do not change on every run.
"""

import io
import json
import zipfile
from pathlib import Path

CHOICE_MACHINE_NAME = "Passerelles.Choice"
CHOICE_FOLDER = "Passerelles.Choice-1.0"
CHOICE_PATH = Path(__file__).resolve().parent / CHOICE_FOLDER

# Zip entries carry a timestamp; a fixed one keeps the bytes identical between builds.
FIXED_DATE = (2024, 1, 1, 0, 0, 0)


def choice_library() -> dict[str, bytes]:
    """The files of the single-choice library folder, by path inside the folder."""
    return {
        path.relative_to(CHOICE_PATH).as_posix(): path.read_bytes()
        for path in sorted(CHOICE_PATH.rglob("*"))
        if path.is_file()
    }


def choice_content(*, question: str, answers: list, l10n: dict[str, str] | None = None) -> dict:
    """content.json for one question.

    ``answers`` holds (text, correct) pairs or {"text", "correct"} dicts; ``l10n`` may set
    the labels "check", "retry", "correct", "wrong" and "choose".
    """
    pairs = [
        (answer["text"], answer["correct"]) if isinstance(answer, dict) else answer
        for answer in answers
    ]
    return {
        "question": question,
        "answers": [{"text": text, "correct": bool(correct)} for text, correct in pairs],
        "l10n": dict(l10n or {}),
    }


def package_build(
    *,
    content: dict,
    title: str,
    language: str,
    libraries: dict[str, dict[str, bytes]] | None = None,
    extra_files: dict[str, bytes] | None = None,
) -> bytes:
    """A .h5p archive playing ``content`` with the single-choice library.

    ``libraries`` maps library folder names to their files (the choice library when None);
    ``extra_files`` adds archive entries or replaces generated ones, such as h5p.json.
    """
    if libraries is None:
        libraries = {CHOICE_FOLDER: choice_library()}
    package = {
        "title": title,
        "language": language,
        "mainLibrary": CHOICE_MACHINE_NAME,
        "embedTypes": ["iframe", "div"],
        "license": "U",
        "preloadedDependencies": [
            {"machineName": CHOICE_MACHINE_NAME, "majorVersion": 1, "minorVersion": 0}
        ],
    }
    entries = {
        "h5p.json": json_bytes(package),
        "content/content.json": json_bytes(content),
    }
    for folder, files in libraries.items():
        for path, data in files.items():
            entries[f"{folder}/{path}"] = data
    entries.update(extra_files or {})
    return zip_build(entries)


def zip_build(entries: dict[str, bytes]) -> bytes:
    """A deflated zip archive holding ``entries``, in the given order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode()
