"""What the team folder keeps in the catalogue: versions, lineage, bundles merged or written.

A *version* of a record is its `updated_at`, author (`updated_by`) and a digest of its
content, all as bundles carry them, so every laptop names a version the same way. The
*lineage* of a record here is the set of versions its current copy descends from: a
colleague's version already in it is stale; a colleague's version whose lineage holds our
current one is simply newer (fast-forward); anything else changed on both sides.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lazos_desktop.domain.records import Record, now_utc
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.import_batches import records_by_id
from lazos_desktop.store.rows import record_row

REPLICA_KEY = "team.replica"
MARK_KEY = "team.history_mark"
CHUNK = 500


_NOT_CONTENT = {"code", "links", "created_at", "updated_at", "updated_by"}


def version_of(record: Record) -> str:
    """`<updated_at> <author> <content digest>`: ordered by time, then author.

    The digest tells apart two edits the same officer made within one second (stamps
    have one-second resolution), which would otherwise carry the same name.
    """
    content = record.model_dump(mode="json", exclude=_NOT_CONTENT)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"{record.updated_at} {record.updated_by} {digest}"


@dataclass(frozen=True)
class KnownBundle:
    digest: str
    name: str
    size: int
    own: bool


def history_mark(store: Store) -> int:
    """The newest history entry's number: changes after it are newer than this moment."""
    row = store.db.execute("SELECT coalesce(max(h), 0) FROM history").fetchone()
    return int(row[0])


def changed_since(store: Store, mark: int) -> list[str]:
    """Ids of the records that history shows created, changed or linked after `mark`."""
    rows = store.db.execute(
        "SELECT DISTINCT record_id FROM history WHERE h > ? ORDER BY record_id", [mark]
    ).fetchall()
    return [row[0] for row in rows]


def records(store: Store, ids: Iterable[str]) -> dict[str, Record]:
    return records_by_id(store, ids)


def lineage(store: Store, ids: Iterable[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for record_id, version in store.db.execute(
            f"SELECT record_id, version FROM team_lineage WHERE record_id IN ({marks})", chunk
        ):
            found.setdefault(record_id, set()).add(version)
    return found


def received(store: Store, ids: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            store.db.execute(
                f"SELECT record_id, version FROM team_received WHERE record_id IN ({marks})",
                chunk,
            ).fetchall()
        )
    return found


def known_bundles(store: Store) -> list[KnownBundle]:
    rows = store.db.execute("SELECT digest, name, size, own FROM team_bundles").fetchall()
    return [KnownBundle(row[0], row[1], int(row[2]), bool(row[3])) for row in rows]


def replica(store: Store) -> str:
    return store.meta(REPLICA_KEY)


def set_replica(store: Store, value: str) -> None:
    store.set_meta(REPLICA_KEY, value)


def written_mark(store: Store) -> int:
    text = store.meta(MARK_KEY, "0")
    return int(text) if text.isdigit() else 0


def remember_written(
    store: Store,
    mark: int,
    sent: Mapping[str, str],
    bundle: KnownBundle,
    officer: str,
    replica_id: str,
) -> None:
    """After our bundle is in the folder: its versions join their lineage, the mark moves."""
    with store.transaction():
        store.db.conn.executemany(
            "INSERT OR IGNORE INTO team_lineage (record_id, version) VALUES (?, ?)",
            list(sent.items()),
        )
        _remember_bundle(store, bundle, officer, replica_id, len(sent))
        store.db.table("meta").upsert({"key": MARK_KEY, "value": str(mark)}, pk="key")


def remember_merged(
    store: Store,
    bundles: Iterable[tuple[KnownBundle, str, str, int]],
    lineages: Mapping[str, Iterable[str]],
    received_now: Mapping[str, str],
    replace: Iterable[str] = (),
) -> None:
    """After a merge: bundles known, lineages grown (replaced for `replace`), versions noted."""
    with store.transaction():
        store.db.conn.executemany(
            "DELETE FROM team_lineage WHERE record_id = ?", [(record_id,) for record_id in replace]
        )
        store.db.conn.executemany(
            "INSERT OR IGNORE INTO team_lineage (record_id, version) VALUES (?, ?)",
            [(record_id, v) for record_id, versions in lineages.items() for v in versions],
        )
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO team_received (record_id, version) VALUES (?, ?)",
            list(received_now.items()),
        )
        for bundle, officer, replica_id, count in bundles:
            _remember_bundle(store, bundle, officer, replica_id, count)


def restamp(store: Store, record_id: str, who: str, updated_at: str | None = None) -> Record:
    """A new version of a record with the same content (a decision that must travel).

    Used when an officer keeps their own copy against a colleague's, and to adopt the
    newer stamps of an identical copy; written in history like any change.
    """
    with store.transaction():
        current = store.get(record_id)
        stamp = updated_at or now_utc()
        changed = current.model_copy(update={"updated_at": stamp, "updated_by": who})
        row = record_row(changed)
        store.db.execute(
            "UPDATE records SET updated_at = ?, updated_by = ?, data = ? WHERE id = ?",
            [row["updated_at"], row["updated_by"], row["data"], record_id],
        )
        store.db.execute(
            "INSERT INTO history (at, who, record_id, code, kind, operation, field, before, after)"
            " VALUES (?, ?, ?, ?, ?, 'update', 'updated_at', ?, ?)",
            [
                now_utc(),
                who,
                current.id,
                current.code,
                current.kind.value,
                json.dumps(current.updated_at),
                json.dumps(stamp),
            ],
        )
    return changed


def _remember_bundle(
    store: Store, bundle: KnownBundle, officer: str, replica_id: str, count: int
) -> None:
    store.db.execute(
        "INSERT OR REPLACE INTO team_bundles (digest, name, size, officer, replica, records, own,"
        " at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            bundle.digest,
            bundle.name,
            bundle.size,
            officer,
            replica_id,
            count,
            int(bundle.own),
            now_utc(),
        ],
    )
