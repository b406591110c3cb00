"""Files the portal draws once and serves many times (PDFs), kept in the "generated" storage.

A file is named by a digest of what it is drawn from (its HTML): any change to the source
(a new name, a revocation, a republished page, a new template) gives a new name, so a
stale file is never served, whichever server or worker stored it. Old files are only
tidied away.
"""

import hashlib
from collections.abc import Callable

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages


def generated_storage() -> Storage:
    return storages["generated"]


def generated_name(*, folder: str, source: str, suffix: str = ".pdf") -> str:
    digest = hashlib.sha256(source.encode()).hexdigest()[:40]
    return f"{folder}/{digest}{suffix}"


def generated_get_or_make(*, name: str, make: Callable[[], bytes], tidy: bool = False) -> bytes:
    """The stored file ``name``, or ``make()``'s bytes, stored under that name for next time.

    With ``tidy``, the folder's other files (older versions) are removed once it is stored.
    """
    storage = generated_storage()
    try:
        with storage.open(name) as stored:
            return stored.read()
    except FileNotFoundError:
        pass
    content = make()
    saved = storage.save(name, ContentFile(content))
    if saved != name:
        # Another server stored the same file meanwhile: keep one copy.
        storage.delete(saved)
    if tidy:
        folder = name.rpartition("/")[0]
        generated_folder_clear(folder=folder, keep=name)
    return content


def generated_folder_clear(*, folder: str, keep: str = "") -> int:
    """Remove the folder's files (but ``keep``); return how many were removed."""
    storage = generated_storage()
    try:
        _folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return 0
    removed = 0
    for file_name in files:
        path = f"{folder}/{file_name}"
        if path != keep:
            storage.delete(path)
            removed += 1
    return removed
