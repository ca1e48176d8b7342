"""Team bundles: ordinary `.lazos` bundles with one more member, `team.json`.

```
team.json   {"format": "lazos-team", "version": 1, "replica": <id of the catalogue copy>,
             "officer": …, "written_at": …,
             "versions": {<record id>: {"version": …, "lineage": [versions it descends from]}}}
```

Any officer can still import a team bundle by hand (the extra member is ignored there).
A file in the folder may be half-copied by a sync client, or a client's own temporary
file: names starting with `.` or `~` and names not ending in `.lazos` are never read, and
a bundle that does not read whole is *incomplete* — tried again next time, never refused.
The *digest* names a bundle by its content (records and versions, not the zip's dates),
so a copy under another name (a sync client's "conflicted copy") is recognised.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazos_desktop.domain.records import Record
from lazos_desktop.domain.text import fold
from lazos_desktop.interchange.bundle import MANIFEST, SUFFIX, read_bundle, write_bundle
from lazos_desktop.interchange.file_messages import FileRefused
from lazos_desktop.interchange.json_text import load_json
from lazos_desktop.interchange.row_records import RowData
from lazos_desktop.interchange.safe_zip import read_member

TEAM_MEMBER = "team.json"
TEAM_FORMAT = "lazos-team"
TEAM_VERSION = 1


@dataclass(frozen=True)
class RecordVersion:
    version: str
    lineage: frozenset[str]


@dataclass
class TeamBundle:
    path: Path
    digest: str
    size: int
    rows: list[RowData]
    replica: str = ""
    officer: str = ""
    written_at: str = ""
    versions: dict[str, RecordVersion] = field(default_factory=dict)


class BundleIncomplete(Exception):
    """The file is not (yet) a whole bundle: a sync client may still be writing it."""


def is_candidate(path: Path) -> bool:
    """A name our program could have given a finished team bundle."""
    name = path.name
    return name.endswith(SUFFIX) and not name.startswith((".", "~")) and path.is_file()


def bundle_name(officer: str, written_at: str, replica: str, attempt: int = 0) -> str:
    """`<officer>_<UTC time>_<replica>.lazos`: who and when, unique per catalogue copy."""
    who = re.sub(r"[^a-z0-9]+", "-", fold(officer)).strip("-")[:40] or "oficina"
    when = re.sub(r"[^0-9TZ]", "", written_at)
    extra = f"-{attempt}" if attempt else ""
    return f"{who}_{when}_{replica[:8]}{extra}{SUFFIX}"


def write_team_bundle(
    path: Path,
    records: Iterable[Record],
    versions: Mapping[str, tuple[str, Iterable[str]]],
    *,
    replica: str,
    officer: str,
    written_at: str,
) -> None:
    """A bundle of `records` plus `team.json` with each record's version and lineage."""
    chosen = list(records)
    write_bundle(path, chosen)
    team = {
        "format": TEAM_FORMAT,
        "version": TEAM_VERSION,
        "replica": replica,
        "officer": officer,
        "written_at": written_at,
        "versions": {
            record_id: {"version": version, "lineage": sorted(set(lineage))}
            for record_id, (version, lineage) in versions.items()
        },
    }
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(TEAM_MEMBER, json.dumps(team, ensure_ascii=False, indent=1) + "\n")


def read_team_bundle(path: Path) -> TeamBundle:
    """Read a bundle of the folder; `BundleIncomplete` when it does not read whole."""
    try:
        size = path.stat().st_size
        _, rows = read_bundle(path, path.name)
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n != MANIFEST]
            digest = hashlib.sha256()
            for name in sorted(names):
                digest.update(name.encode("utf-8") + b"\0")
                digest.update(_content_bytes(archive, name, path.name))
            team = _team(archive, path.name) if TEAM_MEMBER in names else {}
    except (FileRefused, OSError, zipfile.BadZipFile, ValueError, KeyError) as error:
        raise BundleIncomplete(str(error)) from error
    found = TeamBundle(path, digest.hexdigest(), size, rows)
    if team:
        found.replica = str(team.get("replica", ""))
        found.officer = str(team.get("officer", ""))
        found.written_at = str(team.get("written_at", ""))
        for record_id, item in dict(team.get("versions", {})).items():
            if isinstance(item, dict) and isinstance(item.get("version"), str):
                lineage = frozenset(str(v) for v in item.get("lineage", []) if isinstance(v, str))
                found.versions[str(record_id)] = RecordVersion(
                    item["version"], lineage | {item["version"]}
                )
    return found


def _content_bytes(archive: zipfile.ZipFile, name: str, display: str) -> bytes:
    data = read_member(archive, name, display)
    if name != TEAM_MEMBER:
        return data
    # The team member's own writing time does not make two equal bundles different.
    team = load_json(data, display)
    if isinstance(team, dict):
        team.pop("written_at", None)
    return json.dumps(team, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _team(archive: zipfile.ZipFile, display: str) -> dict[str, Any]:
    data = load_json(read_member(archive, TEAM_MEMBER, display), display)
    if not isinstance(data, dict) or data.get("format") != TEAM_FORMAT:
        raise ValueError("not a team member")
    return data
