"""Reading and checking an uploaded H5P package before anything of it is stored.

Nothing in an archive is trusted. Its directory is checked (sizes, paths, entry types)
before a single byte is decompressed; then every entry is read in bounded chunks, whatever
size it claims, and its checksum verified. Nothing here writes: installing is the service's
job (``courses.services.h5p``).
"""

import io
import json
import lzma
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.models import H5PLibrary

# (machine name, major version, minor version): how H5P names a library it depends on.
LibraryKey = tuple[str, int, int]

# H5P's default list of content file types, without Flash.
CONTENT_EXTENSIONS = frozenset(
    {"json", "xml", "csv", "txt", "md", "textile", "diff", "patch", "vtt", "webvtt"}
    | {"png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "svg"}
    | {"eot", "ttf", "woff", "woff2", "otf"}
    | {"webm", "mp4", "ogg", "mp3", "m4a", "wav"}
    | {"pdf", "rtf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp"}
)
# Code runs only from libraries, which editors may install, never from content.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}

# Left behind by file managers and zip tools; skipped (never stored) rather than refused.
JUNK_FOLDERS = frozenset({"__MACOSX"})
JUNK_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})

READABLE_COMPRESSION = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)
# What a damaged or lying entry can raise while it is decompressed.
READ_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError)

CHUNK_SIZE = 64 * 1024
# Small files (JSON above all) compress far better than media, so the ratio limit applies
# only to entries, and archives, bigger than this.
RATIO_THRESHOLD = 1024 * 1024
# Past this many reasons the list stops helping: the rest are summed up in one line.
MAX_ERRORS = 50

# Longer names cannot be stored: most file systems take 255 bytes per name, and object
# stores about 1,000 bytes per key, the storage's own folders included.
MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 512

MACHINE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,126}")
# At most 20 characters: the length of the activity's language column.
LANGUAGE = re.compile(r"(?=.{2,20}$)[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}")
MAX_VERSION = 32767  # what the version columns hold
EMBED_TYPES = frozenset({"div", "iframe"})


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _storable(value) -> bool:
    """Whether the database can keep ``value``: PostgreSQL refuses NUL characters and
    unpaired surrogates in text."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\\u0000" not in text


class H5PPackageError(Exception):
    """The package cannot be used; ``errors`` holds every reason found, for the uploader."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = list(errors)


@dataclass
class PackageLibrary:
    """A library folder of the package: its library.json and the files inside it."""

    folder: str
    definition: dict
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> LibraryKey:
        return library_key(self.definition)

    @property
    def patch_version(self) -> int:
        return self.definition["patchVersion"]

    @property
    def dependencies(self) -> list[LibraryKey]:
        """The libraries it needs to play (the editor's are not installed here)."""
        return dependency_keys(self.definition, "preloadedDependencies", "dynamicDependencies")


@dataclass
class H5PPackage:
    """A package that passed every check, still inside its open archive."""

    archive: zipfile.ZipFile
    package: dict
    content: dict
    libraries: dict[str, PackageLibrary]
    content_files: list[str]

    @property
    def dependencies(self) -> list[LibraryKey]:
        return dependency_keys(self.package, "preloadedDependencies", "dynamicDependencies")

    @property
    def main_library(self) -> LibraryKey:
        name = self.package["mainLibrary"]
        return next(key for key in self.dependencies if key[0] == name)

    @property
    def content_size(self) -> int:
        """Unpacked bytes of h5p.json and the content folder."""
        return sum(self.archive.getinfo(name).file_size for name in self.content_files)

    def read(self, name: str) -> bytes:
        """One entry's bytes, read again within its checked size."""
        return entry_read(self.archive, self.archive.getinfo(name))


