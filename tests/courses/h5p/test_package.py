"""Every reason to refuse an .h5p package, each shown with a real broken package.

Each refusal goes through the whole upload service, to show that nothing was stored: no
file in the H5P storage, no library or activity row.
"""

import io
import json
import stat
import zipfile

import pytest

from courses.demo.h5p.build import CHOICE_FOLDER, choice_library, zip_build
from courses.h5p.package import H5PPackageError, package_read
from courses.services.h5p import h5p_activity_create
from tests.courses.h5p.conftest import (
    a_package,
    h5p_rows,
    library_variant,
    package_entries,
    stored,
    zip_of,
    zip_patch,
)

pytestmark = pytest.mark.django_db

MISSING = object()
CHOICE_DEPENDENCY = {"machineName": "Passerelles.Choice", "majorVersion": 1, "minorVersion": 0}


def rejected(data: bytes, location) -> list[str]:
    """The reasons the upload service gives for refusing ``data``, once sure it kept nothing."""
    files, rows = stored(location), h5p_rows()
    with pytest.raises(H5PPackageError) as caught:
        h5p_activity_create(upload=io.BytesIO(data), may_install_libraries=True)
    assert stored(location) == files
    assert h5p_rows() == rows
    return caught.value.errors


def with_h5p_json(**changes) -> bytes:
    package = json.loads(package_entries(a_package())["h5p.json"])
    for key, value in changes.items():
        if value is MISSING:
            del package[key]
        else:
            package[key] = value
    return a_package(extra_files={"h5p.json": json.dumps(package).encode()})


def with_library_json(**changes) -> bytes:
    files = library_variant(**{k: v for k, v in changes.items() if v is not MISSING})
    definition = json.loads(files["library.json"])
    for key in [k for k, v in changes.items() if v is MISSING]:
        del definition[key]
    files["library.json"] = json.dumps(definition).encode()
    return a_package(libraries={CHOICE_FOLDER: files})


def without(data: bytes, name: str) -> bytes:
    entries = package_entries(data)
    del entries[name]
    return zip_build(entries)


def with_entries(**entries) -> bytes:
    return zip_of({**package_entries(a_package()), **entries})


def test_a_valid_package_is_read():
    package = package_read(a_package())

    assert package.package["mainLibrary"] == "Passerelles.Choice"
    assert package.content["answers"][1] == {"text": "Paris", "correct": True}
    assert package.content_files == ["h5p.json", "content/content.json"]
    assert list(package.libraries) == [CHOICE_FOLDER]
    library = package.libraries[CHOICE_FOLDER]
    assert library.key == ("Passerelles.Choice", 1, 0)
    assert sorted(library.files) == ["choice.css", "choice.js", "library.json"]


# The archive itself.


def test_not_a_zip(h5p_storage):
    errors = rejected(b"This is a text file, not a package.", h5p_storage)
    assert errors == [
        "The file is not a zip archive, or it is damaged; an .h5p file is a zip archive."
    ]


def test_bad_checksum(h5p_storage):
    entries = {**package_entries(a_package()), "content/notes.txt": b"MARKER" * 50}
    data = zip_of(entries, compression=zipfile.ZIP_STORED)
    damaged = data.replace(b"MARKER" * 50, b"MARKEX" + b"MARKER" * 49)

    errors = rejected(damaged, h5p_storage)

    assert errors == ["“content/notes.txt” is damaged: its data does not match its checksum."]


def test_encrypted_entry(h5p_storage):
    data = zip_patch(a_package(), "content/content.json", flag_bits=0x1)
    errors = rejected(data, h5p_storage)
    assert errors == ["“content/content.json” is encrypted; packages must not be."]


def test_entry_holding_more_than_it_declares(h5p_storage):
    data = zip_patch(
        with_entries(**{"content/notes.txt": b"note " * 200}), "content/notes.txt", size=10
    )
    errors = rejected(data, h5p_storage)
    assert errors == ["“content/notes.txt” is damaged: its data does not match its checksum."]


