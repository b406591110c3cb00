"""Importing H5P packages: where files go, shared and upgraded libraries, the import
command, and archives that try to write outside the storage."""

import json
import stat
import zipfile
from io import StringIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

import pytest

from courses.demo.h5p.build import CHOICE_FOLDER, choice_library
from courses.factories import LearnerFactory
from courses.h5p.package import H5PPackageError
from courses.models import H5PActivity, H5PLibrary
from courses.services.h5p import h5p_activity_create, h5p_activity_delete
from tests.courses.h5p.conftest import (
    a_package,
    choice_with_patch,
    h5p_rows,
    library_variant,
    package_entries,
    stored,
    zip_of,
)

pytestmark = pytest.mark.django_db

PNG = bytes.fromhex("89504e470d0a1a0a") + b"not really an image"


def dependency(name: str) -> dict:
    return {"machineName": name, "majorVersion": 1, "minorVersion": 0}


def helper_library(name: str, *, needs: tuple[str, ...] = ()) -> dict[str, bytes]:
    definition = {
        "title": name,
        "machineName": name,
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 4,
        "runnable": 0,
        "preloadedDependencies": [dependency(need) for need in needs],
        "preloadedJs": [{"path": "scripts/helper.js"}],
    }
    return {
        "library.json": json.dumps(definition).encode(),
        "scripts/helper.js": f"/* {name} */".encode(),
    }


def create(data: bytes, **kwargs) -> H5PActivity:
    kwargs.setdefault("may_install_libraries", True)
    return h5p_activity_create(upload=ContentFile(data, name="package.h5p"), **kwargs)


def choice_row() -> H5PLibrary:
    return H5PLibrary.objects.get(machine_name="Passerelles.Choice")


# A first import


def test_files_are_stored_under_the_activity_and_the_library(h5p_storage):
    data = a_package(extra_files={"content/images/photo.png": PNG})
    user = LearnerFactory()

    activity = create(data, user=user)

    uuid = activity.uuid
    assert stored(h5p_storage) == {
        "content",
        f"content/{uuid}",
        f"content/{uuid}/h5p.json",
        f"content/{uuid}/content",
        f"content/{uuid}/content/content.json",
        f"content/{uuid}/content/images",
        f"content/{uuid}/content/images/photo.png",
        "libraries",
        "libraries/Passerelles.Choice-1.0.0",
        "libraries/Passerelles.Choice-1.0.0/library.json",
        "libraries/Passerelles.Choice-1.0.0/choice.js",
        "libraries/Passerelles.Choice-1.0.0/choice.css",
    }
    entries = package_entries(data)
    for name in ("h5p.json", "content/content.json", "content/images/photo.png"):
        assert (h5p_storage / "content" / str(uuid) / name).read_bytes() == entries[name]
    for name, content in choice_library().items():
        assert (h5p_storage / "libraries/Passerelles.Choice-1.0.0" / name).read_bytes() == content


def test_rows_describe_the_library_and_the_activity():
    user = LearnerFactory()

    activity = create(a_package(title="Capitals", language="fr"), user=user)

    library = choice_row()
    assert (library.major_version, library.minor_version, library.patch_version) == (1, 0, 0)
    assert library.title == "Passerelles single choice"
    assert library.runnable is True
    assert library.definition == json.loads(choice_library()["library.json"])
    assert list(library.dependencies.all()) == []
    activity.refresh_from_db()
    assert activity.title == "Capitals"
    assert activity.language == "fr"
    assert activity.main_library == library
    assert set(activity.libraries.all()) == {library}
    assert activity.package["mainLibrary"] == "Passerelles.Choice"
    assert activity.embed_types == ["iframe", "div"]
    assert activity.uploaded_by == user
    entries = package_entries(a_package(title="Capitals", language="fr"))
    assert activity.size == len(entries["h5p.json"]) + len(entries["content/content.json"])


def test_a_given_title_replaces_the_package_title():
    assert create(a_package(title="Capitals"), title="  Capital cities ").title == "Capital cities"
    assert create(a_package(title="Capitals"), title="   ").title == "Capitals"