def package_read(upload) -> H5PPackage:
    """Open and check an uploaded .h5p file (bytes or a binary file object).

    Raise H5PPackageError listing every problem found. Installed libraries are looked up
    to satisfy dependencies the package does not carry.
    """
    handle = io.BytesIO(upload) if isinstance(upload, bytes | bytearray) else upload
    size = upload_size(handle)
    if size > settings.H5P_MAX_UPLOAD_SIZE:
        raise H5PPackageError(
            [
                _("The file is {size} bytes; uploads are limited to {limit} bytes.").format(
                    size=size, limit=settings.H5P_MAX_UPLOAD_SIZE
                )
            ]
        )
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise H5PPackageError(
            [_("The file is not a zip archive, or it is damaged; an .h5p file is a zip archive.")]
        ) from error
    reader = PackageReader(archive)
    reader.check()
    if reader.errors:
        raise H5PPackageError(errors_capped(reader.errors))
    return reader.package()


def upload_size(handle) -> int:
    handle.seek(0, io.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    return size


def errors_capped(errors: list[str]) -> list[str]:
    if len(errors) <= MAX_ERRORS:
        return errors
    more = len(errors) - MAX_ERRORS
    return [*errors[:MAX_ERRORS], _("… and {count} more problems.").format(count=more)]


def entry_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, read in chunks and never past its declared size.

    Raise H5PPackageError when the data is damaged or does not match the declared size.
    """
    chunks, size = [], 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK_SIZE):
                size += len(chunk)
                if size > info.file_size:
                    raise H5PPackageError([message_size_lie(info.filename)])
                chunks.append(chunk)
    except READ_ERRORS as error:
        raise H5PPackageError([message_damaged(info.filename)]) from error
    if size != info.file_size:
        raise H5PPackageError([message_size_lie(info.filename)])
    return b"".join(chunks)


def message_damaged(name: str) -> str:
    return _("“{name}” is damaged: its data does not match its checksum.").format(name=shown(name))


def message_size_lie(name: str) -> str:
    return _("“{name}” does not hold the amount of data its archive entry declares.").format(
        name=shown(name)
    )


def shown(name: str) -> str:
    """A file name fit for a message: no control characters, not endless."""
    printable = "".join("?" if ord(char) < 32 or ord(char) == 127 else char for char in name)
    return printable if len(printable) <= 200 else f"{printable[:200]}…"


class PackageReader:
    """Collects every problem of one archive, then builds the H5PPackage."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.errors: list[str] = []
        self.content_files: list[str] = []
        # Top-level folders other than content/: library folders if they hold library.json.
        self.folders: dict[str, list[str]] = {}
        self.json: dict[str, object] = {}
        self.libraries: dict[str, PackageLibrary] = {}
        # Folders whose library.json is broken: their dependants are not reported as well.
        self.broken_folders: set[str] = set()

    def error(self, message: str) -> None:
        self.errors.append(message)

    def check(self) -> None:
        if not self.directory_check():
            return  # unsafe to decompress anything
        self.layout_check()
        self.data_check()
        self.package_json_check()
        self.libraries_check()
        if "h5p.json" in self.json:
            self.dependencies_check()

    # The archive's directory, before any data is read.

    def directory_check(self) -> bool:
        """Check sizes, paths and entry types; False when reading data would be unsafe."""
        infos = self.archive.infolist()
        if len(infos) > settings.H5P_MAX_FILES:
            self.error(
                _("The package holds {count} entries; at most {limit} are allowed.").format(
                    count=len(infos), limit=settings.H5P_MAX_FILES
                )
            )
            return False
        unsafe_before = len(self.errors)
        seen, total, total_compressed = set(), 0, 0
        for info in infos:
            name = info.filename
            if name in seen:
                self.error(
                    _("“{name}” appears more than once in the archive.").format(name=shown(name))
                )
            seen.add(name)
            if problem := path_problem(name):
                self.error(problem)
                continue
            if problem := entry_type_problem(info):
                self.error(problem)
                continue
            if info.is_dir():
                continue
            self.entry_check(info)
            total += info.file_size
            total_compressed += info.compress_size
        if total > settings.H5P_MAX_TOTAL_SIZE:
            self.error(
                _("Unpacked, the package would take {size} bytes; the limit is {limit}.").format(
                    size=total, limit=settings.H5P_MAX_TOTAL_SIZE
                )
            )
        if too_compressed(total, total_compressed):
            self.error(
                _(
                    "The package is compressed more than {ratio} times, which only a "
                    "zip bomb does."
                ).format(ratio=settings.H5P_MAX_COMPRESSION_RATIO)
            )
        return len(self.errors) == unsafe_before

    def entry_check(self, info: zipfile.ZipInfo) -> None:
        name = shown(info.filename)
        if info.flag_bits & 0x1:
            self.error(_("“{name}” is encrypted; packages must not be.").format(name=name))
        if info.compress_type not in READABLE_COMPRESSION:
            self.error(
                _("“{name}” is compressed with a method the portal cannot read.").format(name=name)
            )
        if info.file_size > settings.H5P_MAX_FILE_SIZE:
            self.error(
                _("“{name}” is {size} bytes unpacked; files are limited to {limit}.").format(
                    name=name, size=info.file_size, limit=settings.H5P_MAX_FILE_SIZE
                )
            )
        elif too_compressed(info.file_size, info.compress_size):
            self.error(
                _(
                    "“{name}” is compressed more than {ratio} times, which only a zip bomb does."
                ).format(name=name, ratio=settings.H5P_MAX_COMPRESSION_RATIO)
            )

    # Where files are, and what types they are.

    def layout_check(self) -> None:
        for info in self.archive.infolist():
            if info.is_dir() or is_junk(info.filename):
                continue
            name = info.filename
            top, _sep, rest = name.partition("/")
            if name == "h5p.json" or (top == "content" and rest):
                self.extension_check(name, CONTENT_EXTENSIONS)
                self.content_files.append(name)
            elif not rest:
                self.error(
                    _(
                        "“{name}” is not allowed at the top of the package, which may hold "
                        "only h5p.json, the content folder and library folders."
                    ).format(name=shown(name))
                )
            else:
                self.extension_check(name, LIBRARY_EXTENSIONS)
                self.folders.setdefault(top, []).append(rest)
        self.clashes_check()
        if "h5p.json" not in self.content_files:
            self.error(_("h5p.json is missing from the top of the package."))
        if "content/content.json" not in self.content_files:
            self.error(_("content/content.json is missing from the package."))
        for folder, files in list(self.folders.items()):
            if "library.json" not in files:
                self.error(
                    _(
                        "The folder “{folder}” is neither the content folder nor a library "
                        "folder: it has no library.json."
                    ).format(folder=shown(folder))
                )
                del self.folders[folder]

    def clashes_check(self) -> None:
        """A name used for a file and as a folder cannot be unpacked."""
        files = {info.filename for info in self.archive.infolist() if not info.is_dir()}
        for name in sorted(files):
            parts = name.split("/")
            for depth in range(1, len(parts)):
                folder = "/".join(parts[:depth])
                if folder in files:
                    self.error(
                        _("“{name}” is both a file and the folder of “{inner}”.").format(
                            name=shown(folder), inner=shown(name)
                        )
                    )

    def extension_check(self, name: str, allowed: frozenset[str]) -> None:
        extension = PurePosixPath(name).suffix.lower().removeprefix(".")
        if extension in allowed:
            return
        if not extension:
            message = _("“{name}” has no file extension, so its type cannot be allowed.")
        elif extension in LIBRARY_EXTENSIONS:
            message = _("“{name}”: scripts and style sheets are allowed only in libraries.")
        else:
            message = _("“{name}”: files of type “.{extension}” are not allowed.")
        self.error(message.format(name=shown(name), extension=extension))

    # The data: checksums of every entry, JSON of the few that describe the package.

    def data_check(self) -> None:
        described = {"h5p.json", "content/content.json"}
        described.update(f"{folder}/library.json" for folder in self.folders)
        names = self.content_files + [
            f"{folder}/{path}" for folder, files in self.folders.items() for path in files
        ]
        for name in names:
            try:
                data = entry_read(self.archive, self.archive.getinfo(name))
            except H5PPackageError as error:
                self.errors.extend(error.errors)
                continue
            if name in described:
                self.json_parse(name, data)

    def json_parse(self, name: str, data: bytes) -> None:
        try:
            value = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):
            self.error(_("“{name}” is not valid JSON.").format(name=shown(name)))
            return
        if not isinstance(value, dict):
            self.error(_("“{name}” must hold a JSON object.").format(name=shown(name)))
            return
        if not _storable(value):
            self.error(
                _(
                    "“{name}” holds text that cannot be stored: a NUL character or a "
                    "broken Unicode character."
                ).format(name=shown(name))
            )
            return
        self.json[name] = value

    def package_json_check(self) -> None:
        package = self.json.get("h5p.json")
        if package is None:
            return
        problems = fields_check(
            package, name="h5p.json", required=PACKAGE_FIELDS, optional=PACKAGE_OPTIONAL_FIELDS
        )
        main = package.get("mainLibrary")
        if not problems and all(
            dep["machineName"] != main for dep in package["preloadedDependencies"]
        ):
            problems.append(
                _(
                    "In “h5p.json”, the main library “{library}” is not among the "
                    "preloadedDependencies."
                ).format(library=main)
            )
        self.errors.extend(problems)
        if problems:
            # Too broken to say what the package needs.
            del self.json["h5p.json"]

    def libraries_check(self) -> None:
        for folder, files in self.folders.items():
            name = f"{folder}/library.json"
            definition = self.json.get(name)
            if definition is None:
                self.broken_folders.add(folder)
                continue
            problems = library_problems(definition, name=name, folder=folder, files=files)
            self.errors.extend(problems)
            if problems:
                self.broken_folders.add(folder)
            else:
                self.libraries[folder] = PackageLibrary(folder, definition, files)

    # What the libraries need, from the package or from those installed.

    def dependencies_check(self) -> None:
        package = self.json["h5p.json"]
        needs: list[tuple[str, LibraryKey]] = [
            ("h5p.json", key)
            for key in dependency_keys(package, "preloadedDependencies", "dynamicDependencies")
        ]
        for folder, library in self.libraries.items():
            needs += [(f"{folder}/library.json", key) for key in library.dependencies]
        in_package = {library.key: library for library in self.libraries.values()}
        installed = installed_libraries(
            {key[0] for _source, key in needs} | {key[0] for key in in_package}
        )
        broken = self.broken_folders
        for source, key in needs:
            if key in in_package or key in installed or folder_name(key) in broken:
                continue
            self.error(
                _(
                    "“{source}” needs the library {library}, which is neither in the "
                    "package nor installed."
                ).format(source=shown(source), library=library_label(key))
            )
        main = next(key for _source, key in needs if key[0] == package["mainLibrary"])
        if main in in_package:
            runnable = in_package[main].definition["runnable"]
        else:
            runnable = installed.get(main, (None, []))[0]
        if runnable in (0, False):
            self.error(
                _("In “h5p.json”, the main library {library} cannot be played on its own.").format(
                    library=library_label(main)
                )
            )
        graph = {key: deps for key, (_runnable, deps) in installed.items()}
        graph.update({key: library.dependencies for key, library in in_package.items()})
        for cycle in dependency_cycles(graph, start=in_package):
            self.error(
                _("Libraries depend on each other in a circle: {cycle}.").format(
                    cycle=" → ".join(library_label(key) for key in cycle)
                )
            )

    def package(self) -> H5PPackage:
        return H5PPackage(
            archive=self.archive,
            package=self.json["h5p.json"],
            content=self.json["content/content.json"],
            libraries=self.libraries,
            content_files=self.content_files,
        )