def test_entry_holding_less_than_it_declares(h5p_storage):
    data = with_entries(**{"content/notes.txt": b"note " * 200})
    errors = rejected(zip_patch(data, "content/notes.txt", size=5000), h5p_storage)
    assert errors == [
        "“content/notes.txt” does not hold the amount of data its archive entry declares."
    ]


# Sizes, all judged from the archive's directory.


def test_upload_too_big(h5p_storage, settings):
    data = a_package()
    settings.H5P_MAX_UPLOAD_SIZE = len(data) - 1
    errors = rejected(data, h5p_storage)
    assert errors == [
        f"The file is {len(data)} bytes; uploads are limited to {len(data) - 1} bytes."
    ]


def test_file_too_big(h5p_storage, settings):
    settings.H5P_MAX_FILE_SIZE = 20_000
    errors = rejected(with_entries(**{"content/big.txt": b"x" * 20_001}), h5p_storage)
    assert errors == ["“content/big.txt” is 20001 bytes unpacked; files are limited to 20000."]


def test_total_too_big(h5p_storage, settings):
    settings.H5P_MAX_TOTAL_SIZE = 1000
    errors = rejected(a_package(), h5p_storage)
    assert len(errors) == 1
    assert errors[0].startswith("Unpacked, the package would take ")
    assert errors[0].endswith(" bytes; the limit is 1000.")


def test_too_many_files(h5p_storage, settings):
    settings.H5P_MAX_FILES = 4
    errors = rejected(a_package(), h5p_storage)
    assert errors == ["The package holds 5 entries; at most 4 are allowed."]


def test_entry_compressed_like_a_zip_bomb(h5p_storage):
    errors = rejected(with_entries(**{"content/zeros.txt": bytes(4 * 1024 * 1024)}), h5p_storage)
    assert (
        "“content/zeros.txt” is compressed more than 100 times, which only a zip bomb does."
        in (errors)
    )


def test_archive_compressed_like_a_zip_bomb(h5p_storage):
    # No single entry is big enough to be judged, but together they are.
    zeros = {f"content/zeros{number}.txt": bytes(900 * 1024) for number in range(3)}
    errors = rejected(with_entries(**zeros), h5p_storage)
    assert errors == ["The package is compressed more than 100 times, which only a zip bomb does."]


def test_size_problems_are_found_before_any_data_is_read(h5p_storage, settings, monkeypatch):
    data = a_package()
    count = len(package_entries(data))
    settings.H5P_MAX_FILE_SIZE = 100

    def never(*args, **kwargs):
        raise AssertionError("data was read")

    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    errors = rejected(data, h5p_storage)
    assert len(errors) == count
    assert all("files are limited to 100" in error for error in errors)


# h5p.json


def test_h5p_json_missing(h5p_storage):
    errors = rejected(without(a_package(), "h5p.json"), h5p_storage)
    assert errors == ["h5p.json is missing from the top of the package."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{title: 'not JSON'}", "“h5p.json” is not valid JSON."),
        (b"\xff\xfe\x00", "“h5p.json” is not valid JSON."),
        (b'["a list"]', "“h5p.json” must hold a JSON object."),
        (b'{"title": NaN}', "“h5p.json” is not valid JSON."),
        (
            b'{"title": "a\\u0000b"}',
            "“h5p.json” holds text that cannot be stored: a NUL character or a broken "
            "Unicode character.",
        ),
        (
            b'{"title": "\\ud800"}',
            "“h5p.json” holds text that cannot be stored: a NUL character or a broken "
            "Unicode character.",
        ),
    ],
    ids=["syntax", "encoding", "list", "nan", "nul", "surrogate"],
)
def test_h5p_json_unreadable(h5p_storage, data, message):
    errors = rejected(a_package(extra_files={"h5p.json": data}), h5p_storage)
    assert errors == [message]