def test_os_junk_is_skipped(h5p_storage):
    junk = {
        "__MACOSX/content/._content.json": b"\x00\x05",
        "__MACOSX/._h5p.json": b"\x00\x05",
        ".DS_Store": b"\x00",
        "Thumbs.db": b"\x00",
        "content/.DS_Store": b"\x00",
        "content/images/Thumbs.db": b"\x00",
        f"{CHOICE_FOLDER}/.DS_Store": b"\x00",
        f"{CHOICE_FOLDER}/.eslintrc": b"{}",
    }

    activity = create(a_package(extra_files=junk))

    names = stored(h5p_storage)
    assert not [name for name in names if "DS_Store" in name or "MACOSX" in name]
    assert not [name for name in names if "Thumbs" in name or "eslintrc" in name]
    assert f"content/{activity.uuid}/content/content.json" in names


# Libraries shared between packages


def test_a_library_is_stored_once_for_every_activity(h5p_storage):
    first = create(a_package(title="One"))
    second = create(a_package(title="Two"))

    assert H5PLibrary.objects.count() == 1
    assert set(first.libraries.all()) == set(second.libraries.all()) == {choice_row()}
    names = stored(h5p_storage)
    assert {name for name in names if name.count("/") == 1} == {
        f"content/{first.uuid}",
        f"content/{second.uuid}",
        "libraries/Passerelles.Choice-1.0.0",
    }


def test_an_activity_needs_its_libraries_dependencies_however_indirect(h5p_storage):
    libraries = {
        CHOICE_FOLDER: library_variant(preloadedDependencies=[dependency("Passerelles.Helper")]),
        "Passerelles.Helper-1.0": helper_library(
            "Passerelles.Helper", needs=("Passerelles.Base",)
        ),
        "Passerelles.Base-1.0": helper_library("Passerelles.Base"),
        "Passerelles.Unused-1.0": helper_library("Passerelles.Unused"),
    }

    first = create(a_package(libraries=libraries))
    # The second package brings no library: the installed ones serve it.
    second = create(a_package(libraries={}))

    rows = {row.machine_name: row for row in H5PLibrary.objects.all()}
    assert set(rows) == {
        "Passerelles.Choice",
        "Passerelles.Helper",
        "Passerelles.Base",
        "Passerelles.Unused",
    }
    assert set(rows["Passerelles.Choice"].dependencies.all()) == {rows["Passerelles.Helper"]}
    assert set(rows["Passerelles.Helper"].dependencies.all()) == {rows["Passerelles.Base"]}
    needed = {rows["Passerelles.Choice"], rows["Passerelles.Helper"], rows["Passerelles.Base"]}
    assert set(first.libraries.all()) == set(second.libraries.all()) == needed
    helper_js = h5p_storage / "libraries/Passerelles.Helper-1.0.4/scripts/helper.js"
    assert helper_js.read_bytes() == b"/* Passerelles.Helper */"


# Patch versions


def upgraded_choice(patch: int) -> dict[str, dict[str, bytes]]:
    libraries = choice_with_patch(patch)
    libraries[CHOICE_FOLDER]["choice.js"] = f"/* patch {patch} */".encode()
    return libraries


def test_a_newer_patch_replaces_the_installed_one_with_permission(
    h5p_storage, django_capture_on_commit_callbacks
):
    first = create(a_package())

    with django_capture_on_commit_callbacks(execute=True):
        second = create(a_package(libraries=upgraded_choice(2)), may_install_libraries=True)

    library = choice_row()
    assert library.patch_version == 2
    assert library.definition["patchVersion"] == 2
    assert first.main_library_id == second.main_library_id == library.pk
    names = stored(h5p_storage)
    assert "libraries/Passerelles.Choice-1.0.0" not in names
    new_js = h5p_storage / "libraries/Passerelles.Choice-1.0.2/choice.js"
    assert new_js.read_bytes() == b"/* patch 2 */"


