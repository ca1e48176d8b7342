"""Attaching documents to records, and getting them back out: for the window and the CLI.

Files are checked before anything is written (kind, size against the catalogue's limit,
readable), so a refused file leaves the catalogue as it was. Copies that leave the
catalogue are written beside their destination and renamed when complete; copies opened in
the system's viewer go to a private temporary folder that only the officer can read.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lazos_desktop.domain.attachments import (
    LIMIT_META_KEY,
    MAX_LIMIT_MB,
    MB,
    Attachment,
    clean_name,
    limit_bytes,
    mime_of,
    parse_limit,
)
from lazos_desktop.domain.records import Record
from lazos_desktop.services.catalogue import Catalogue, Change
from lazos_desktop.store import attachments as stored
from lazos_desktop.store import output_files
from lazos_desktop.store.attachments import AttachmentRefused

READ_CHUNK = 1024 * 1024
_OPEN_FOLDER_PREFIX = "lazos-adjuntos-"


@dataclass(frozen=True)
class FileRefusal:
    """Why one file given to `attach` was refused, in the officer's language on demand."""

    path: Path
    error: AttachmentRefused

    def message(self, lang: str = "es") -> str:
        return self.error.message(lang)


class AttachRefused(Exception):
    """One or more files were refused; none of the files given was attached."""

    exit_code = 1

    def __init__(self, refusals: list[FileRefusal]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(r.message("en") for r in refusals))


@dataclass(frozen=True)
class Removed:
    """An attachment taken off a record, with its bytes, so the window can put it back."""

    record_id: str
    attachment: Attachment
    content: bytes


@dataclass
class AttachResult:
    record: Record
    added: list[Attachment] = field(default_factory=list)

    @property
    def change(self) -> Change:
        return Change("attached", (self.record.id,), (self.record.kind.value,))


# Settings ------------------------------------------------------------------------------


def limit_mb(catalogue: Catalogue) -> int:
    """The size limit per attachment, in MB, kept with the catalogue (default 25)."""
    return parse_limit(catalogue.store.meta(LIMIT_META_KEY))


def set_limit_mb(catalogue: Catalogue, value: int) -> int:
    chosen = max(1, min(int(value), MAX_LIMIT_MB))
    catalogue.store.set_meta(LIMIT_META_KEY, str(chosen))
    return chosen


# Reading -------------------------------------------------------------------------------


def list_attachments(catalogue: Catalogue, ref: str) -> list[Attachment]:
    record = catalogue.get(ref)
    return stored.list_for(catalogue.store, record.id)


def attachments_by_record(catalogue: Catalogue, ids: Sequence[str]) -> dict[str, list[Attachment]]:
    return stored.list_for_many(catalogue.store, ids)


def read_chunks(catalogue: Catalogue, attachment: Attachment) -> Iterator[bytes]:
    return stored.chunks(catalogue.store, attachment.id)


# Changing ------------------------------------------------------------------------------


def check_files(catalogue: Catalogue, paths: Sequence[Path | str]) -> list[FileRefusal]:
    """Every reason the files cannot be attached; empty when all of them can."""
    limit = limit_mb(catalogue)
    refusals = []
    for given in paths:
        path = Path(given)
        problem = _file_problem(path, limit)
        if problem is not None:
            refusals.append(FileRefusal(path, problem))
    return refusals


def attach_files(catalogue: Catalogue, ref: str, paths: Sequence[Path | str]) -> AttachResult:
    """Attach every file to the record, or none of them when one is refused.

    A name the record already holds gets " (2)" before its suffix rather than replacing the
    document there: attaching never loses one.
    """
    record = catalogue.get(ref)
    refusals = check_files(catalogue, paths)
    if refusals:
        raise AttachRefused(refusals)
    result = AttachResult(record)
    store = catalogue.store
    with store.transaction():
        for given in paths:
            path = Path(given)
            try:
                with path.open("rb") as handle:
                    size = os.fstat(handle.fileno()).st_size
                    result.added.append(
                        stored.write(
                            store,
                            record,
                            path.name,
                            size,
                            _read(handle),
                            catalogue.officer,
                            rename_if_taken=True,
                        )
                    )
            except OSError as error:
                raise AttachRefused(
                    [
                        FileRefusal(
                            path,
                            AttachmentRefused(
                                "attachment_unreadable",
                                None,
                                name=path.name,
                                detail=error.strerror or str(error),
                            ),
                        )
                    ]
                ) from error
    return result