@pytest.mark.parametrize(
    "field", ["title", "mainLibrary", "language", "preloadedDependencies", "embedTypes"]
)
def test_h5p_json_required_field_missing(h5p_storage, field):
    errors = rejected(with_h5p_json(**{field: MISSING}), h5p_storage)
    assert errors == [f"“h5p.json” lacks the required field “{field}”."]


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("title", 5, "a non-empty text"),
        ("title", "   ", "a non-empty text"),
        ("language", 3, "a language code such as “fr” or “pt-br”"),
        ("language", "français", "a language code such as “fr” or “pt-br”"),
        ("language", "en-abcdefgh-abcdefgh-x", "a language code such as “fr” or “pt-br”"),
        (
            "mainLibrary",
            "../Passerelles.Choice",
            "a library name made of letters, digits, dots, hyphens and underscores",
        ),
        ("preloadedDependencies", "Passerelles.Choice", None),
        ("preloadedDependencies", [{**CHOICE_DEPENDENCY, "majorVersion": "1"}], None),
        ("preloadedDependencies", [{**CHOICE_DEPENDENCY, "minorVersion": True}], None),
        ("preloadedDependencies", [{"machineName": "Passerelles.Choice"}], None),
        ("dynamicDependencies", [{"machineName": 7, "majorVersion": 1, "minorVersion": 0}], None),
        ("embedTypes", [], "a non-empty list of “div” and “iframe”"),
        ("embedTypes", ["flash"], "a non-empty list of “div” and “iframe”"),
        ("embedTypes", "div", "a non-empty list of “div” and “iframe”"),
    ],
)
def test_h5p_json_field_of_the_wrong_type(h5p_storage, field, value, rule):
    rule = rule or (
        "a list of libraries, each with a machineName, a whole majorVersion and a whole "
        "minorVersion"
    )
    errors = rejected(with_h5p_json(**{field: value}), h5p_storage)
    assert errors == [f"In “h5p.json”, “{field}” must be {rule}."]


def test_h5p_json_main_library_not_a_dependency(h5p_storage):
    errors = rejected(with_h5p_json(mainLibrary="Passerelles.Other"), h5p_storage)
    assert errors == [
        "In “h5p.json”, the main library “Passerelles.Other” is not among the "
        "preloadedDependencies."
    ]


def test_h5p_json_main_library_not_runnable(h5p_storage):
    errors = rejected(with_library_json(runnable=0), h5p_storage)
    assert errors == [
        "In “h5p.json”, the main library Passerelles.Choice 1.0 cannot be played on its own."
    ]


# content/content.json


def test_content_json_missing(h5p_storage):
    errors = rejected(without(a_package(), "content/content.json"), h5p_storage)
    assert errors == ["content/content.json is missing from the package."]


def test_content_json_not_json(h5p_storage):
    errors = rejected(a_package(extra_files={"content/content.json": b"{"}), h5p_storage)
    assert errors == ["“content/content.json” is not valid JSON."]


# Library folders


def test_library_folder_named_after_another_version(h5p_storage):
    errors = rejected(
        a_package(libraries={"Passerelles.Choice-1.1": choice_library()}), h5p_storage
    )
    assert errors == [
        "“Passerelles.Choice-1.1/library.json” describes Passerelles.Choice 1.0, so its folder "
        "must be named “Passerelles.Choice-1.0”.",
        "“h5p.json” needs the library Passerelles.Choice 1.0, which is neither in the package "
        "nor installed.",
    ]


def test_library_folder_without_library_json(h5p_storage):
    files = choice_library()
    del files["library.json"]
    errors = rejected(a_package(libraries={CHOICE_FOLDER: files}), h5p_storage)
    assert errors == [
        "The folder “Passerelles.Choice-1.0” is neither the content folder nor a library "
        "folder: it has no library.json.",
        "“h5p.json” needs the library Passerelles.Choice 1.0, which is neither in the package "
        "nor installed.",
    ]


def test_library_json_not_json(h5p_storage):
    files = {**choice_library(), "library.json": b"machineName: Passerelles.Choice"}
    errors = rejected(a_package(libraries={CHOICE_FOLDER: files}), h5p_storage)
    # The library is known to be broken, so its dependants are not reported as well.
    assert errors == ["“Passerelles.Choice-1.0/library.json” is not valid JSON."]


