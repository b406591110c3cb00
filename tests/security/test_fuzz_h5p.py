"""H5P uploads built to break the validator: hostile entry names, links, special files,
broken or lying JSON and sizes, zip bombs, damaged archives and bytes that are no zip at
all. Each is refused with the validator's own error, or installed as a valid package; no
other exception, and never a file written outside the H5P storage."""

import io
import json
import shutil
import stat
import tempfile
import warnings
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from courses.demo.h5p.build import CHOICE_FOLDER
from courses.h5p.package import H5PPackageError
from courses.models import H5PActivity, H5PLibrary
from courses.services.h5p import h5p_activity_create
from portal.models import User
from tests.courses.h5p.conftest import a_package, package_entries, zip_patch
from tests.security.hostile import json_values, mutated

# Outside every storage folder the tests make: an absolute name must never land there.
ESCAPE_TARGET = Path(tempfile.gettempdir()) / "passerelles-h5p-escape"
# 2 MB of zeros: compressed about a thousand times, far past the allowed ratio.
BOMB = b"0" * (2 * 1024 * 1024)

HOSTILE_NAMES = [
    "../evil.json",
    "../../evil.json",
    "../../../evil.json",
    "content/../../evil.json",
    "content/../../../canary/evil.json",
    f"{ESCAPE_TARGET}/evil.json",
    "/evil.json",
    "..\\evil.json",
    "content\\..\\..\\evil.json",
    "C:/evil.json",
    "C:evil.json",
    "c:\\evil.json",
    "content/evil\x00.json",
    "content/\x01.json",
    "content/" + "a" * 300 + ".json",
    "content/" + "a/" * 200 + "x.json",
    "content/caf\u00e9.json",
    "content/cafe\u0301.json",  # the same name, decomposed
    "content/\uff0e\uff0e/evil.json",  # fullwidth dots
    "content/\u2024\u2024/evil.json",  # one-dot leaders
    "content/..\u2215evil.json",  # division slash
    "content/%2e%2e/evil.json",
    "content/..",
    "content/.",
    "content//evil.json",
    "./h5p.json",
    "h5p.json/",
    "content/content.json/",
    "content/content.json/inner.json",
    "h5p.json ",
    "content/evil.json\r",
    "",
    "/",
    "content/evil.exe",
    "content/evil.js",
    f"{CHOICE_FOLDER}/../../evil.js",
    f"{CHOICE_FOLDER}/library.json/evil.js",
]
NAME_PARTS = ["content", "h5p.json", CHOICE_FOLDER, "..", ".", "a", "é", "e\u0301", ".json"]
SEPARATORS = ["/", "\\", ":", "\x00", ""]
FILE_TYPES = {
    "file": stat.S_IFREG | 0o644,
    "folder": stat.S_IFDIR | 0o755,
    "link": stat.S_IFLNK | 0o777,
    "fifo": stat.S_IFIFO | 0o644,
    "device": stat.S_IFCHR | 0o644,
    "none": 0,
}
COMPRESSIONS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
# Declared sizes that lie: nothing, one byte, past every limit, the zip64 marker.
LYING_SIZES = [0, 1, 2**31 - 1, 2**31, 2**32 - 1]


@dataclass(frozen=True)
class Entry:
    name: str
    data: bytes
    mode: int = FILE_TYPES["file"]
    compression: int = zipfile.ZIP_DEFLATED


@dataclass(frozen=True)
class Upload:
    """An uploaded file and how it was made, which is what a failing example shows."""

    data: bytes
    made: str

    def __repr__(self) -> str:
        return f"<{len(self.data)} bytes: {self.made}>"