def test_the_old_patch_stays_until_the_upgrade_commits(h5p_storage):
    create(a_package())
    # Inside the test's transaction, nothing commits: the old folder must still be there.
    create(a_package(libraries=upgraded_choice(2)), may_install_libraries=True)

    names = stored(h5p_storage)
    assert "libraries/Passerelles.Choice-1.0.0/choice.js" in names
    assert "libraries/Passerelles.Choice-1.0.2/choice.js" in names


def test_a_new_library_needs_the_permission(h5p_storage):
    with pytest.raises(H5PPackageError) as caught:
        create(a_package(), may_install_libraries=False)

    assert caught.value.errors == [
        "The package needs the library Passerelles.Choice 1.0, which is not installed. Only "
        "users allowed to install H5P libraries can add it: ask a moderator to upload this "
        "package first."
    ]
    assert stored(h5p_storage) == set()
    assert h5p_rows() == (0, 0)


def test_without_the_permission_installed_libraries_play_the_package(h5p_storage):
    create(a_package())
    before = {name for name in stored(h5p_storage) if name.startswith("libraries")}
    # An editor's package may carry libraries it needs only for editing: they are ignored.
    extra = {"H5PEditor.Thing-1.0": helper_library("H5PEditor.Thing")}

    activity = create(
        a_package(title="Second", libraries={**extra, **upgraded_choice(0)}),
        may_install_libraries=False,
    )

    assert activity.main_library == choice_row()
    assert {name for name in stored(h5p_storage) if name.startswith("libraries")} == before
    assert not H5PLibrary.objects.filter(machine_name="H5PEditor.Thing").exists()


def test_a_newer_patch_is_ignored_without_permission(h5p_storage):
    create(a_package())

    activity = create(a_package(libraries=upgraded_choice(2)), may_install_libraries=False)

    library = choice_row()
    assert library.patch_version == 0
    assert activity.main_library == library
    assert not [name for name in stored(h5p_storage) if "1.0.2" in name]


def test_an_older_patch_never_replaces_a_newer_one(
    h5p_storage, django_capture_on_commit_callbacks
):
    create(a_package(libraries=upgraded_choice(3)), may_install_libraries=True)

    with django_capture_on_commit_callbacks(execute=True):
        create(a_package(libraries=upgraded_choice(1)), may_install_libraries=True)

    assert choice_row().patch_version == 3
    libraries = {name for name in stored(h5p_storage) if name.count("/") == 1}
    assert {name for name in libraries if name.startswith("libraries/")} == {
        "libraries/Passerelles.Choice-1.0.3"
    }


# Deleting


def test_deleting_an_activity_keeps_the_libraries(h5p_storage, django_capture_on_commit_callbacks):
    kept = create(a_package(title="Kept"))
    gone = create(a_package(title="Gone"))

    with django_capture_on_commit_callbacks(execute=True):
        h5p_activity_delete(activity=gone)

    assert not H5PActivity.objects.filter(pk=gone.pk).exists()
    assert H5PLibrary.objects.count() == 1
    names = stored(h5p_storage)
    assert not [name for name in names if str(gone.uuid) in name]
    assert f"content/{kept.uuid}/content/content.json" in names
    assert "libraries/Passerelles.Choice-1.0.0/choice.js" in names


# Failures after writing began


def test_files_left_without_a_row_replace_nothing_but_themselves(h5p_storage):
    # A crash, or a database emptied while the storage was kept, leaves files no row uses.
    leftover = h5p_storage / "libraries/Passerelles.Choice-1.0.0/choice.css"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"/* left by a crash */")
    (leftover.parent / "stale.js").write_bytes(b"old();")

    create(a_package())

    assert leftover.read_bytes() != b"/* left by a crash */"
    assert not (leftover.parent / "stale.js").exists()
    assert h5p_rows() == (1, 1)


