"""What the window's process does in the crash matrix, and what the file must hold afterwards.

`work` opens the catalogue as the window does: the writer through `Catalogue.open` (no daily
backup on the window's thread), the backup worker's own `Store` opened on its own thread
and taking the day's backup through it, and the query worker's reader opened lazily on its
thread at the first query (and reopened now and then, as reopening a catalogue does). It
then edits record after record, writing one line to its log after each commit, until it
is killed. Every record has its own short life (create, update, sometimes delete), so that
`expected` can say exactly what the file must hold for any prefix of the operations.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import count
from pathlib import Path

from lazos_desktop.domain.records import Kind, Practice
from lazos_desktop.services import Catalogue, safety
from lazos_desktop.store.catalogue_store import Store
from lazos_desktop.store.errors import RecordNotFound
from lazos_desktop.store.queries import RecordQuery

Operation = tuple[str, int]
SOURCE = "prueba automática de caídas (sintético)"


def operations() -> Iterator[Operation]:
    """create s, update s, and for every third record delete s: the same order every run."""
    for step in count():
        yield "create", step
        yield "update", step
        if step % 3 == 2:
            yield "delete", step


def title(tag: str, run: int, step: int) -> str:
    return f"{tag} r{run} s{step}"


def work(db: Path, log: Path, tag: str, run: int, seed: int) -> int:
    """Edit until killed; returns only if the catalogue refused an edit (a failure)."""
    rng = random.Random(seed)
    catalogue = Catalogue.open(db, officer=tag, daily_backup=False)
    queries = ThreadPoolExecutor(max_workers=1)  # a worker of ui/operations.py: one thread
    backups = threading.Thread(target=_backup_worker, args=(db,), daemon=True)
    backups.start()
    reader: list[Store] = []
    ids: dict[int, str] = {}
    with log.open("a", encoding="utf-8") as out:
        for index, (operation, step) in enumerate(operations()):
            _apply(catalogue, operation, step, ids, tag, run)
            out.write(f"{index} {operation} {step}\n")
            out.flush()
            if index % 3 == 1:
                queries.submit(_query, db, reader, tag).result()
            if index % 17 == 16:
                queries.submit(_close_reader, reader).result()
            time.sleep(rng.uniform(0, 0.012))
    return 1


def expected(tag: str, run: int, start: int, end: int) -> dict[str, str]:
    """Title -> summary of this window's records after operations `start` to `end - 1`
    applied to a file that held none of them (an update or delete of a record the file no
    longer holds, after a restore, changes nothing)."""
    state: dict[str, str] = {}
    for index, (operation, step) in enumerate(operations()):
        if index >= end:
            break
        if index < start:
            continue
        name = title(tag, run, step)
        if operation == "create":
            state[name] = "v0"
        elif operation == "update" and name in state:
            state[name] = "v1"
        elif operation == "delete":
            state.pop(name, None)
    return state


def held(connection: sqlite3.Connection, tag: str, run: int) -> dict[str, str]:
    rows = connection.execute(
        "SELECT title, json_extract(data, '$.summary') FROM records WHERE title LIKE ?",
        [f"{tag} r{run} s%"],
    )
    return dict(rows.fetchall())


def logged(log: Path) -> int:
    """How many operations the window reported committed (its log lines, in order)."""
    if not log.exists():
        return 0
    return sum(1 for line in log.read_text(encoding="utf-8").splitlines() if line.strip())


def _apply(
    catalogue: Catalogue, operation: str, step: int, ids: dict[int, str], tag: str, run: int
) -> None:
    try:
        if operation == "create":
            record = Practice(
                title=title(tag, run, step),
                countries=["EC"],
                axes=["formacion"],
                summary="v0",
                synthetic=True,
                source=SOURCE,
            )
            ids[step] = catalogue.create(record).ids[0]
        elif operation == "update":
            current = catalogue.get(ids[step])
            catalogue.update(current.model_copy(update={"summary": "v1"}))
        else:
            catalogue.delete(ids[step])
    except RecordNotFound:
        pass  # a restore from another program took the record away: nothing to change


def _backup_worker(db: Path) -> None:
    """The window's background runner: its own connection, the day's backup through it."""
    store = Store(db, create=False)
    safety.ensure_daily_backup(store)
    threading.Event().wait()  # the connection stays open, as the runner keeps it


def _query(db: Path, reader: list[Store], tag: str) -> None:
    if not reader:
        reader.append(Store(db, create=False))
    store = reader[0]
    store.query(RecordQuery(kind=Kind.PRACTICE.value, text=tag.split("-")[0], limit=50))
    store.counts_by_kind()


def _close_reader(reader: list[Store]) -> None:
    while reader:
        reader.pop().close()