def rename(catalogue: Catalogue, ref: str, old: str, new: str) -> Attachment:
    record = catalogue.get(ref)
    return stored.rename(catalogue.store, record, old, new, catalogue.officer)


def detach(catalogue: Catalogue, ref: str, name: str) -> Removed:
    """Remove one attachment; the result holds its bytes so that `put_back` can undo it."""
    record = catalogue.get(ref)
    current = stored.find(catalogue.store, record.id, name)
    data = stored.content(catalogue.store, current.id)
    stored.remove(catalogue.store, record, name, catalogue.officer)
    return Removed(record.id, current, data)


def put_back(catalogue: Catalogue, removed: Removed) -> Attachment:
    """Undo of `detach`: the same document, id, name and stamps as before."""
    record = catalogue.get(removed.record_id)
    item = removed.attachment
    return stored.add(
        catalogue.store,
        record,
        item.name,
        item.size,
        [removed.content],
        catalogue.officer,
        mime=item.mime,
        expected_sha256=item.sha256,
        attachment_id=item.id,
        created_at=item.created_at,
        created_by=item.created_by,
        rename_if_taken=True,
    )


# Copies out ------------------------------------------------------------------------------


def save_copy(catalogue: Catalogue, attachment: Attachment, target: Path | str) -> Path:
    """Write the document to `target` through a temporary file renamed when complete.

    As for every output (`store.output_files`): the temporary is made exclusively (a link
    planted at a fixed name is never followed), and a target that is a device, a FIFO, a
    folder or the open catalogue itself (a bundle's document named like it, saved into its
    folder) is refused before anything is written.
    """
    destination = Path(target)
    if not destination.parent.is_dir():
        raise AttachmentRefused("save_folder_missing", None, folder=str(destination.parent))

    def write(temporary: Path) -> None:
        with temporary.open("wb") as handle:
            for chunk in stored.chunks(catalogue.store, attachment.id):
                handle.write(chunk)

    output_files.write_atomically(destination, write)
    return destination


def save_all(catalogue: Catalogue, ref: str, folder: Path | str) -> list[Path]:
    """Every attachment of the record saved into `folder` under its own name."""
    target = Path(folder)
    if not target.is_dir():
        raise AttachmentRefused("save_folder_missing", None, folder=str(target))
    return [
        save_copy(catalogue, item, target / clean_name(item.name))
        for item in list_attachments(catalogue, ref)
    ]


def private_copy(catalogue: Catalogue, attachment: Attachment) -> Path:
    """A read-only copy in a new folder only this user can enter, for the system's viewer.

    The folder is not removed here: the viewer may still be reading it. `forget_private_copies`
    removes the ones a session made when the window closes.
    """
    folder = Path(tempfile.mkdtemp(prefix=_OPEN_FOLDER_PREFIX))
    os.chmod(folder, stat.S_IRWXU)
    copy = save_copy(catalogue, attachment, folder / (clean_name(attachment.name) or "adjunto"))
    os.chmod(copy, stat.S_IRUSR)
    return copy


def forget_private_copies(copies: Sequence[Path]) -> None:
    for copy in copies:
        try:
            os.chmod(copy, stat.S_IRUSR | stat.S_IWUSR)
            copy.unlink(missing_ok=True)
            copy.parent.rmdir()
        except OSError:
            continue  # still open in a viewer on Windows; the system cleans its temp folder


# Private -------------------------------------------------------------------------------


def _file_problem(path: Path, limit: int) -> AttachmentRefused | None:
    name = path.name
    if not path.is_file():
        return AttachmentRefused("attachment_not_a_file", None, name=str(path))
    if mime_of(name) is None:
        return AttachmentRefused("attachment_kind_refused", None, name=name)
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as error:
        return AttachmentRefused(
            "attachment_unreadable", None, name=name, detail=error.strerror or str(error)
        )
    if size > limit_bytes(limit):
        return AttachmentRefused(
            "attachment_too_big", None, name=name, size=round(size / MB, 1), limit=limit
        )
    return None


def _read(handle: BinaryIO) -> Iterator[bytes]:
    while True:
        chunk = handle.read(READ_CHUNK)
        if not chunk:
            return
        yield chunk
