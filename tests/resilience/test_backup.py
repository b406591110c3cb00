"""manage.py backup and restore: the demo comes back exactly; a bad archive changes nothing."""

import hashlib
import io
import json
import shutil
import tarfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client, override_settings

import pytest

from portal.backup import DATABASE_FILES, MANIFEST, folder_replace
from portal.models import User
from practices.models import CaseStudyPage


@pytest.fixture
def folders(tmp_path, settings):
    """Media and H5P folders of the test's own, with a few files in each."""
    media, h5p = tmp_path / "media", tmp_path / "h5p"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "photo.jpg").write_bytes(b"\xff\xd8 a photo")
    (media / "documents").mkdir()
    (media / "documents" / "report.pdf").write_bytes(b"%PDF-1.7 a report" * 100)
    (h5p / "content" / "1234").mkdir(parents=True)
    (h5p / "content" / "1234" / "content.json").write_text('{"question": "?"}')
    storages = {**settings.STORAGES}
    storages["h5p"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(h5p)},
    }
    with override_settings(MEDIA_ROOT=str(media), STORAGES=storages):
        yield media, h5p


def files_in(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_restore_brings_back_the_database_and_files_exactly(
    demo_database, folders, tmp_path, capsys
):
    media, h5p = folders
    archive = tmp_path / "backups" / "site.tar.gz"
    call_command("backup", output=archive)
    output = capsys.readouterr().out
    assert "Folder media: 2 files" in output
    assert "Folder h5p: 1 files" in output
    database_before = connection.creation.serialize_db_to_string()
    media_before, h5p_before = files_in(media), files_in(h5p)

    case_study = CaseStudyPage.objects.live().first()
    case_study.title = "Changed after the backup"
    case_study.save()
    User.objects.create_user("late", email="late@example.org", password="late-comer-1")
    User.objects.filter(email="marc@example.org").delete()
    (media / "original_images" / "photo.jpg").write_bytes(b"another photo")
    (media / "documents" / "report.pdf").unlink()
    (media / "uploaded-later.txt").write_text("new")
    shutil.rmtree(h5p / "content")
    assert connection.creation.serialize_db_to_string() != database_before

    call_command("restore", archive, force=True)

    assert connection.creation.serialize_db_to_string() == database_before
    assert files_in(media) == media_before
    assert files_in(h5p) == h5p_before
    assert "Restored site.tar.gz" in capsys.readouterr().out
    # The site works on the restored database.
    assert Client().get(case_study.url).status_code == 200
    assert User.objects.filter(email="marc@example.org").exists()


def valid_manifest() -> dict:
    return {
        "format": 1,
        "created": "2026-01-01T00:00:00+00:00",
        "versions": {"passerelles": "0.1.0"},
        "migrations": [],
        "database": {
            "vendor": connection.vendor,
            "file": DATABASE_FILES[connection.vendor],
            "bytes": len(b"db"),
            "sha256": hashlib.sha256(b"db").hexdigest(),
        },
        "folders": {"media": {"files": 0, "bytes": 0}},
        "not_included": [],
    }


def synthetic_archive(path: Path, *, manifest=None, members=None, database=b"db") -> Path:
    """An archive shaped like a backup, to spoil one part at a time."""
    manifest = valid_manifest() if manifest is None else manifest
    file = DATABASE_FILES[connection.vendor]
    members = members if members is not None else {file: database}
    if manifest is not False:
        members = {**members, MANIFEST: json.dumps(manifest).encode()}
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def restore_refused(archive: Path, folders, **options) -> str:
    media, _h5p = folders
    users, media_files = User.objects.count(), files_in(media)
    with pytest.raises(CommandError) as refusal:
        call_command("restore", archive, **options)
    assert User.objects.count() == users
    assert files_in(media) == media_files
    return str(refusal.value)


@pytest.mark.django_db
def test_a_file_that_is_no_archive_is_refused(folders, tmp_path):
    archive = tmp_path / "not.tar.gz"
    archive.write_bytes(b"PK\x03\x04 a zip, not a backup")
    message = restore_refused(archive, folders, force=True)
    assert "not a readable backup archive" in message
    assert "Nothing was restored" in message


@pytest.mark.django_db
def test_a_missing_archive_is_refused(folders, tmp_path):
    message = restore_refused(tmp_path / "nowhere.tar.gz", folders, force=True)
    assert "does not exist" in message


@pytest.mark.django_db
def test_an_archive_cut_short_has_no_manifest_and_is_refused(folders, tmp_path):
    archive = synthetic_archive(tmp_path / "cut.tar.gz", manifest=False)
    assert "has no manifest.json" in restore_refused(archive, folders, force=True)


@pytest.mark.django_db
def test_a_damaged_database_file_is_refused(folders, tmp_path):
    archive = synthetic_archive(tmp_path / "damaged.tar.gz", database=b"dB")
    assert "damaged (checksum differs)" in restore_refused(archive, folders, force=True)


@pytest.mark.django_db
def test_an_entry_climbing_out_is_refused(folders, tmp_path):
    file = DATABASE_FILES[connection.vendor]
    archive = synthetic_archive(
        tmp_path / "evil.tar.gz", members={file: b"db", "media/../../escaped.txt": b"x"}
    )
    assert "an entry no backup makes" in restore_refused(archive, folders, force=True)
    assert not (tmp_path / "escaped.txt").exists()


@pytest.mark.django_db
def test_missing_files_are_refused(folders, tmp_path):
    manifest = valid_manifest()
    manifest["folders"]["media"] = {"files": 3, "bytes": 30}
    archive = synthetic_archive(tmp_path / "short.tar.gz", manifest=manifest)
    assert "the manifest says 3" in restore_refused(archive, folders, force=True)


@pytest.mark.django_db
def test_another_database_engine_is_refused(folders, tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    manifest = valid_manifest()
    manifest["database"].update(vendor=other, file=DATABASE_FILES[other])
    archive = synthetic_archive(
        tmp_path / "other.tar.gz", manifest=manifest, members={DATABASE_FILES[other]: b"db"}
    )
    assert f"holds a {other} database" in restore_refused(archive, folders, force=True)


@pytest.mark.django_db
def test_an_archive_from_a_newer_version_is_refused(folders, tmp_path):
    manifest = valid_manifest()
    manifest["migrations"] = ["courses.9999_from_the_future"]
    archive = synthetic_archive(tmp_path / "newer.tar.gz", manifest=manifest)
    assert "newer version" in restore_refused(archive, folders, force=True)


@pytest.mark.django_db
def test_restore_without_force_asks_and_refuses_when_it_cannot(folders, tmp_path):
    archive = synthetic_archive(tmp_path / "valid.tar.gz")
    message = restore_refused(archive, folders, interactive=False)
    assert "--force" in message


def test_a_folder_empty_in_the_backup_is_emptied_on_restore(tmp_path):
    target = tmp_path / "media"
    (target / "images").mkdir(parents=True)
    (target / "images" / "later.jpg").write_bytes(b"uploaded after the backup")
    folder_replace(tmp_path / "not-in-the-archive", target)
    assert target.is_dir()
    assert list(target.iterdir()) == []


def test_a_folder_is_replaced_whole(tmp_path):
    source, target = tmp_path / "staged", tmp_path / "media"
    (source / "documents").mkdir(parents=True)
    (source / "documents" / "kept.pdf").write_bytes(b"from the backup")
    (target / "images").mkdir(parents=True)
    (target / "images" / "later.jpg").write_bytes(b"uploaded after the backup")
    folder_replace(source, target)
    assert files_in(target) == {"documents/kept.pdf": b"from the backup"}
    assert [path.name for path in target.iterdir()] == ["documents"]  # nothing left over