def test_a_database_failure_undoes_every_write(h5p_storage, monkeypatch):
    def broken_save(self, *args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(H5PActivity, "save", broken_save)

    with pytest.raises(RuntimeError):
        create(a_package(extra_files={"content/images/photo.png": PNG}))

    assert stored(h5p_storage) == {"content", "libraries"}
    assert h5p_rows() == (0, 0)


# Archives that try to write outside the storage


def link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(
    "entries",
    [
        {"../evil.txt": b"evil"},
        {"../../evil.txt": b"evil"},
        {"/abs.txt": b"evil"},
        {"content/../../evil.txt": b"evil"},
        {"content/..\\..\\evil.txt": b"evil"},
        {"C:/evil.txt": b"evil"},
        {"content/photo.png": (link("content/photo.png"), b"../../../evil.txt")},
        {
            "content/escape": (link("content/escape"), b"../../.."),
            "content/escape/evil.txt": b"evil",
        },
    ],
    ids=[
        "parent",
        "grandparent",
        "absolute",
        "inner-dots",
        "backslashes",
        "drive",
        "link",
        "dir-link",
    ],
)
def test_nothing_is_written_outside_the_storage(h5p_storage, tmp_path, entries):
    outside = set(tmp_path.iterdir())
    abs_existed = Path("/abs.txt").exists()
    data = zip_of({**package_entries(a_package()), **entries})

    with pytest.raises(H5PPackageError):
        create(data, may_install_libraries=True)

    assert set(tmp_path.iterdir()) == outside
    assert stored(h5p_storage) == set()
    assert Path("/abs.txt").exists() == abs_existed
    assert h5p_rows() == (0, 0)


# The import command


def package_file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "capitals.h5p"
    path.write_bytes(data)
    return path


def test_command_imports_and_prints_the_activity(tmp_path):
    out = StringIO()

    call_command("h5p_import", str(package_file(tmp_path, a_package())), stdout=out)

    activity = H5PActivity.objects.get()
    assert out.getvalue() == f"{activity.uuid} Capitals\n"
    assert activity.main_library == choice_row()


def test_command_takes_a_title(tmp_path):
    out = StringIO()
    path = package_file(tmp_path, a_package())

    call_command("h5p_import", str(path), "--title", "Capital cities", stdout=out)

    assert H5PActivity.objects.get().title == "Capital cities"
    assert out.getvalue().endswith(" Capital cities\n")


def test_command_may_upgrade_libraries(tmp_path, django_capture_on_commit_callbacks):
    create(a_package())
    path = package_file(tmp_path, a_package(libraries=upgraded_choice(1)))

    with django_capture_on_commit_callbacks(execute=True):
        call_command("h5p_import", str(path), stdout=StringIO())

    assert choice_row().patch_version == 1


def test_command_prints_every_reason_and_fails(tmp_path, h5p_storage):
    package = json.loads(package_entries(a_package())["h5p.json"])
    package["embedTypes"] = ["flash"]
    data = a_package(
        extra_files={"h5p.json": json.dumps(package).encode(), "content/tool.exe": b"MZ"}
    )
    path = package_file(tmp_path, data)
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError) as caught:
        call_command("h5p_import", str(path), stdout=out, stderr=err)

    assert caught.value.returncode == 1
    assert str(caught.value) == f"{path} was rejected for the reasons above; nothing was stored."
    assert err.getvalue().splitlines() == [
        "“content/tool.exe”: files of type “.exe” are not allowed.",
        "In “h5p.json”, “embedTypes” must be a non-empty list of “div” and “iframe”.",
    ]
    assert out.getvalue() == ""
    assert stored(h5p_storage) == set()
    assert h5p_rows() == (0, 0)


@pytest.mark.parametrize("name", ["missing.h5p", "."])
def test_command_reports_a_file_it_cannot_read(tmp_path, name):
    path = tmp_path / name

    with pytest.raises(CommandError, match=r"^Cannot read .+\.$") as caught:
        call_command("h5p_import", str(path), stdout=StringIO(), stderr=StringIO())

    assert caught.value.returncode == 1
    assert h5p_rows() == (0, 0)


def test_command_rejects_a_file_that_is_not_a_package(tmp_path):
    path = package_file(tmp_path, b"PK but not a zip")
    err = StringIO()

    with pytest.raises(CommandError):
        call_command("h5p_import", str(path), stdout=StringIO(), stderr=err)

    assert err.getvalue() == (
        "The file is not a zip archive, or it is damaged; an .h5p file is a zip archive.\n"
    )
