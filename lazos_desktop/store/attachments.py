"""Attachments inside the catalogue file: written and read through SQLite's blob API.

The bytes go in with `zeroblob` and an incremental blob write, and come out the same way, a
chunk at a time, so a 25 MB document never sits whole in memory and the catalogue file is
never touched except through its connection. The sha256 is computed while writing; when
the caller knows the hash the document should have (a bundle's manifest), a difference
rolls the whole write back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from lazos_desktop.domain.attachments import Attachment, clean_name, free_name, mime_of
from lazos_desktop.domain.records import Record, new_id, now_utc
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.errors import CatalogueError, RecordNotFound

READ_CHUNK = 1024 * 1024
_COLUMNS = "id, record_id, name, mime, size, sha256, created_at, created_by"


class CarriedDocument(Protocol):
    """A document that arrives from a file (a bundle): its description and its bytes."""

    @property
    def attachment(self) -> Attachment: ...

    def chunks(self) -> Iterable[bytes]: ...


class AttachmentRefused(CatalogueError):
    """A document that cannot be attached, renamed or found; nothing was written."""

    exit_code = 1


def list_for(store: Store, record_id: str) -> list[Attachment]:
    """A record's attachments in name order."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE record_id = ? ORDER BY name COLLATE NOCASE",
        [record_id],
    ).fetchall()
    return [Attachment(*row) for row in rows]


def list_for_many(store: Store, record_ids: Iterable[str]) -> dict[str, list[Attachment]]:
    """Attachments of several records (briefs, bundles), by record id."""
    wanted = list(dict.fromkeys(record_ids))
    found: dict[str, list[Attachment]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = store.db.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE record_id IN ({marks}) "
            "ORDER BY name COLLATE NOCASE",
            chunk,
        ).fetchall()
        for row in rows:
            found.setdefault(row[1], []).append(Attachment(*row))
    return found


def find(store: Store, record_id: str, name: str) -> Attachment:
    row = store.db.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE record_id = ? AND name = ?",
        [record_id, name],
    ).fetchone()
    if row is None:
        raise AttachmentRefused("attachment_not_found", store.path, name=name)
    return Attachment(*row)


def by_id(store: Store, attachment_id: str) -> Attachment | None:
    row = store.db.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", [attachment_id]
    ).fetchone()
    return Attachment(*row) if row else None


def add(
    store: Store,
    record: Record,
    name: str,
    size: int,
    chunks: Iterable[bytes],
    who: str,
    *,
    mime: str | None = None,
    expected_sha256: str | None = None,
    attachment_id: str | None = None,
    created_at: str | None = None,
    created_by: str | None = None,
    rename_if_taken: bool = False,
) -> Attachment:
    """Store `size` bytes read from `chunks` as an attachment of `record`, in one transaction.

    The name must be free on the record unless `rename_if_taken` (then "name (2).ext").
    """
    with store.transaction():
        return write(
            store,
            record,
            name,
            size,
            chunks,
            who,
            mime=mime,
            expected_sha256=expected_sha256,
            attachment_id=attachment_id,
            created_at=created_at,
            created_by=created_by,
            rename_if_taken=rename_if_taken,
        )


def write(
    store: Store,
    record: Record,
    name: str,
    size: int,
    chunks: Iterable[bytes],
    who: str,
    *,
    mime: str | None = None,
    expected_sha256: str | None = None,
    attachment_id: str | None = None,
    created_at: str | None = None,
    created_by: str | None = None,
    rename_if_taken: bool = False,
) -> Attachment:
    """`add` inside a transaction the caller holds (an import writes many at once)."""
    clean = clean_name(name)
    if not clean:
        raise AttachmentRefused("attachment_bad_name", store.path, name=name)
    taken = _names(store, record.id)
    if clean in taken:
        if not rename_if_taken:
            raise AttachmentRefused("attachment_name_taken", store.path, name=clean)
        clean = free_name(clean, taken)
    chosen_id = attachment_id if attachment_id and by_id(store, attachment_id) is None else new_id()
    at = created_at or now_utc()
    cursor = store.db.execute(
        "INSERT INTO attachments (id, record_id, name, mime, size, sha256, content, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, '', zeroblob(?), ?, ?)",
        [
            chosen_id,
            record.id,
            clean,
            mime or mime_of(clean) or "application/octet-stream",
            size,
            size,
            at,
            who if created_by is None else created_by,
        ],
    )
    digest = hashlib.sha256()
    written = 0
    with store.db.conn.blobopen("attachments", "content", int(cursor.lastrowid or 0)) as blob:
        for chunk in chunks:
            if written + len(chunk) > size:
                raise AttachmentRefused("attachment_size_changed", store.path, name=clean)
            blob.write(chunk)
            digest.update(chunk)
            written += len(chunk)
    if written != size:
        raise AttachmentRefused("attachment_size_changed", store.path, name=clean)
    sha256 = digest.hexdigest()
    if expected_sha256 is not None and sha256 != expected_sha256:
        raise AttachmentRefused("attachment_hash_mismatch", store.path, name=clean)
    store.db.execute("UPDATE attachments SET sha256 = ? WHERE id = ?", [sha256, chosen_id])
    stored = by_id(store, chosen_id)
    assert stored is not None
    _history(store, who, record, "attach", None, _described(stored))
    return stored