def path_problem(name: str) -> str | None:
    """Why an entry's name could lead a write astray, or None when it is a plain path."""
    if "\\" in name:
        return _("“{name}” has backslashes in its path.").format(name=shown(name))
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return _("“{name}” has an absolute path.").format(name=shown(name))
    parts = name.removesuffix("/").split("/")
    if ".." in parts:
        return _("“{name}” points outside the package with “..”.").format(name=shown(name))
    if any(part in ("", ".") for part in parts) or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return _("“{name}” is not a plain relative path.").format(name=shown(name))
    if len(name.encode("utf-8", "surrogatepass")) > MAX_PATH_BYTES or any(
        len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES for part in parts
    ):
        return _("“{name}” has a name or path too long to be stored.").format(name=shown(name))
    return None


def entry_type_problem(info: zipfile.ZipInfo) -> str | None:
    """Refuse links and special files: only plain files and folders are unpacked."""
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return _("“{name}” is a symbolic link; packages may not hold links.").format(
            name=shown(info.filename)
        )
    if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return _("“{name}” is not a regular file.").format(name=shown(info.filename))
    return None


def too_compressed(size: int, compressed: int) -> bool:
    if size <= RATIO_THRESHOLD:
        return False
    return size > settings.H5P_MAX_COMPRESSION_RATIO * compressed


