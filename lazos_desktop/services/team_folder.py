"""The team folder: catalogues of several laptops converging through one synced folder.

The organisation's own sync service (OneDrive, Nextcloud, Syncthing, a shared drive)
carries the files; this program only ever *adds* files there. Each laptop writes its own
changes since its last write as a new bundle named by officer and time, and merges the
colleagues' bundles it has not merged yet through the ordinary import (`plan_import`,
`apply_import`: one transaction after a backup, undoable, conflicts side by side).

Deciding what a colleague's copy of a record means uses the record's lineage
(`store/team_sync.py`) rather than the two-sided sync stamps of ordinary imports, because
with three or more laptops "changed since we last matched" depends on who saw what:

* their version is already in our lineage → stale, nothing to do;
* our version is in theirs → they are newer → update;
* neither (both changed) → the later version (updated_at, then author) is the default
  winner everywhere. If *our own* edit loses, the officer is asked once, side by side:
  taking theirs needs nothing more; keeping ours makes it a new version that supersedes
  both and travels with the next write. An edit that wins is kept without asking (its
  colleague, whose edit lost, is the one asked), and a copy we only received follows the
  winner silently.

So every laptop ends with the same records once the bundles have gone round, whatever the
order the sync service delivers them in. Deletions do not travel (see docs).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazos_desktop.domain.records import now_utc
from lazos_desktop.interchange.import_sources import ReadResult, Source
from lazos_desktop.interchange.merge_plan import ImportPlan, OnConflict, Outcome
from lazos_desktop.interchange.row_records import RowData
from lazos_desktop.interchange.team_bundle import (
    BundleIncomplete,
    RecordVersion,
    TeamBundle,
    bundle_name,
    is_candidate,
    read_team_bundle,
    write_team_bundle,
)
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.services.catalogue import Catalogue
from lazos_desktop.services.exchange_files import ImportResult, apply_import, plan_import
from lazos_desktop.store import team_sync
from lazos_desktop.store.errors import CatalogueError
from lazos_desktop.store.team_sync import KnownBundle, version_of

HOME_KEY = "team.replica_home"


class TeamFolderUnavailable(CatalogueError):
    exit_code = 1


@dataclass
class Scan:
    folder: Path
    pending: list[TeamBundle] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)


@dataclass
class TeamStatus:
    folder: Path
    pending: list[TeamBundle]
    incomplete: list[str]
    own_changes: int

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "pending": [
                {
                    "name": b.path.name,
                    "officer": b.officer,
                    "written_at": b.written_at,
                    "records": len(b.rows),
                }
                for b in self.pending
            ],
            "incomplete": self.incomplete,
            "own_changes": self.own_changes,
        }


@dataclass
class TeamWrite:
    path: Path | None
    count: int


@dataclass
class Incoming:
    row: RowData
    version: RecordVersion
    bundle: TeamBundle


@dataclass
class TeamMerge:
    """A merge planned and not yet applied: the import plan with the team's outcomes."""

    bundles: list[TeamBundle]
    plan: ImportPlan
    incoming: dict[str, Incoming] = field(default_factory=dict)
    lineage_add: dict[str, set[str]] = field(default_factory=dict)
    received: dict[str, str] = field(default_factory=dict)
    replace: set[str] = field(default_factory=set)
    adopt: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (updated_at, by)
    conflicts: dict[int, str] = field(default_factory=dict)  # row index -> record id
    incomplete: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.bundles


@dataclass
class TeamMergeResult:
    merge: TeamMerge
    result: ImportResult | None
    kept_ours: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts = self.merge.plan.counts() if self.result is None else self.result.counts()
        return {"bundles": len(self.merge.bundles), **counts}


# Public ----------------------------------------------------------------------------------


def folder_of(catalogue: Catalogue) -> Path:
    """The chosen team folder; refused when none is chosen or it is not there now."""
    folder = settings.team_folder(catalogue)
    if folder is None:
        raise TeamFolderUnavailable("team_no_folder")
    if not folder.is_dir():
        raise TeamFolderUnavailable("team_folder_gone", folder)
    return folder


def folder_or_none(catalogue: Catalogue) -> Path | None:
    """The chosen folder when it is there now, else None (nothing to offer)."""
    folder = settings.team_folder(catalogue)
    return folder if folder is not None and folder.is_dir() else None


def status(catalogue: Catalogue) -> TeamStatus:
    # Reading only: the catalogue id is not created here (the window asks on a reader).
    scan = _scan(catalogue, folder_of(catalogue), team_sync.replica(catalogue.store))
    return TeamStatus(scan.folder, scan.pending, scan.incomplete, len(_own_changes(catalogue)[1]))


