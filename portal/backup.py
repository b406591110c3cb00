"""Backups: one tar.gz archive holding the database, the media files and the H5P files.

The archive holds ``database.dump`` (PostgreSQL's custom format, from pg_dump) or
``database.sqlite3`` (a copy made with SQLite's backup API), the folders ``media/`` and
``h5p/`` when those files are on this server's disk, and, last, ``manifest.json``: the
versions that made it, the applied migrations, and the size and checksum of everything
in it. A restore checks all of that before it changes anything.
"""

import hashlib
import importlib.metadata
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import django
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

import wagtail

ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# The storages whose files are backed up when they are folders on this server.
FOLDER_STORAGES = {"media": "default", "h5p": "h5p"}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, for the operator."""


@dataclass(frozen=True)
class Folder:
    name: str  # its name in the archive
    path: Path


@dataclass(frozen=True)
class Archive:
    """A checked archive, unpacked in ``staging`` and ready to restore."""

    manifest: dict
    staging: Path
    database_file: Path
    folders: list[Folder]  # the unpacked folders, under ``staging``


def storage_folders() -> tuple[list[Folder], list[str]]:
    """The storages kept in folders on this server, and the names of those kept elsewhere."""
    folders, elsewhere = [], []
    for name, alias in FOLDER_STORAGES.items():
        storage = storages[alias]
        if isinstance(storage, FileSystemStorage):
            folders.append(Folder(name, Path(storage.location)))
        else:
            elsewhere.append(name)
    return folders, elsewhere


# Backing up


def backup_create(target: Path) -> dict:
    """Write the archive to ``target`` (whole or not at all) and return its manifest."""
    folders, elsewhere = storage_folders()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="passerelles-backup-") as work:
        database_file = Path(work) / DATABASE_FILES.get(connection.vendor, "database")
        database_dump(database_file)
        partial = target.with_name(f".{target.name}.partial")
        try:
            with tarfile.open(partial, "w:gz") as archive:
                archive.add(database_file, arcname=database_file.name)
                manifest = {
                    "format": ARCHIVE_FORMAT,
                    "created": datetime.now(UTC).isoformat(timespec="seconds"),
                    "versions": _versions(),
                    "migrations": _applied_migrations(),
                    "database": {
                        "vendor": connection.vendor,
                        "file": database_file.name,
                        "bytes": database_file.stat().st_size,
                        "sha256": _sha256(database_file),
                    },
                    "folders": {folder.name: _folder_add(archive, folder) for folder in folders},
                    "not_included": elsewhere,
                }
                # Written last: an archive cut short has no manifest, and is refused.
                _bytes_add(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def database_dump(target: Path) -> None:
    if connection.vendor == "postgresql":
        _pg_run("pg_dump", "--format=custom", "--file", str(target))
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    else:
        raise BackupError(f"backups cover PostgreSQL and SQLite, not {connection.vendor}")


def _folder_add(archive: tarfile.TarFile, folder: Folder) -> dict:
    """Add the folder's regular files; return how many and their total size."""
    files = size = 0
    if not folder.path.is_dir():
        return {"files": 0, "bytes": 0}
    for root, directories, names in os.walk(folder.path):
        directories.sort()
        for name in sorted(names):
            path = Path(root, name)
            if path.is_symlink() or not path.is_file():
                continue  # links could point anywhere; uploads never make them
            relative = path.relative_to(folder.path).as_posix()
            info = archive.gettarinfo(path, arcname=f"{folder.name}/{relative}")
            with path.open("rb") as content:
                archive.addfile(info, content)
            files += 1
            size += info.size
    return {"files": files, "bytes": size}


def _bytes_add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    info.mode = 0o644
    archive.addfile(info, fileobj=io.BytesIO(data))


def _versions() -> dict:
    if connection.vendor == "postgresql":
        database = str(connection.pg_version)
    else:
        database = sqlite3.sqlite_version
    return {
        "passerelles": importlib.metadata.version("passerelles"),
        "django": django.__version__,
        "wagtail": wagtail.__version__,
        "database": database,
    }