def is_junk(name: str) -> bool:
    """Operating-system leftovers and hidden files, which H5P tools leave out too."""
    parts = name.removesuffix("/").split("/")
    return (
        any(part in JUNK_FOLDERS for part in parts)
        or parts[-1] in JUNK_FILES
        or any(part.startswith(".") for part in parts)
    )


# Field rules: a test, and what the field must be, said in the message when it fails.


@dataclass(frozen=True)
class Rule:
    test: Callable[[object], bool]
    description: Promise


def is_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def is_machine_name(value) -> bool:
    return isinstance(value, str) and MACHINE_NAME.fullmatch(value) is not None


def is_language(value) -> bool:
    return isinstance(value, str) and LANGUAGE.fullmatch(value) is not None


def is_version(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_VERSION


def is_flag(value) -> bool:
    return value in (0, 1) and not isinstance(value, float)


def is_dependency(value) -> bool:
    return (
        isinstance(value, dict)
        and is_machine_name(value.get("machineName"))
        and is_version(value.get("majorVersion"))
        and is_version(value.get("minorVersion"))
    )


def is_dependency_list(value) -> bool:
    return isinstance(value, list) and all(is_dependency(item) for item in value)


def is_embed_types(value) -> bool:
    return isinstance(value, list) and bool(value) and all(item in EMBED_TYPES for item in value)


def is_file_list(value) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, dict) and isinstance(item.get("path"), str) for item in value
    )