@pytest.mark.parametrize(
    "field",
    ["title", "machineName", "majorVersion", "minorVersion", "patchVersion", "runnable"],
)
def test_library_json_required_field_missing(h5p_storage, field):
    errors = rejected(with_library_json(**{field: MISSING}), h5p_storage)
    assert errors == [f"“Passerelles.Choice-1.0/library.json” lacks the required field “{field}”."]


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("title", None, "a non-empty text"),
        (
            "machineName",
            "Passerelles Choice",
            "a library name made of letters, digits, dots, hyphens and underscores",
        ),
        ("majorVersion", "1", "a whole number from 0 to 32767"),
        ("minorVersion", 0.5, "a whole number from 0 to 32767"),
        ("patchVersion", -1, "a whole number from 0 to 32767"),
        ("patchVersion", 40000, "a whole number from 0 to 32767"),
        ("runnable", "yes", "0 or 1"),
        ("preloadedJs", "choice.js", "a list of files, each with a path"),
        ("preloadedCss", [{"file": "choice.css"}], "a list of files, each with a path"),
    ],
)
def test_library_json_field_of_the_wrong_type(h5p_storage, field, value, rule):
    errors = rejected(with_library_json(**{field: value}), h5p_storage)
    assert errors == [f"In “Passerelles.Choice-1.0/library.json”, “{field}” must be {rule}."]


@pytest.mark.parametrize("name", ["choice.js", "choice.css"])
def test_library_preloaded_file_missing(h5p_storage, name):
    files = choice_library()
    del files[name]
    errors = rejected(a_package(libraries={CHOICE_FOLDER: files}), h5p_storage)
    assert errors == [
        f"“Passerelles.Choice-1.0/library.json” lists “{name}”, which is not in the library "
        "folder."
    ]


# Dependencies


def test_library_neither_in_the_package_nor_installed(h5p_storage):
    errors = rejected(a_package(libraries={}), h5p_storage)
    assert errors == [
        "“h5p.json” needs the library Passerelles.Choice 1.0, which is neither in the package "
        "nor installed."
    ]


def test_library_dependency_neither_in_the_package_nor_installed(h5p_storage):
    missing = {"machineName": "Passerelles.Missing", "majorVersion": 2, "minorVersion": 3}
    errors = rejected(with_library_json(preloadedDependencies=[missing]), h5p_storage)
    assert errors == [
        "“Passerelles.Choice-1.0/library.json” needs the library Passerelles.Missing 2.3, "
        "which is neither in the package nor installed."
    ]


def test_libraries_depending_on_each_other(h5p_storage):
    helper = {
        "library.json": json.dumps(
            {
                "title": "Helper",
                "machineName": "Passerelles.Helper",
                "majorVersion": 1,
                "minorVersion": 0,
                "patchVersion": 0,
                "runnable": 0,
                "preloadedDependencies": [CHOICE_DEPENDENCY],
            }
        ).encode()
    }
    needs_helper = {"machineName": "Passerelles.Helper", "majorVersion": 1, "minorVersion": 0}
    libraries = {
        CHOICE_FOLDER: library_variant(preloadedDependencies=[needs_helper]),
        "Passerelles.Helper-1.0": helper,
    }
    errors = rejected(a_package(libraries=libraries), h5p_storage)
    assert errors == [
        "Libraries depend on each other in a circle: Passerelles.Choice 1.0 → "
        "Passerelles.Helper 1.0 → Passerelles.Choice 1.0."
    ]


def test_library_depending_on_itself(h5p_storage):
    errors = rejected(with_library_json(preloadedDependencies=[CHOICE_DEPENDENCY]), h5p_storage)
    assert errors == [
        "Libraries depend on each other in a circle: Passerelles.Choice 1.0 → "
        "Passerelles.Choice 1.0."
    ]