def zipped(entries: list[Entry]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are meant
        with zipfile.ZipFile(buffer, "w") as archive:
            for entry in entries:
                info = zipfile.ZipInfo(entry.name or "_", date_time=(2024, 1, 1, 0, 0, 0))
                info.filename = entry.name  # even the empty name ZipInfo refuses
                info.create_system = 3  # Unix, so that the mode is read
                info.external_attr = entry.mode << 16
                info.compress_type = entry.compression
                archive.writestr(info, entry.data)
    return buffer.getvalue()


def valid_entries() -> list[Entry]:
    return [Entry(name, data) for name, data in package_entries(a_package()).items()]


names = st.one_of(
    st.sampled_from(HOSTILE_NAMES),
    st.sampled_from(HOSTILE_NAMES),
    st.lists(st.tuples(st.sampled_from(NAME_PARTS), st.sampled_from(SEPARATORS)), max_size=5).map(
        lambda parts: "".join(part + separator for part, separator in parts)
    ),
    st.text(max_size=30),
)
json_documents = st.one_of(
    json_values.map(lambda value: json.dumps(value).encode()),
    st.sampled_from(
        [
            b"",
            b"{",
            b"[" * 100_000,
            b'{"title": NaN}',
            b'{"majorVersion": 1e999}',
            b'{"a": "\\ud800"}',
            b'{"a": "\\u0000"}',
            b"\xff\xfe{\x00}\x00",
            b"\xef\xbb\xbf{}",
            b"1" * 5000,
        ]
    ),
)
data = st.one_of(st.binary(max_size=200), json_documents)


@st.composite
def described(draw, name: str, entries: list[Entry]) -> bytes:
    """h5p.json or a library.json: broken, or the valid one with values changed."""
    current = next((entry.data for entry in entries if entry.name == name), b"{}")
    try:
        valid = json.loads(current)
    except (ValueError, RecursionError):  # already broken by an earlier change
        valid = {}
    broken = draw(json_documents)
    changed = json.dumps(draw(mutated(valid))).encode()
    return draw(st.sampled_from([broken, changed]))


@st.composite
def archives(draw) -> Upload:
    """A package changed in a few hostile ways, then possibly damaged as a whole."""
    entries = valid_entries() if draw(st.integers(0, 4)) else []
    made = ["the valid package" if entries else "an empty archive"]
    for _change in range(draw(st.integers(0, 4))):
        change = draw(
            st.sampled_from(
                ["add", "add", "rename", "rename", "data", "json", "type", "compression", "bomb"]
            )
        )
        if change == "add" or not entries:
            entries.append(Entry(draw(names), draw(data)))
            made.append(f"add {entries[-1].name!r}")
            continue
        position = draw(st.integers(0, len(entries) - 1))
        entry = entries[position]
        if change == "rename":
            entry = replace(entry, name=draw(names))
        elif change == "data":
            entry = replace(entry, data=draw(data))
        elif change == "json":
            name = draw(st.sampled_from(["h5p.json", f"{CHOICE_FOLDER}/library.json"]))
            entry = Entry(name, draw(described(name, entries)))
        elif change == "type":
            entry = replace(entry, mode=draw(st.sampled_from(list(FILE_TYPES.values()))))
        elif change == "compression":
            entry = replace(entry, compression=draw(st.sampled_from(COMPRESSIONS)))
        else:
            entry = replace(entry, data=BOMB, compression=zipfile.ZIP_DEFLATED)
        # Replaced, or added once more under the same or another name.
        if draw(st.booleans()):
            entries[position] = entry
            made.append(f"{change} of {entry.name!r}")
        else:
            entries.append(entry)
            made.append(f"{change} of {entry.name!r}, added again")
    archive = zipped(entries)
    damage = draw(
        st.sampled_from(["none"] * 6 + ["truncate", "flip", "size", "flags", "junk", "bytes"])
    )
    made.append(damage)
    if damage == "truncate":
        return Upload(archive[: draw(st.integers(0, len(archive)))], ", ".join(made))
    if damage == "flip" and archive:
        at = draw(st.integers(0, len(archive) - 1))
        flipped = bytes([archive[at] ^ draw(st.integers(1, 255))])
        archive = archive[:at] + flipped + archive[at + 1 :]
    elif damage in ("size", "flags") and entries:
        name = draw(st.sampled_from([entry.name for entry in entries]))
        if damage == "size":
            archive = zip_patch(archive, name, size=draw(st.sampled_from(LYING_SIZES)))
        else:
            archive = zip_patch(archive, name, flag_bits=draw(st.sampled_from([0x1, 0x41])))
    elif damage == "junk":
        archive = draw(st.binary(min_size=1, max_size=50)) + archive
    elif damage == "bytes":
        archive = draw(st.binary(max_size=500))
    return Upload(archive, ", ".join(made))


def hostile_cases() -> dict[str, bytes]:
    """One package for each kind of hostile upload, by name."""
    valid = valid_entries()
    package = a_package()

    def with_entry(entry: Entry) -> bytes:
        return zipped([*valid, entry])

    return {
        "path with ..": with_entry(Entry("content/../../evil.json", b"{}")),
        "absolute path": with_entry(Entry(f"{ESCAPE_TARGET}/evil.json", b"{}")),
        "backslashes": with_entry(Entry("..\\evil.json", b"{}")),
        "drive letter": with_entry(Entry("C:/evil.json", b"{}")),
        "NUL in a name": with_entry(Entry("content/evil\x00.json", b"{}")),
        "very long name": with_entry(Entry("content/" + "a" * 300 + ".json", b"{}")),
        "same name twice": with_entry(Entry("content/content.json", b"{}")),
        "symbolic link": with_entry(
            Entry("content/link.json", b"/etc/passwd", FILE_TYPES["link"])
        ),
        "special file": with_entry(Entry("content/fifo.json", b"", FILE_TYPES["fifo"])),
        "file used as a folder": with_entry(Entry("content/content.json/inner.json", b"{}")),
        "zip bomb": with_entry(Entry("content/bomb.json", BOMB)),
        "broken h5p.json": zipped([Entry("h5p.json", b"[" * 100_000), *valid[1:]]),
        "lying size": zip_patch(package, "h5p.json", size=2**32 - 1),
        "encrypted entry": zip_patch(package, "h5p.json", flag_bits=0x1),
        "truncated archive": package[: len(package) // 2],
        "not a zip": b"%PDF-1.7 not a package",
        "empty file": b"",
    }


HOSTILE_CASES = hostile_cases()


def tree(root: Path) -> set[str]:
    """Every path under ``root``, links included and not followed."""
    return {path.relative_to(root).as_posix() for path in root.rglob("*")}


def problems_of(error: H5PPackageError) -> list[str]:
    assert error.errors, "a refusal gives its reasons"
    assert all(isinstance(reason, str) and reason for reason in error.errors)
    return error.errors


class H5PPackageFuzzTests(TestCase):
    """The upload service, for a moderator, who may install libraries."""

    def setup_example(self):
        super().setup_example()
        # The storage three folders down a fresh folder, with a canary beside it: a write
        # led astray by "..", however many, lands where it shows.
        self.root = Path(tempfile.mkdtemp(prefix="passerelles-fuzz-h5p-"))
        self.storage = self.root / "deep" / "er" / "h5p"
        self.storage.mkdir(parents=True)
        (self.root / "canary").mkdir()
        (self.root / "canary" / "canary.txt").write_text("untouched")
        self.storage_settings = override_settings(
            STORAGES={
                **django_settings.STORAGES,
                "h5p": {
                    "BACKEND": "django.core.files.storage.FileSystemStorage",
                    "OPTIONS": {"location": self.storage},
                },
            }
        )
        self.storage_settings.enable()
        # Nothing installed: every library of the package is written.
        H5PActivity.objects.all().delete()
        H5PLibrary.objects.all().delete()

    def teardown_example(self, example):
        self.storage_settings.disable()
        shutil.rmtree(self.root)
        super().teardown_example(example)

    @given(upload=archives())
    @example(upload=Upload(HOSTILE_CASES["path with .."], "a path out of the package"))
    @example(upload=Upload(HOSTILE_CASES["very long name"], "a name past NAME_MAX"))
    def test_upload(self, upload):
        before = tree(self.root)
        try:
            with translation.override("en"):
                activity = h5p_activity_create(
                    upload=io.BytesIO(upload.data), may_install_libraries=True
                )
        except H5PPackageError as error:
            event("refused")  # counted in --hypothesis-show-statistics
            problems_of(error)
            assert tree(self.root) == before
        else:
            event("installed")
            written = tree(self.root) - before
            assert all(path.startswith("deep/er/h5p/") for path in written), written
            files = {
                path.removeprefix("deep/er/h5p/")
                for path in written
                if not (self.root / path).is_dir()
            }
            # Content in the activity's folder, code in the libraries' folders; nowhere else.
            areas = (f"{activity.storage_path}/", "libraries/")
            assert all(path.startswith(areas) for path in files), files
            assert f"{activity.storage_path}/h5p.json" in files
            assert not any((self.root / path).is_symlink() for path in written)
        assert (self.root / "canary" / "canary.txt").read_text() == "untouched"
        assert not ESCAPE_TARGET.exists()


# The admin's upload form, once for each kind of hostile package: a form error, never a 500.

ADD_URL = reverse("wagtailsnippets_courses_h5pactivity:add")


@pytest.fixture
def moderator_client(client, db, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "h5p": {**settings.STORAGES["h5p"], "OPTIONS": {"location": tmp_path / "h5p"}},
    }
    client.force_login(User.objects.get(email="moderator@example.org"))
    return client


@pytest.mark.parametrize("case", list(HOSTILE_CASES))
def test_admin_upload_refuses_with_a_form_error(moderator_client, tmp_path, case):
    rows = H5PActivity.objects.count(), H5PLibrary.objects.count()
    upload = SimpleUploadedFile("activity.h5p", HOSTILE_CASES[case], "application/zip")
    with translation.override("en"):
        response = moderator_client.post(ADD_URL, {"package_file": upload, "title": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["package_file"]
    assert (H5PActivity.objects.count(), H5PLibrary.objects.count()) == rows
    assert not any((tmp_path / "h5p").rglob("*"))
