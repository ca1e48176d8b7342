"""A journal that is not the file's own is never replayed silently.

A catalogue copied over another while the other's `-wal` stayed beside it: a mere `stats`
once replayed that WAL into it and left it malformed. Now the pair is set aside before the
first connection, tested, and put back byte for byte when it does not belong together."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from lazos_desktop.services import Catalogue
from lazos_desktop.store import journals

WRITE_AND_DIE = """
import os, signal, sys
from lazos_desktop.services import Catalogue
catalogue = Catalogue.open(sys.argv[1], daily_backup=False)
catalogue.add_synthetic(int(sys.argv[2]), seed=3)
print(catalogue.stats()["total"], flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""

HOLD = """
import sys, time
from lazos_desktop.services import Catalogue
catalogue = Catalogue.open(sys.argv[1], daily_backup=False)
print("ready", flush=True)
time.sleep(30)
"""


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def killed_writer(path: Path, count: int) -> int:
    """Records held after a writer committed `count` synthetic records and was killed."""
    done = subprocess.run(
        [sys.executable, "-c", WRITE_AND_DIE, str(path), str(count)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    return int(done.stdout.split()[0])


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def test_a_foreign_wal_is_not_replayed_by_stats_and_the_pair_is_put_back(tmp_path: Path) -> None:
    victim = tmp_path / "catalogo.sqlite3"
    base = Catalogue.open(victim)
    base.add_synthetic(1500, seed=1)
    base.close()
    killed_writer(victim, 300)  # its last commits are in the WAL only
    assert wal(victim).stat().st_size > 0
    other = tmp_path / "otro.sqlite3"
    colleague = Catalogue.open(other)
    colleague.add_synthetic(700, seed=9)
    colleague.close()
    shutil.copyfile(other, victim)  # the copy over it; the old WAL stays beside
    file_before, wal_before = sha(victim), sha(wal(victim))

    result = run(victim, "stats", "--json")
    assert result.returncode == 3, result.stdout + result.stderr
    message = json.loads(result.stdout)["error"]
    assert "no corresponde" in message and str(wal(victim)) in message
    assert sha(victim) == file_before and sha(wal(victim)) == wal_before
    kept = journals.kept_folders(victim)
    assert len(kept) == 1 and str(kept[0]) in message
    assert sha(kept[0] / victim.name) == file_before
    assert sha(kept[0] / wal(victim).name) == wal_before

    again = run(victim, "stats")
    assert again.returncode == 3 and sha(victim) == file_before
    assert len(journals.kept_folders(victim)) == 1, "a second open adds no second copy"

    shutil.move(wal(victim), tmp_path / "diario-aparte")  # what the message advises
    assert run(victim, "check").returncode == 0


def test_the_files_own_wal_after_a_crash_is_applied_and_nothing_is_left_aside(
    tmp_path: Path,
) -> None:
    path = tmp_path / "catalogo.sqlite3"
    held = killed_writer(path, 300)
    assert wal(path).stat().st_size > 0
    result = run(path, "stats", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] == held
    assert journals.kept_folders(path) == []


def test_a_copy_left_by_a_killed_run_is_cleaned_on_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "catalogo.sqlite3"
    held = killed_writer(path, 100)
    kept = journals._set_aside(path, journals._journals(path))  # then the run was killed
    assert kept.folder.is_dir()
    catalogue = Catalogue.open(path, daily_backup=False)
    assert catalogue.stats()["total"] == held
    catalogue.close()
    assert journals.kept_folders(path) == []


def test_a_half_written_copy_is_removed_and_the_file_opens(tmp_path: Path) -> None:
    path = tmp_path / "catalogo.sqlite3"
    Catalogue.open(path).close()
    folder = path.with_name(f".{path.name}{journals.KEPT_SUFFIX}")
    folder.mkdir()
    (folder / path.name).write_bytes(b"SQLite format 3\x00 cut")
    Catalogue.open(path).close()
    assert not folder.exists()


def test_a_journal_of_a_file_another_program_has_open_is_left_to_it(tmp_path: Path) -> None:
    path = tmp_path / "catalogo.sqlite3"
    Catalogue.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert journals.in_use(path)
        result = run(path, "stats")
        assert result.returncode == 0, result.stderr
        assert journals.kept_folders(path) == []
    finally:
        holder.kill()
        holder.wait()
    assert not journals.in_use(path)


HOT_JOURNAL = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 10")
connection.execute("BEGIN")
connection.execute("UPDATE t SET a = randomblob(500)")
os.kill(os.getpid(), signal.SIGKILL)
"""


def foreign_hot_journal(tmp_path: Path) -> Path:
    """The hot journal of another database, left by a writer killed in mid-transaction."""
    other = tmp_path / "otra.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (a)")
    connection.executemany("INSERT INTO t VALUES (?)", [(os.urandom(500),) for _ in range(3000)])
    connection.commit()
    connection.close()
    done = subprocess.run([sys.executable, "-c", HOT_JOURNAL, str(other)], timeout=60)
    assert done.returncode == -9
    journal = other.with_name(other.name + "-journal")
    assert journal.stat().st_size > 0
    return journal


def test_a_foreign_hot_journal_is_not_rolled_back_into_the_catalogue(tmp_path: Path) -> None:
    victim = tmp_path / "catalogo.sqlite3"
    Catalogue.open(victim).close()
    journal = victim.with_name(victim.name + "-journal")
    shutil.copyfile(foreign_hot_journal(tmp_path), journal)
    file_before, journal_before = sha(victim), sha(journal)
    result = run(victim, "stats")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "no corresponde" in result.stderr
    assert sha(victim) == file_before and sha(journal) == journal_before
    journal.unlink()
    assert run(victim, "check").returncode == 0
