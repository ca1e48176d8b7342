"""The `.lazos` bundle: a zip that carries a whole catalogue between laptops.

```
manifest.json          {"format": "lazos-bundle", "format_version": 2, "producer": …,
                        "created_at": …, "counts": {"practice": N, …},
                        "members": {"practice": "records/practice.json", …}}
records/<kind>.json    a JSON list of records of that kind (as the catalogue JSON format),
                       each with its id, code, stamps (created_at, updated_at, updated_by)
                       and links
```

Reading never extracts to disk and trusts nothing the zip says: names, member count and
sizes are checked first (`safe_zip`), members are read in bounded chunks, and the manifest's
counts must match what the members hold.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from lazos_desktop.domain.records import Kind, Record, now_utc, record_to_dict
from lazos_desktop.interchange.catalogue_json import PRODUCER
from lazos_desktop.interchange.file_messages import FileProblem, FileRefused
from lazos_desktop.interchange.json_text import duplicate_keys, load_json
from lazos_desktop.interchange.limits import MAX_BUNDLE_FILE, MAX_MEMBERS, open_regular
from lazos_desktop.interchange.records_json import rows_from_objects
from lazos_desktop.interchange.row_records import RowData
from lazos_desktop.interchange.safe_zip import check_members, is_safe_name, read_member

FORMAT = "lazos-bundle"
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
SUFFIX = ".lazos"


def write_bundle(path: Path, records: Iterable[Record]) -> dict[str, int]:
    """Write every record given, grouped by kind; returns the counts the manifest states."""
    by_kind: dict[Kind, list[dict[str, Any]]] = {kind: [] for kind in Kind}
    for record in records:
        by_kind[record.kind].append(record_to_dict(record))
    members = {kind.value: f"records/{kind.value}.json" for kind in Kind}
    counts = {kind.value: len(items) for kind, items in by_kind.items()}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "producer": PRODUCER,
        "created_at": now_utc(),
        "counts": counts,
        "members": members,
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _dumps(manifest))
        for kind, items in by_kind.items():
            archive.writestr(members[kind.value], _dumps(items))
    return counts


def read_bundle(path: Path, name: str | None = None) -> tuple[dict[str, Any], list[RowData]]:
    """The manifest and every record of the bundle as rows; `FileRefused` when unsafe."""
    display = name or path.name
    with open_regular(path, MAX_BUNDLE_FILE, display) as handle:
        return _read_open_bundle(handle, display)


def _read_open_bundle(handle: BinaryIO, display: str) -> tuple[dict[str, Any], list[RowData]]:
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise FileRefused(FileProblem(display, "bundle_not_zip")) from error
    with archive:
        check_members(archive, display, MAX_MEMBERS)
        names = set(archive.namelist())
        manifest = _load(archive, MANIFEST, names, display)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise FileRefused(FileProblem(display, "not_catalogue_json", {"detail": "format"}))
        repeated = duplicate_keys(manifest)
        if repeated:
            raise FileRefused(
                FileProblem(f"{display} › {MANIFEST}", "json_duplicate_key", {"value": repeated[0]})
            )
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise FileRefused(
                FileProblem(
                    display, "format_too_new", {"version": version, "known": FORMAT_VERSION}
                )
            )
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
            rows += rows_from_objects(items, f"{display} › {member}", kind)
    return manifest, rows


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
