"""The `.lazos` bundle: a zip that carries a whole catalogue between laptops.

```
manifest.json          {"format": "lazos-bundle", "format_version": 2, "producer": …,
                        "created_at": …, "counts": {"practice": N, …},
                        "members": {"practice": "records/practice.json", …}}
records/<kind>.json    a JSON list of records of that kind (as the catalogue JSON format),
                       each with its id, code, stamps (created_at, updated_at, updated_by)
                       and links
attachments/<sha256>   one member per distinct document, named by its content's hash
```

The manifest also says `"contacts": "included"` or `"left_out"` (records then carry no
`contacts` key at all, so merging keeps the receiver's), and lists `"attachments"`: per
document its record id, id, name, type, size, sha256, who and when, and its member.

Reading never extracts to disk and trusts nothing the zip says: names, member count and
sizes are checked first (`safe_zip`), members are read in bounded chunks, the manifest's
counts must match what the members hold, and every attachment's bytes must hash to the
sha256 the manifest gives (a bundle with one tampered document is refused whole).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from lazos_desktop.domain.attachments import MAX_LIMIT_MB, MB, Attachment, clean_name
from lazos_desktop.domain.records import Kind, Record, now_utc, record_to_dict
from lazos_desktop.interchange.catalogue_json import PRODUCER
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.json_text import check_format_version, duplicate_keys, load_json
from lazos_desktop.interchange.limits import (
    MAX_BUNDLE_ATTACHMENTS,
    MAX_BUNDLE_FILE,
    MAX_BUNDLE_TOTAL_EXPANDED,
    MAX_MEMBERS,
    READ_CHUNK,
    open_regular,
)
from lazos_desktop.interchange.records_json import rows_from_objects
from lazos_desktop.interchange.row_records import RowData
from lazos_desktop.interchange.safe_zip import check_members, is_safe_name, open_zip, read_member
from lazos_desktop.interchange.tables import check_row_count

FORMAT = "lazos-bundle"
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
SUFFIX = ".lazos"
CONTACTS_INCLUDED = "included"
CONTACTS_LEFT_OUT = "left_out"
ATTACHMENT_FOLDER = "attachments/"
MAX_ATTACHMENT_MEMBER = MAX_LIMIT_MB * MB
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Documents already compressed gain nothing from deflate and cost time on a 20 MB file.
_STORED_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".docx", ".xlsx", ".pptx"}


@dataclass(frozen=True)
class OutgoingAttachment:
    """A document to write into a bundle: its description and how to read its bytes."""

    attachment: Attachment
    chunks: Callable[[], Iterable[bytes]]


@dataclass(frozen=True)
class IncomingAttachment:
    """A document a bundle carries, its hash already checked; `chunks` reads it again."""

    attachment: Attachment
    bundle: Path
    member: str

    def chunks(self) -> Iterator[bytes]:
        handle = open_regular(self.bundle, MAX_BUNDLE_FILE)
        with handle, zipfile.ZipFile(handle) as archive, archive.open(self.member) as stream:
            while True:
                chunk = stream.read(READ_CHUNK)
                if not chunk:
                    return
                yield chunk


@dataclass
class BundleParts:
    manifest: dict[str, Any]
    rows: list[RowData]
    attachments: list[IncomingAttachment]

    @property
    def with_contacts(self) -> bool:
        return self.manifest.get("contacts", CONTACTS_INCLUDED) != CONTACTS_LEFT_OUT


def write_bundle(
    path: Path,
    records: Iterable[Record],
    *,
    with_contacts: bool = True,
    attachments: Sequence[OutgoingAttachment] = (),
) -> dict[str, int]:
    """Write every record given, grouped by kind; returns the counts the manifest states.

    Without contacts, records are written without their `contacts` key and the manifest
    says so. Each distinct document is written once, whatever records share it.
    """
    by_kind: dict[Kind, list[dict[str, Any]]] = {kind: [] for kind in Kind}
    for record in records:
        by_kind[record.kind].append(record_to_dict(record, with_contacts=with_contacts))
    members = {kind.value: f"records/{kind.value}.json" for kind in Kind}
    counts = {kind.value: len(items) for kind, items in by_kind.items()}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "producer": PRODUCER,
        "created_at": now_utc(),
        "counts": counts,
        "members": members,
        "contacts": CONTACTS_INCLUDED if with_contacts else CONTACTS_LEFT_OUT,
        "attachments": [
            {
                "record_id": item.attachment.record_id,
                **item.attachment.as_json(),
                "member": ATTACHMENT_FOLDER + item.attachment.sha256,
            }
            for item in attachments
        ],
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _dumps(manifest))
        for kind, items in by_kind.items():
            archive.writestr(members[kind.value], _dumps(items))
        written: set[str] = set()
        for item in attachments:
            member = ATTACHMENT_FOLDER + item.attachment.sha256
            if member in written:
                continue
            written.add(member)
            _write_member(archive, member, item)
    return counts


def read_bundle(path: Path, name: str | None = None) -> tuple[dict[str, Any], list[RowData]]:
    """The manifest and every record of the bundle as rows; `FileRefused` when unsafe."""
    parts = read_bundle_parts(path, name)
    return parts.manifest, parts.rows


def read_bundle_parts(path: Path, name: str | None = None) -> BundleParts:
    """Manifest, records and attachments (each hash checked); `FileRefused` when unsafe.

    A bundle that says it left contacts out has any `contacts` it carries dropped, so its
    records can never replace the receiver's focal points.
    """
    display = name or path.name
    with open_regular(path, MAX_BUNDLE_FILE, display) as handle:
        return _read_open_bundle(handle, display, path)


def _read_open_bundle(handle: BinaryIO, display: str, path: Path) -> BundleParts:
    with open_zip(handle, display, "bundle_not_zip") as archive:
        check_members(
            archive, display, MAX_MEMBERS + MAX_BUNDLE_ATTACHMENTS, MAX_BUNDLE_TOTAL_EXPANDED
        )
        others = [n for n in archive.namelist() if not n.startswith(ATTACHMENT_FOLDER)]
        if len(others) > MAX_MEMBERS:
            raise FileRefused(
                FileProblem(
                    display, "bundle_too_many", {"count": len(others), "limit": MAX_MEMBERS}
                )
            )
        names = set(archive.namelist())
        manifest = _load(archive, MANIFEST, names, display)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise FileRefused(FileProblem(display, "not_catalogue_json", {"detail": "format"}))
        repeated = duplicate_keys(manifest)
        if repeated:
            raise FileRefused(
                FileProblem(f"{display} › {MANIFEST}", "json_duplicate_key", {"value": repeated[0]})
            )
        check_format_version(manifest.get("format_version"), FORMAT_VERSION, display)
        rows: list[RowData] = []
        members = _object(manifest, "members", display)
        counts = _object(manifest, "counts", display)
        for kind in Kind:
            member = members.get(kind.value)
            if not member:
                continue
            if not isinstance(member, str) or not is_safe_name(member):
                raise FileRefused(FileProblem(display, "bundle_unsafe_name", {"value": member}))
            items = _load(archive, member, names, display)
            if not isinstance(items, list):
                raise FileRefused(FileProblem(display, "bundle_not_list", {"value": member}))
            declared = counts.get(kind.value)
            if declared is not None and (type(declared) is not int or declared < 0):
                raise FileRefused(
                    FileProblem(display, "bundle_bad_manifest", {"value": f"counts.{kind.value}"})
                )
            if declared is not None and declared != len(items):
                raise FileRefused(
                    FileProblem(
                        display,
                        "bundle_count_mismatch",
                        {"count": declared, "value": kind.value, "other": len(items)},
                    )
                )
            check_row_count(len(rows) + len(items), display)
            rows += rows_from_objects(items, f"{display} › {member}", kind)
        parts = BundleParts(manifest, rows, [])
        if not parts.with_contacts:
            for row in rows:
                row.data.pop("contacts", None)
        record_ids = {row.data.get("id") for row in rows}
        parts.attachments = _attachments(archive, manifest, names, record_ids, path, display)
    return parts


def _attachments(
    archive: zipfile.ZipFile,
    manifest: dict[str, Any],
    names: set[str],
    record_ids: set[Any],
    path: Path,
    display: str,
) -> list[IncomingAttachment]:
    listed = manifest.get("attachments", [])
    if listed in (None, []):
        return []
    if not isinstance(listed, list) or len(listed) > MAX_BUNDLE_ATTACHMENTS:
        raise FileRefused(FileProblem(display, "bundle_bad_manifest", {"value": "attachments"}))
    found: list[IncomingAttachment] = []
    checked: dict[str, str] = {}
    for number, entry in enumerate(listed):
        item = _attachment_entry(entry, number, record_ids, display)
        member = ATTACHMENT_FOLDER + item.sha256
        if entry.get("member", member) != member:
            raise FileRefused(
                FileProblem(display, "bundle_bad_manifest", {"value": f"attachments[{number}]"})
            )
        if member not in names:
            raise FileRefused(FileProblem(display, "bundle_missing", {"value": member}))
        if member not in checked:
            checked[member] = _hash_member(archive, member, item, display)
        if checked[member] != item.sha256 or archive.getinfo(member).file_size != item.size:
            raise FileRefused(
                FileProblem(display, "bundle_attachment_tampered", {"value": item.name})
            )
        found.append(IncomingAttachment(item, path, member))
    return found


def _attachment_entry(entry: Any, number: int, record_ids: set[Any], display: str) -> Attachment:
    def bad() -> FileRefused:
        return FileRefused(
            FileProblem(display, "bundle_bad_manifest", {"value": f"attachments[{number}]"})
        )

    if not isinstance(entry, dict):
        raise bad()
    texts = {key: entry.get(key) for key in ("id", "record_id", "name", "mime", "sha256")}
    stamps = {key: entry.get(key, "") for key in ("created_at", "created_by")}
    size = entry.get("size")
    if not all(isinstance(value, str) for value in (*texts.values(), *stamps.values())):
        raise bad()
    if type(size) is not int or not 0 <= size <= MAX_ATTACHMENT_MEMBER:
        raise bad()
    if not _SHA256.match(str(texts["sha256"])) or not clean_name(str(texts["name"])):
        raise bad()
    if texts["record_id"] not in record_ids:
        raise bad()
    return Attachment(
        id=str(texts["id"]),
        record_id=str(texts["record_id"]),
        name=clean_name(str(texts["name"])),
        mime=str(texts["mime"]),
        size=size,
        sha256=str(texts["sha256"]),
        created_at=str(stamps["created_at"]),
        created_by=str(stamps["created_by"]),
    )


def _hash_member(archive: zipfile.ZipFile, member: str, item: Attachment, display: str) -> str:
    """The sha256 of a member read in chunks, stopped past the size the manifest gives."""
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(member) as stream:
            while True:
                chunk = stream.read(READ_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > item.size:
                    raise FileRefused(
                        FileProblem(display, "bundle_attachment_tampered", {"value": item.name})
                    )
                digest.update(chunk)
    except (zipfile.BadZipFile, OSError) as error:
        # zipfile checks each member's CRC as it reads: a changed byte ends up here.
        raise FileRefused(
            FileProblem(display, "bundle_attachment_tampered", {"value": item.name})
        ) from error
    return digest.hexdigest()


def _write_member(archive: zipfile.ZipFile, member: str, item: OutgoingAttachment) -> None:
    suffix = Path(item.attachment.name).suffix.lower()
    info = zipfile.ZipInfo(member, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_STORED if suffix in _STORED_SUFFIXES else zipfile.ZIP_DEFLATED
    info.file_size = item.attachment.size
    with archive.open(info, "w", force_zip64=item.attachment.size > 2**31) as stream:
        for chunk in item.chunks():
            stream.write(chunk)


def _object(manifest: dict[str, Any], key: str, display: str) -> dict[str, Any]:
    """`members` or `counts` of the manifest: an object, or absent (a list or a number there
    once failed with AttributeError)."""
    value = manifest.get(key)
    if value in (None, {}):
        return {}
    if not isinstance(value, dict):
        raise FileRefused(FileProblem(display, "bundle_bad_manifest", {"value": key}))
    return value


def _load(archive: zipfile.ZipFile, member: str, names: set[str], display: str) -> Any:
    if member not in names:
        raise FileRefused(FileProblem(display, "bundle_missing", {"value": member}))
    return load_json(read_member(archive, member, display), f"{display} › {member}")


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
