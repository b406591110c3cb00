import io
import json
import struct
import zipfile
from pathlib import Path

from django.utils import translation

import pytest

from courses.demo.h5p.build import (
    CHOICE_FOLDER,
    choice_content,
    choice_library,
    package_build,
)
from courses.models import H5PActivity, H5PLibrary


@pytest.fixture(autouse=True)
def h5p_storage(settings, tmp_path) -> Path:
    """An empty H5P storage folder for each test, inside the test's temporary folder.

    A fresh folder rather than the configured one emptied: the demo seed may have stored
    activities there that other tests play. Its parent shows whether anything escaped it.
    """
    location = tmp_path / "h5p"
    location.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "h5p": {**settings.STORAGES["h5p"], "OPTIONS": {"location": location}},
    }
    return location


@pytest.fixture(autouse=True)
def no_h5p_rows(db) -> None:
    """Start without libraries or activities, whatever the demo seed installed; the test's
    transaction brings them back."""
    H5PActivity.objects.all().delete()
    H5PLibrary.objects.all().delete()


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in English, whatever the site's default language."""
    with translation.override("en"):
        yield


def stored(location: Path) -> set[str]:
    """Every file and folder under ``location``, as relative paths."""
    return {path.relative_to(location).as_posix() for path in location.rglob("*")}


def h5p_rows() -> tuple[int, int]:
    return H5PLibrary.objects.count(), H5PActivity.objects.count()


def a_choice(question: str = "Which city is the capital of France?") -> dict:
    return choice_content(
        question=question,
        answers=[("Lyon", False), ("Paris", True), ("Marseille", False)],
        l10n={"check": "Check", "correct": "Right.", "wrong": "Wrong."},
    )


def a_package(
    *,
    title: str = "Capitals",
    language: str = "en",
    libraries: dict[str, dict[str, bytes]] | None = None,
    extra_files: dict[str, bytes] | None = None,
) -> bytes:
    return package_build(
        content=a_choice(),
        title=title,
        language=language,
        libraries=libraries,
        extra_files=extra_files,
    )


def library_variant(**changes) -> dict[str, bytes]:
    """The choice library's files, with ``changes`` made to its library.json."""
    files = choice_library()
    definition = json.loads(files["library.json"])
    definition.update(changes)
    files["library.json"] = json.dumps(definition).encode()
    return files


def choice_with_patch(patch: int) -> dict[str, dict[str, bytes]]:
    return {CHOICE_FOLDER: library_variant(patchVersion=patch)}


def zip_of(entries: dict, *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip archive of ``entries``; a value may be bytes, or (ZipInfo, bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, value in entries.items():
            if isinstance(value, tuple):
                archive.writestr(*value)
            else:
                archive.writestr(name, value)
    return buffer.getvalue()


def package_entries(data: bytes) -> dict[str, bytes]:
    """The entries of a built package, to vary them and zip them again."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zip_patch(data: bytes, name: str, *, flag_bits: int | None = None, size: int | None = None):
    """Rewrite the flags or the declared unpacked size of one entry, in both of its headers."""
    raw = bytearray(data)
    encoded = name.encode()
    # Local header: flags at 6, unpacked size at 22, name length at 26, name at 30.
    # Central directory: flags at 8, unpacked size at 24, name length at 28, name at 46.
    for signature, flags_at, size_at, length_at, name_at in (
        (b"PK\x03\x04", 6, 22, 26, 30),
        (b"PK\x01\x02", 8, 24, 28, 46),
    ):
        start = raw.find(signature)
        while start != -1:
            (length,) = struct.unpack_from("<H", raw, start + length_at)
            if raw[start + name_at : start + name_at + length] == encoded:
                if flag_bits is not None:
                    struct.pack_into("<H", raw, start + flags_at, flag_bits)
                if size is not None:
                    struct.pack_into("<I", raw, start + size_at, size)
            start = raw.find(signature, start + 1)
    return bytes(raw)