TEXT = Rule(is_text, gettext_lazy("a non-empty text"))
MACHINE_NAME_RULE = Rule(
    is_machine_name,
    gettext_lazy("a library name made of letters, digits, dots, hyphens and underscores"),
)
LANGUAGE_RULE = Rule(is_language, gettext_lazy("a language code such as “fr” or “pt-br”"))
VERSION = Rule(is_version, gettext_lazy("a whole number from 0 to 32767"))
FLAG = Rule(is_flag, gettext_lazy("0 or 1"))
DEPENDENCIES = Rule(
    is_dependency_list,
    gettext_lazy(
        "a list of libraries, each with a machineName, a whole majorVersion and a whole "
        "minorVersion"
    ),
)
EMBED_TYPES_RULE = Rule(is_embed_types, gettext_lazy("a non-empty list of “div” and “iframe”"))
FILES = Rule(is_file_list, gettext_lazy("a list of files, each with a path"))

PACKAGE_FIELDS = {
    "title": TEXT,
    "mainLibrary": MACHINE_NAME_RULE,
    "language": LANGUAGE_RULE,
    "preloadedDependencies": DEPENDENCIES,
    "embedTypes": EMBED_TYPES_RULE,
}
PACKAGE_OPTIONAL_FIELDS = {"dynamicDependencies": DEPENDENCIES, "editorDependencies": DEPENDENCIES}
LIBRARY_FIELDS = {
    "title": TEXT,
    "machineName": MACHINE_NAME_RULE,
    "majorVersion": VERSION,
    "minorVersion": VERSION,
    "patchVersion": VERSION,
    "runnable": FLAG,
}
LIBRARY_OPTIONAL_FIELDS = {
    "preloadedDependencies": DEPENDENCIES,
    "dynamicDependencies": DEPENDENCIES,
    "editorDependencies": DEPENDENCIES,
    "preloadedJs": FILES,
    "preloadedCss": FILES,
    "embedTypes": EMBED_TYPES_RULE,
}