def _applied_migrations() -> list[str]:
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as content:
        while chunk := content.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _pg_run(program: str, *arguments: str) -> None:
    """Run a PostgreSQL client tool against the site's database."""
    if shutil.which(program) is None:
        raise BackupError(
            f"{program} is not installed: install the PostgreSQL client tools "
            "(Debian and Ubuntu package postgresql-client)"
        )
    database = connection.settings_dict
    environment = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    command = [program, *arguments, "--dbname", database["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            command += [option, str(database[key])]
    finished = subprocess.run(  # noqa: S603 (a fixed program, arguments from settings)
        command, env=environment, capture_output=True, text=True, check=False
    )
    if finished.returncode != 0:
        raise BackupError(f"{program} failed: {finished.stderr.strip() or finished.returncode}")


# Restoring


def archive_open(path: Path, staging: Path) -> Archive:
    """Unpack the archive into ``staging`` and check it against its manifest and this site."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            members = archive.getmembers()
            for member in members:
                _member_check(member)
            names = {member.name for member in members}
            if MANIFEST not in names:
                raise BackupError(
                    f"{path.name} has no {MANIFEST}: it is not a complete Passerelles backup"
                )
            archive.extractall(staging, filter="data")
    except FileNotFoundError as error:
        raise BackupError(f"{path} does not exist") from error
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(
            f"{path.name} is not a readable backup archive (tar.gz): {error}"
        ) from error
    manifest = _manifest_read(staging / MANIFEST)
    database = manifest["database"]
    database_file = staging / database["file"]
    if not database_file.is_file() or database_file.stat().st_size != database["bytes"]:
        raise BackupError(f"the database file {database['file']} is missing or cut short")
    if _sha256(database_file) != database["sha256"]:
        raise BackupError(f"the database file {database['file']} is damaged (checksum differs)")
    folders = []
    for name, expected in manifest["folders"].items():
        folder = Folder(name, staging / name)
        found = _folder_count(folder.path)
        if found != expected:
            raise BackupError(
                f"the {name} folder holds {found['files']} files ({found['bytes']} bytes), "
                f"the manifest says {expected['files']} ({expected['bytes']} bytes)"
            )
        folders.append(folder)
    return Archive(manifest, staging, database_file, folders)


def _member_check(member: tarfile.TarInfo) -> None:
    path = PurePosixPath(member.name)
    allowed_top = {MANIFEST, *DATABASE_FILES.values(), *FOLDER_STORAGES}
    if (
        path.is_absolute()
        or ".." in path.parts
        or not path.parts
        or path.parts[0] not in allowed_top
        or not (member.isfile() or member.isdir())
    ):
        raise BackupError(f"the archive holds an entry no backup makes: {member.name!r}")


def _manifest_read(path: Path) -> dict:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("format") != ARCHIVE_FORMAT:
            raise BackupError(
                f"the archive's format is {manifest.get('format')!r}; this version reads "
                f"format {ARCHIVE_FORMAT}"
            )
        database, folders = manifest["database"], manifest["folders"]
        vendor, file = database["vendor"], database["file"]
        int(database["bytes"]), str(database["sha256"])
        if not all(isinstance(counts, dict) for counts in folders.values()):
            raise TypeError
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupError(f"the archive's {MANIFEST} is not valid: {error!r}") from error
    if vendor != connection.vendor:
        raise BackupError(
            f"the archive holds a {vendor} database; this site uses {connection.vendor}"
        )
    if file != DATABASE_FILES[vendor] or not set(folders) <= set(FOLDER_STORAGES):
        raise BackupError(f"the archive's {MANIFEST} names files no backup makes")
    unknown = set(manifest.get("migrations", [])) - _known_migrations()
    if unknown:
        raise BackupError(
            "the archive was made by a newer version of Passerelles (migrations unknown "
            f"here: {', '.join(sorted(unknown)[:5])}): upgrade first, then restore"
        )
    return manifest


def _known_migrations() -> set[str]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {f"{app}.{name}" for app, name in loader.disk_migrations}


def _folder_count(path: Path) -> dict:
    files = size = 0
    if path.is_dir():
        for root, _directories, names in os.walk(path):
            for name in names:
                files += 1
                size += Path(root, name).stat().st_size
    return {"files": files, "bytes": size}


def backup_restore(archive: Archive) -> None:
    """Replace the database, then the folders, with the archive's; clear the cache.

    The database goes first and whole (one transaction): when it fails, nothing changed.
    """
    try:
        database_restore(archive.database_file)
    except BackupError as error:
        reason = f"the database could not be restored and is as it was: {error}"
        raise BackupError(reason) from error
    current, _elsewhere = storage_folders()
    targets = {folder.name: folder.path for folder in current}
    for folder in archive.folders:
        if folder.name in targets:
            try:
                folder_replace(folder.path, targets[folder.name])
            except OSError as error:
                raise BackupError(
                    f"the database was restored, but not the {folder.name} folder "
                    f"({targets[folder.name]}): {error}"
                ) from error
    # Cached pages and site lookups describe the database that was just replaced.
    cache.clear()


def database_restore(source: Path) -> None:
    connection.close()
    if connection.vendor == "postgresql":
        _pg_run(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            str(source),
        )
    else:
        connection.ensure_connection()
        saved = sqlite3.connect(source)
        try:
            saved.backup(connection.connection)
        finally:
            saved.close()
    connection.close()


def folder_replace(source: Path, target: Path) -> None:
    """Put the files of ``source`` in the place of those of ``target``.

    Entries are renamed inside ``target`` itself, which may be a mount point that cannot
    be renamed: the old files move aside, the new ones in, then the old ones go.
    """
    target.mkdir(parents=True, exist_ok=True)
    incoming = Path(tempfile.mkdtemp(prefix=".restoring-", dir=target))
    outgoing = Path(tempfile.mkdtemp(prefix=".replaced-", dir=target))
    try:
        if source.is_dir():  # an empty folder leaves no trace in the archive
            shutil.copytree(source, incoming, dirs_exist_ok=True)
        for entry in list(target.iterdir()):
            if entry not in (incoming, outgoing):
                entry.rename(outgoing / entry.name)
        for entry in list(incoming.iterdir()):
            entry.rename(target / entry.name)
    finally:
        shutil.rmtree(incoming, ignore_errors=True)
        shutil.rmtree(outgoing, ignore_errors=True)