def write_changes(catalogue: Catalogue) -> TeamWrite:
    """Write our own changes since our last write as a new bundle; nothing else is touched."""
    folder = folder_of(catalogue)
    store = catalogue.store
    mark, own = _own_changes(catalogue)
    if not own:
        return TeamWrite(None, 0)
    replica = _replica(catalogue)
    lineages = team_sync.lineage(store, [r.id for r in own])
    versions = {r.id: (version_of(r), lineages.get(r.id, set()) | {version_of(r)}) for r in own}
    written_at = now_utc()
    partial = folder / f".{uuid.uuid4().hex}.lazos.partial"
    try:
        write_team_bundle(
            partial,
            own,
            versions,
            replica=replica,
            officer=catalogue.officer,
            written_at=written_at,
        )
        check = read_team_bundle(partial)
        final = _publish(partial, folder, catalogue.officer, written_at, replica)
    except (OSError, BundleIncomplete) as error:
        raise TeamFolderUnavailable("team_folder_gone", folder) from error
    finally:
        partial.unlink(missing_ok=True)
    team_sync.remember_written(
        store,
        mark,
        {record_id: version for record_id, (version, _) in versions.items()},
        KnownBundle(check.digest, final.name, final.stat().st_size, True),
        catalogue.officer,
        replica,
    )
    return TeamWrite(final, len(own))


def plan_merge(catalogue: Catalogue, lang: str = "es") -> TeamMerge:
    """Every colleague's bundle not merged yet, planned through the ordinary import."""
    scan = _scan(catalogue, folder_of(catalogue), _replica(catalogue))
    incoming = _reduce(scan.pending)
    sources = [
        Source(
            bundle.path.name, rows=[item.row for item in incoming.values() if item.bundle is bundle]
        )
        for bundle in scan.pending
    ]
    plan = plan_import(catalogue, ReadResult([s for s in sources if s.rows]), lang=lang)
    merge = TeamMerge(scan.pending, plan, incoming, incomplete=scan.incomplete)
    _decide(catalogue, merge)
    return merge


def apply_merge(
    catalogue: Catalogue,
    merge: TeamMerge,
    *,
    on_conflict: OnConflict | str = OnConflict.ASK,
    decisions: dict[int, str] | None = None,
) -> TeamMergeResult:
    """Apply a planned merge; raises `ConflictsUnsettled` (nothing written) when asked to ask.

    `decisions` maps a conflicting row's index to "theirs" or "ours"; the rest follow
    `on_conflict`. Keeping ours re-stamps our copy so the decision reaches the others.
    """
    if merge.empty:
        return TeamMergeResult(merge, None)
    rule = OnConflict(on_conflict)
    chosen = dict(decisions or {})
    result = apply_import(catalogue, merge.plan, on_conflict=rule, decisions=chosen)
    store = catalogue.store
    kept: list[str] = []
    lineages = dict(merge.lineage_add)
    received = dict(merge.received)
    for index, record_id in merge.conflicts.items():
        decided = chosen.get(index) or rule.value
        item = merge.incoming[record_id]
        current = merge.plan.rows[index].current
        base = lineages.setdefault(record_id, set())
        base |= set(item.version.lineage)
        if current is not None:
            base.add(version_of(current))
        if decided == OnConflict.THEIRS.value:
            received[record_id] = item.version.version
        else:
            # Later than both versions even within the same second, so that it wins.
            later = _after(max(item.version.version, version_of(current) if current else ""))
            stamp = max(now_utc(), later)
            restamped = team_sync.restamp(store, record_id, catalogue.officer, stamp)
            kept.append(restamped.code)
    for record_id, (stamp, author) in merge.adopt.items():
        team_sync.restamp(store, record_id, author, stamp)
    team_sync.remember_merged(
        store,
        [
            (
                KnownBundle(b.digest, b.path.name, b.size, False),
                b.officer,
                b.replica,
                len(b.rows),
            )
            for b in merge.bundles
        ],
        lineages,
        received,
        merge.replace,
    )
    return TeamMergeResult(merge, result, kept)


# Private ---------------------------------------------------------------------------------


def _own_changes(catalogue: Catalogue) -> tuple[int, list[Any]]:
    """(history mark now, records changed here since our last write and not received)."""
    store = catalogue.store
    mark = team_sync.history_mark(store)
    ids = team_sync.changed_since(store, team_sync.written_mark(store))
    found = team_sync.records(store, ids)
    received = team_sync.received(store, found)
    own = [
        record
        for record_id, record in sorted(found.items())
        if not record.synthetic and received.get(record_id) != version_of(record)
    ]
    return mark, own


def _replica(catalogue: Catalogue) -> str:
    """This copy's id; a catalogue file copied to another laptop or path gets a new one."""
    store = catalogue.store
    home = f"{socket.gethostname()}|{catalogue.path.resolve()}"
    current = team_sync.replica(store)
    if not current or store.meta(HOME_KEY) != home:
        current = str(uuid.uuid4())
        team_sync.set_replica(store, current)
        store.set_meta(HOME_KEY, home)
    return current