def fields_check(
    data: dict, *, name: str, required: dict[str, Rule], optional: dict[str, Rule]
) -> list[str]:
    """Messages for each required field missing, and each field present but malformed."""
    problems = []
    for key, rule in {**required, **optional}.items():
        if key not in data:
            if key in required:
                problems.append(
                    _("“{name}” lacks the required field “{field}”.").format(
                        name=shown(name), field=key
                    )
                )
        elif not rule.test(data[key]):
            problems.append(
                _("In “{name}”, “{field}” must be {rule}.").format(
                    name=shown(name), field=key, rule=rule.description
                )
            )
    return problems


def library_problems(definition: dict, *, name: str, folder: str, files: list[str]) -> list[str]:
    """What is wrong with one library.json (``name``) in its ``folder``."""
    problems = fields_check(
        definition, name=name, required=LIBRARY_FIELDS, optional=LIBRARY_OPTIONAL_FIELDS
    )
    if problems:
        return problems
    if len(definition["title"]) > 255:
        problems.append(
            _("In “{name}”, “title” is longer than 255 characters.").format(name=shown(name))
        )
    expected = folder_name(library_key(definition))
    if folder != expected:
        problems.append(
            _("“{name}” describes {library}, so its folder must be named “{expected}”.").format(
                name=shown(name),
                library=library_label(library_key(definition)),
                expected=expected,
            )
        )
    present = set(files)
    for key in ("preloadedJs", "preloadedCss"):
        for item in definition.get(key, []):
            if item["path"] not in present:
                problems.append(
                    _("“{name}” lists “{path}”, which is not in the library folder.").format(
                        name=shown(name), path=shown(item["path"])
                    )
                )
    return problems


# Libraries and their dependencies.


def dependency_keys(definition: dict, *fields: str) -> list[LibraryKey]:
    keys = []
    for name in fields:
        for dep in definition.get(name, []):
            key = (dep["machineName"], dep["majorVersion"], dep["minorVersion"])
            if key not in keys:
                keys.append(key)
    return keys


def folder_name(key: LibraryKey) -> str:
    return f"{key[0]}-{key[1]}.{key[2]}"


def library_label(key: LibraryKey) -> str:
    return f"{key[0]} {key[1]}.{key[2]}"


def library_key(definition: dict) -> LibraryKey:
    return (definition["machineName"], definition["majorVersion"], definition["minorVersion"])


def installed_libraries(names: Iterable[str]) -> dict[LibraryKey, tuple[bool, list[LibraryKey]]]:
    """Installed libraries with these machine names: whether runnable, and what they need."""
    rows = H5PLibrary.objects.filter(machine_name__in=set(names)).prefetch_related("dependencies")
    return {
        (row.machine_name, row.major_version, row.minor_version): (
            row.runnable,
            [
                (dep.machine_name, dep.major_version, dep.minor_version)
                for dep in row.dependencies.all()
            ],
        )
        for row in rows
    }


def dependency_cycles(
    graph: dict[LibraryKey, list[LibraryKey]], *, start: Iterable[LibraryKey]
) -> list[list[LibraryKey]]:
    """Every circle of dependencies reachable from ``start``, each closed on its first key."""
    cycles, done, path = [], set(), []

    def visit(key: LibraryKey) -> None:
        if key in path:
            cycles.append([*path[path.index(key) :], key])
            return
        if key in done:
            return
        path.append(key)
        for dep in graph.get(key, []):
            visit(dep)
        path.pop()
        done.add(key)

    for key in start:
        visit(key)
    return cycles