def chunks(store: Store, attachment_id: str, size: int = READ_CHUNK) -> Iterator[bytes]:
    """The stored bytes, a chunk at a time, read through the blob API."""
    row = store.db.execute("SELECT rowid FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    if row is None:
        raise AttachmentRefused("attachment_not_found", store.path, name=attachment_id)
    with store.db.conn.blobopen("attachments", "content", int(row[0]), readonly=True) as blob:
        while True:
            part = blob.read(size)
            if not part:
                return
            yield part


def content(store: Store, attachment_id: str) -> bytes:
    """The whole document (kept by the window's undo of a removal)."""
    return b"".join(chunks(store, attachment_id))


def rename(store: Store, record: Record, old: str, new: str, who: str) -> Attachment:
    clean = clean_name(new)
    if not clean:
        raise AttachmentRefused("attachment_bad_name", store.path, name=new)
    with store.transaction():
        current = find(store, record.id, old)
        if clean == current.name:
            return current
        if clean in _names(store, record.id):
            raise AttachmentRefused("attachment_name_taken", store.path, name=clean)
        store.db.execute("UPDATE attachments SET name = ? WHERE id = ?", [clean, current.id])
        renamed = by_id(store, current.id) or current
        _history(store, who, record, "rename_attachment", current.name, renamed.name)
        return renamed


def remove(store: Store, record: Record, name: str, who: str) -> Attachment:
    """Delete one attachment; returns its description (the caller keeps bytes for undo)."""
    with store.transaction():
        current = find(store, record.id, name)
        store.db.execute("DELETE FROM attachments WHERE id = ?", [current.id])
        _history(store, who, record, "detach", _described(current), None)
        return current


def remove_ids(store: Store, ids: Iterable[str], who: str) -> list[Attachment]:
    """Delete attachments by id inside the caller's transaction (undo of an import)."""
    removed = []
    for attachment_id in ids:
        current = by_id(store, attachment_id)
        if current is None:
            continue
        store.db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
        record = store.find(current.record_id)
        if record is not None:
            _history(store, who, record, "detach", _described(current), None)
        removed.append(current)
    return removed


def has_content(store: Store, record_id: str, sha256: str) -> bool:
    row = store.db.execute(
        "SELECT 1 FROM attachments WHERE record_id = ? AND sha256 = ?", [record_id, sha256]
    ).fetchone()
    return row is not None


def record_of(store: Store, ref: str) -> Record:
    record = store.find(ref)
    if record is None:
        raise RecordNotFound("record_not_found", store.path, ref=ref)
    return record


def _names(store: Store, record_id: str) -> set[str]:
    return {
        row[0]
        for row in store.db.execute("SELECT name FROM attachments WHERE record_id = ?", [record_id])
    }


def _described(attachment: Attachment) -> dict[str, Any]:
    return {"name": attachment.name, "size": attachment.size, "sha256": attachment.sha256}


def _history(
    store: Store, who: str, record: Record, operation: str, before: Any, after: Any
) -> None:
    store.db.execute(
        "INSERT INTO history (at, who, record_id, code, kind, operation, field, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, 'attachments', ?, ?)",
        [
            now_utc(),
            who,
            record.id,
            record.code,
            record.kind.value,
            operation,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
        ],
    )