def _scan(catalogue: Catalogue, folder: Path, replica: str) -> Scan:
    known = team_sync.known_bundles(catalogue.store)
    seen = {(bundle.name, bundle.size) for bundle in known}
    digests = {bundle.digest for bundle in known}
    scan = Scan(folder)
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise TeamFolderUnavailable("team_folder_gone", folder) from error
    for path in entries:
        try:
            if not is_candidate(path) or (path.name, path.stat().st_size) in seen:
                continue
            bundle = read_team_bundle(path)
        except BundleIncomplete:
            scan.incomplete.append(path.name)
            continue
        except OSError:
            continue
        if bundle.digest in digests or (replica and bundle.replica == replica):
            continue
        digests.add(bundle.digest)
        scan.pending.append(bundle)
    scan.pending.sort(key=lambda b: (b.written_at, b.path.name))
    return scan


def _reduce(bundles: Iterable[TeamBundle]) -> dict[str, Incoming]:
    """One incoming version per record: those another incoming version supersedes drop out,
    and among versions that changed independently the later one stands (its rivals' authors
    are asked when they see it)."""
    candidates: dict[str, list[Incoming]] = {}
    for bundle in bundles:
        for row in bundle.rows:
            record_id = str(row.data.get("id") or "")
            if not record_id:
                continue
            version = bundle.versions.get(record_id) or _plain_version(row)
            candidates.setdefault(record_id, []).append(Incoming(row, version, bundle))
    chosen: dict[str, Incoming] = {}
    for record_id, items in candidates.items():
        standing = [
            item
            for item in items
            if not any(
                item.version.version in other.version.lineage
                and other.version.version != item.version.version
                for other in items
            )
        ]
        chosen[record_id] = max(standing or items, key=lambda item: item.version.version)
    return chosen


def _plain_version(row: RowData) -> RecordVersion:
    """A bundle dropped in the folder by hand carries stamps but no lineage."""
    version = f"{row.data.get('updated_at', '')} {row.data.get('updated_by', '')} -"
    return RecordVersion(version, frozenset({version}))


def _decide(catalogue: Catalogue, merge: TeamMerge) -> None:
    """Give each planned row the outcome its lineage calls for (see the module docstring)."""
    store = catalogue.store
    ids = [str(planned.row.data.get("id") or "") for planned in merge.plan.rows]
    lineages = team_sync.lineage(store, ids)
    received = team_sync.received(store, ids)
    for index, planned in enumerate(merge.plan.rows):
        record_id = ids[index]
        item = merge.incoming.get(record_id)
        if item is None or planned.outcome == Outcome.REFUSED:
            continue
        theirs = item.version
        current = planned.current
        if current is None:
            merge.lineage_add[record_id] = set(theirs.lineage)
            merge.received[record_id] = theirs.version
            continue
        ours = version_of(current)
        known = lineages.get(record_id, set()) | {ours}
        own = received.get(record_id) != ours
        if planned.outcome == Outcome.UNCHANGED and not planned.changed:
            merge.lineage_add[record_id] = set(theirs.lineage)
            if theirs.version == ours:
                merge.received.setdefault(record_id, ours)
            elif theirs.version > ours and planned.record is not None:
                merge.adopt[record_id] = (planned.record.updated_at, planned.record.updated_by)
                merge.received[record_id] = theirs.version
            continue
        if theirs.version in known:
            _keep(planned)
        elif ours in theirs.lineage:
            planned.outcome = Outcome.UPDATE
            merge.lineage_add[record_id] = set(theirs.lineage)
            merge.received[record_id] = theirs.version
        elif theirs.version > ours and own:
            planned.outcome = Outcome.CONFLICT
            merge.conflicts[index] = record_id
        elif theirs.version > ours:
            planned.outcome = Outcome.UPDATE
            merge.lineage_add[record_id] = set(theirs.lineage)
            merge.replace.add(record_id)
            merge.received[record_id] = theirs.version
        else:
            _keep(planned)


def _after(version: str) -> str:
    """One second after the time of `version` ("<updated_at> <author>")."""
    stamp = version.split(" ", 1)[0]
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return now_utc()
    later = moment + dt.timedelta(seconds=1)
    return later.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _keep(planned: Any) -> None:
    """Ours stands: counted unchanged, and (having changed fields) no sync stamp moves."""
    planned.outcome = Outcome.UNCHANGED
    if not planned.changed:
        planned.changed = ["updated_at"]


def _publish(partial: Path, folder: Path, officer: str, written_at: str, replica: str) -> Path:
    """Give the finished bundle its name without ever replacing a file already there."""
    for attempt in range(100):
        final = folder / bundle_name(officer, written_at, replica, attempt)
        try:
            os.link(partial, final)
            return final
        except FileExistsError:
            continue
        except OSError:
            # Folders without hard links (FAT, some network shares): rename if still free.
            if final.exists():
                continue
            os.replace(partial, final)
            return final
    raise FileExistsError(folder)