# File types and places


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("content/tool.exe", "“content/tool.exe”: files of type “.exe” are not allowed."),
        (
            "content/animation.swf",
            "“content/animation.swf”: files of type “.swf” are not allowed.",
        ),
        (
            "content/script.js",
            "“content/script.js”: scripts and style sheets are allowed only in libraries.",
        ),
        (
            "content/style.CSS",
            "“content/style.CSS”: scripts and style sheets are allowed only in libraries.",
        ),
        (
            "content/README",
            "“content/README” has no file extension, so its type cannot be allowed.",
        ),
        (
            "Passerelles.Choice-1.0/server.php",
            "“Passerelles.Choice-1.0/server.php”: files of type “.php” are not allowed.",
        ),
        (
            "notes.txt",
            "“notes.txt” is not allowed at the top of the package, which may hold only h5p.json, "
            "the content folder and library folders.",
        ),
        (
            "images/photo.png",
            "The folder “images” is neither the content folder nor a library folder: it has no "
            "library.json.",
        ),
    ],
)
def test_file_not_allowed(h5p_storage, name, message):
    errors = rejected(with_entries(**{name: b"data"}), h5p_storage)
    assert errors == [message]


# Paths that could lead a write astray


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.txt", "“../evil.txt” points outside the package with “..”."),
        ("content/../../x.txt", "“content/../../x.txt” points outside the package with “..”."),
        ("/abs.txt", "“/abs.txt” has an absolute path."),
        ("C:/abs.txt", "“C:/abs.txt” has an absolute path."),
        ("content\\..\\x.txt", "“content\\..\\x.txt” has backslashes in its path."),
        ("content//x.txt", "“content//x.txt” is not a plain relative path."),
        ("content/./x.txt", "“content/./x.txt” is not a plain relative path."),
        ("content/x\x01.txt", "“content/x?.txt” is not a plain relative path."),
    ],
)
def test_unsafe_path(h5p_storage, name, message):
    errors = rejected(with_entries(**{name: b"data"}), h5p_storage)
    assert errors == [message]


def test_symbolic_link(h5p_storage):
    link = zipfile.ZipInfo("content/photo.png")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    errors = rejected(with_entries(**{"content/photo.png": (link, b"/etc/passwd")}), h5p_storage)
    assert errors == ["“content/photo.png” is a symbolic link; packages may not hold links."]


def test_special_file(h5p_storage):
    fifo = zipfile.ZipInfo("content/pipe.txt")
    fifo.create_system = 3
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    errors = rejected(with_entries(**{"content/pipe.txt": (fifo, b"")}), h5p_storage)
    assert errors == ["“content/pipe.txt” is not a regular file."]


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_same_name_twice(h5p_storage):
    buffer = io.BytesIO(a_package())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("content/content.json", b"{}")
    errors = rejected(buffer.getvalue(), h5p_storage)
    assert errors == ["“content/content.json” appears more than once in the archive."]


def test_file_used_as_a_folder(h5p_storage):
    data = with_entries(**{"content/a.json": b"{}", "content/a.json/b.json": b"{}"})
    errors = rejected(data, h5p_storage)
    assert errors == ["“content/a.json” is both a file and the folder of “content/a.json/b.json”."]


# Several problems at once


def test_every_problem_is_reported(h5p_storage):
    package = json.loads(package_entries(a_package())["h5p.json"])
    del package["title"]
    data = a_package(
        libraries={CHOICE_FOLDER: library_variant(runnable="yes")},
        extra_files={
            "h5p.json": json.dumps(package).encode(),
            "content/tool.exe": b"MZ",
            "content/script.js": b"alert(1)",
        },
    )
    errors = rejected(data, h5p_storage)
    assert errors == [
        "“content/tool.exe”: files of type “.exe” are not allowed.",
        "“content/script.js”: scripts and style sheets are allowed only in libraries.",
        "“h5p.json” lacks the required field “title”.",
        "In “Passerelles.Choice-1.0/library.json”, “runnable” must be 0 or 1.",
    ]


def test_a_long_list_of_problems_is_summed_up(h5p_storage):
    data = with_entries(**{f"content/tool{number}.exe": b"MZ" for number in range(60)})
    errors = rejected(data, h5p_storage)
    assert len(errors) == 51
    assert errors[-1] == "… and 10 more problems."
