"""H5P activities: installing an uploaded package's libraries and content, and removing them.

Files go to the ``h5p`` storage and rows to the database together: when anything fails,
every file this call wrote is deleted and the transaction rolls back, so a rejected or
broken upload leaves nothing behind.
"""

import posixpath
from functools import partial

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.db import connection, transaction
from django.utils.translation import gettext as _

from courses.h5p.package import H5PPackage, H5PPackageError, LibraryKey, package_read
from courses.models import H5PActivity, H5PLibrary
from portal.models import User

# Any number, the same for every process: the PostgreSQL lock taken while installing.
INSTALLS_LOCK_ID = 4_835_001

# Top folders of the storage. They are shared by every upload, so they are never removed.
STORAGE_AREAS = ("content", "libraries")


def h5p_activity_create(
    *, upload, title: str = "", user: User | None = None, may_install_libraries: bool
) -> H5PActivity:
    """Check a .h5p upload, install what it brings, and return its new activity.

    Library code runs in the portal's pages, so only users with ``may_install_libraries``
    add libraries or install a newer patch of one; an older patch never replaces a newer
    one. Anyone else may upload a package whose libraries are all installed already:
    the installed versions play it. Raise H5PPackageError listing what is wrong.
    """
    package = package_read(upload)
    writer = StorageWriter(storage=storages["h5p"])
    try:
        with transaction.atomic():
            rows = libraries_install(
                package=package, writer=writer, may_install=may_install_libraries
            )
            activity = H5PActivity(
                title=(title.strip() or package.package["title"].strip())[:255],
                language=package.package["language"],
                main_library=rows[package.main_library],
                package=package.package,
                size=package.content_size,
                uploaded_by=user,
            )
            for name in package.content_files:
                writer.save(f"{activity.storage_path}/{name}", package.read(name))
            activity.save()
            activity.libraries.set(
                libraries_needed(roots=[rows[key] for key in package.dependencies])
            )
    except BaseException:
        writer.undo()
        raise
    finally:
        package.archive.close()
    return activity


def h5p_activity_delete(*, activity: H5PActivity) -> None:
    """Delete an activity; its content files follow once the deletion commits (see
    ``courses.signals``), however it is deleted. The libraries stay for other activities."""
    activity.delete()


def h5p_storage_folder_delete(*, path: str, storage: Storage | None = None) -> None:
    """Delete a folder of the H5P storage and everything in it."""
    storage = storage or storages["h5p"]
    try:
        folders, files = storage.listdir(path)
    except FileNotFoundError:
        return
    for name in files:
        storage.delete(f"{path}/{name}")
    for name in folders:
        h5p_storage_folder_delete(path=f"{path}/{name}", storage=storage)
    # Removes the emptied folder on the file system; a no-op for object stores.
    storage.delete(path)


def libraries_install(
    *, package: H5PPackage, writer: "StorageWriter", may_install: bool
) -> dict[LibraryKey, H5PLibrary]:
    """Install or upgrade the package's libraries; return every library it refers to, by key.

    Each patch version is written to its own folder before the row points to it, so
    learners playing the old version are never served half of each.
    """
    _installs_lock()
    names = {key[0] for key in package.dependencies}
    for library in package.libraries.values():
        names.add(library.key[0])
        names.update(key[0] for key in library.dependencies)
    rows = {
        (row.machine_name, row.major_version, row.minor_version): row
        for row in H5PLibrary.objects.filter(machine_name__in=names)
    }
    if not may_install:
        missing = libraries_missing(package=package, installed=rows)
        if missing:
            raise H5PPackageError(
                [
                    _(
                        "The package needs the library {library}, which is not installed. "
                        "Only users allowed to install H5P libraries can add it: ask a "
                        "moderator to upload this package first."
                    ).format(library=f"{name} {major}.{minor}")
                    for name, major, minor in missing
                ]
            )
        return rows
    changed = []
    for library in package.libraries.values():
        row = rows.get(library.key)
        if row is None:
            row = H5PLibrary(
                machine_name=library.key[0],
                major_version=library.key[1],
                minor_version=library.key[2],
            )
        elif row.patch_version >= library.patch_version:
            continue  # the same version, or a newer one
        else:
            transaction.on_commit(
                partial(h5p_storage_folder_delete, path=row.storage_path, storage=writer.storage)
            )
        row.patch_version = library.patch_version
        row.title = library.definition["title"]
        row.runnable = bool(library.definition["runnable"])
        row.definition = library.definition
        # No row points at this version's folder yet: anything there was left by a crash
        # or by an emptied database, and would make the storage rename the new files.
        h5p_storage_folder_delete(path=row.storage_path, storage=writer.storage)
        for path in library.files:
            writer.save(f"{row.storage_path}/{path}", package.read(f"{library.folder}/{path}"))
        row.save()
        rows[library.key] = row
        changed.append((row, library))
    for row, library in changed:
        row.dependencies.set([rows[key] for key in library.dependencies])
    return rows


def _installs_lock() -> None:
    """Let one upload at a time install libraries (PostgreSQL; SQLite writes one at a time
    anyway). Two uploads bringing the same new library would otherwise both write its
    folder, and the one that fails would delete the files of the one that succeeded."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [INSTALLS_LOCK_ID])


def libraries_missing(
    *, package: H5PPackage, installed: dict[LibraryKey, H5PLibrary]
) -> list[LibraryKey]:
    """The libraries needed to play the package that are not installed, in the order met.

    Installed libraries came with their own dependencies, so the search stops at them.
    Libraries a package carries only for its editor do not matter.
    """
    carried = {library.key: library for library in package.libraries.values()}
    missing, seen, queue = [], set(), list(package.dependencies)
    while queue:
        key = queue.pop(0)
        if key in seen or key in installed:
            continue
        seen.add(key)
        missing.append(key)
        if key in carried:
            queue.extend(carried[key].dependencies)
    return missing


def libraries_needed(*, roots: list[H5PLibrary]) -> set[H5PLibrary]:
    """The given libraries and every library they depend on, however indirectly."""
    needed = set(roots)
    queue = list(roots)
    while queue:
        for dep in queue.pop().dependencies.all():
            if dep not in needed:
                needed.add(dep)
                queue.append(dep)
    return needed


class StorageWriter:
    """Saves files under exactly the names asked for, and can delete all it saved."""

    def __init__(self, *, storage: Storage):
        self.storage = storage
        self.written: list[str] = []

    def save(self, name: str, data: bytes) -> None:
        saved = self.storage.save(name, ContentFile(data))
        self.written.append(saved)
        if saved != name:
            # The storage renames instead of overwriting: another upload, or files left
            # from a crash, hold this name. Stored under another name it would never be found.
            raise H5PPackageError(
                [
                    _(
                        "“{name}” already exists in the H5P storage, so the package could "
                        "not be installed. Nothing was stored."
                    ).format(name=name)
                ]
            )

    def undo(self) -> None:
        """Delete every file saved, then the folders this left empty."""
        folders = set()
        for name in self.written:
            self.storage.delete(name)
            folder = posixpath.dirname(name)
            while folder and folder not in STORAGE_AREAS:
                folders.add(folder)
                folder = posixpath.dirname(folder)
        # Deepest first, so a folder is empty by the time it is reached.
        for folder in sorted(folders, key=lambda path: path.count("/"), reverse=True):
            try:
                inner_folders, files = self.storage.listdir(folder)
                if not inner_folders and not files:
                    self.storage.delete(folder)
            except OSError:
                continue  # already gone, or filled again by another upload meanwhile
        self.written = []
