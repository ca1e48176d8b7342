"""Migration 8: the search index reads its texts from the records and finds what it found.

The view `search_source` must give every record the words `rows.search_document` gave it
(accents, country names and axis labels in es/en/pt, cited institutions), and a catalogue
written by version 7 must answer the same searches, with the same BM25 scores, once the
program has migrated it; the file shrinks and keeps a backup of what it was.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from sqlite_utils import Database

from lazos_desktop.domain.records import Institution, Record
from lazos_desktop.domain.text import fold
from lazos_desktop.services import Catalogue, safety
from lazos_desktop.store import migrations, queries
from lazos_desktop.store.bulk_insert import cited_names, insert_records
from lazos_desktop.store.migrations import SEARCH_DEFERRED
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.store.rows import search_document
from tests.store.catalogue_v7 import V7, write_v7

SYNTHETIC = 400
# Accents either way, a country in each language (Ecuador / Equador, Dominican Republic),
# axis labels in es/en/pt, an institution's acronym, a code, a prefix.
QUERIES = (
    "migracion",
    "migración",
    "peru",
    "Perú",
    "equador",
    "ecuador",
    "Dominican Republic",
    "república dominicana",
    "inclusion financiera",
    "financial inclusion",
    "inclusão financeira",
    "SENA",
    "certificacion",
    "EX-001",
    "empleo*",
)
FILTERED = (
    RecordQuery(text="empleo", kind="practice"),
    RecordQuery(text="peru", country="AR"),
    RecordQuery(text="financial inclusion", sort="title"),
    RecordQuery(text="migracion", kind="exchange", descending=True),
)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Record]:
    """The seeded catalogue with synthetic records of every kind, as records."""
    path = tmp_path_factory.mktemp("fuente") / "fuente.sqlite3"
    catalogue = Catalogue.open(path)
    catalogue.add_synthetic(SYNTHETIC, seed=7)
    found = list(catalogue.iter_records())
    catalogue.close()
    institutions = [r.id for r in found if isinstance(r, Institution)]
    absent = "00000000-0000-4000-8000-000000000000"  # an institution not in the file
    cites = [*institutions[:2], absent]
    assert len(cites) == 3
    practices = [i for i, r in enumerate(found) if r.code.startswith("BP-")][:6]
    for index in practices:
        found[index] = found[index].model_copy(update={"institutions": cites})
    return found


def words(text: str) -> Counter[str]:
    """The tokens `unicode61 remove_diacritics 2` makes of `text`, counted."""
    return Counter(re.findall(r"[^\W_]+", fold(text).lower()))


def test_the_view_gives_every_record_the_words_search_document_gave(
    records: list[Record], tmp_path: Path
) -> None:
    catalogue = Catalogue.open(tmp_path / "nuevo.sqlite3", seed=False)
    catalogue.store.create_many(records, "prueba", keep_stamps=True, check=False)
    store = catalogue.store
    vocab = store.vocabularies()
    cited = cited_names(store, records, records)
    assert cited, "some practice cites an institution"
    by_id = {record.id: record for record in records}
    rows = store.db.execute(
        "SELECT r.id, s.title, s.body, s.facets FROM search_source s JOIN records r ON r.n = s.n"
    ).fetchall()
    assert len(rows) == len(records)
    for record_id, title, body, facets in rows:
        record = by_id[record_id]
        extra = [cited[record_id]] if record_id in cited else []
        if isinstance(record, Institution):
            extra.append(record.acronym)
        expected = search_document(record, vocab, extra)
        assert words(title) == words(expected["title"]), record.code
        assert words(body) == words(expected["body"]), record.code
        assert words(facets) == words(expected["facets"]), record.code
    catalogue.close()


def answers(db: object) -> dict[str, object]:
    """Every query's codes in the listed order and its BM25 scores in rank order."""
    found: dict[str, object] = {}
    for text in QUERIES:
        query = RecordQuery(text=text)
        found[text] = [s.code for s in queries.summaries(db, query)]  # type: ignore[arg-type]
        match = queries.fts_match(text)
        found[f"bm25 {text}"] = [
            (n, round(score, 9))
            for n, score in db.execute(  # type: ignore[attr-defined]
                "SELECT rowid, bm25(search) FROM search WHERE search MATCH ? ORDER BY rank, rowid",
                [match],
            )
        ]
    for number, query in enumerate(FILTERED):
        found[f"filtered {number}"] = [
            s.code
            for s in queries.summaries(db, query)  # type: ignore[arg-type]
        ]
    return found


def test_a_version_7_catalogue_answers_the_same_after_migration(
    records: list[Record], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v7.sqlite3"
    write_v7(path, records, monkeypatch)
    size_before = path.stat().st_size
    old = Database(sqlite3.connect(path), execute_plugins=False)  # read as it is, unmigrated
    assert old.execute("PRAGMA user_version").fetchone()[0] == V7
    before = answers(old)
    old.close()
    for text in QUERIES:
        assert before[text], f"{text!r} finds nothing: the comparison would prove nothing"

    catalogue = Catalogue.open(path)
    db = catalogue.store.db
    assert catalogue.store.schema_version() == migrations.SCHEMA_VERSION
    assert answers(db) == before
    assert catalogue.check().ok
    assert db.execute("PRAGMA page_size").fetchone()[0] == migrations.PAGE_SIZE
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert (
        db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_content'").fetchone()[0]
        == 0
    )
    assert {r.id: r.title for r in catalogue.iter_records()} == {r.id: r.title for r in records}
    catalogue.close()
    assert path.stat().st_size < size_before
    backups = [b for b in safety.list_backups(path) if b.reason == "pre-migration"]
    assert len(backups) == 1 and backups[0].readable


def test_changes_after_migration_keep_the_index_in_step(
    records: list[Record], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edits, deletes, an axis label renamed and undone imports: FTS5's own test against
    the records passes after each, and the new words are found, the old ones not."""
    path = tmp_path / "v7.sqlite3"
    write_v7(path, records[:60], monkeypatch)
    catalogue = Catalogue.open(path)
    practice = next(r for r in records[:60] if r.code.startswith("BP-"))
    changed = practice.model_copy(update={"title": "Ventanilla única de atención xilófono"})
    catalogue.update(changed)
    assert [s.code for s in catalogue.rows(RecordQuery(text="xilofono"))] == [practice.code]
    assert catalogue.check().ok
    catalogue.delete(practice.code)
    assert catalogue.rows(RecordQuery(text="xilofono")) == []
    assert catalogue.check().ok
    axis = catalogue.store.db.execute(
        "SELECT axis FROM record_axes GROUP BY axis ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    with catalogue.store.transaction():
        catalogue.store.db.execute(
            "UPDATE vocab SET label_pt = 'Zarabatana' WHERE vocabulary = 'axis' AND code = ?",
            [axis],
        )
    tagged = catalogue.count(RecordQuery(axis=axis))
    assert tagged and catalogue.count(RecordQuery(text="zarabatana")) == tagged
    assert catalogue.check().ok
    catalogue.close()


def test_a_bulk_insert_stopped_half_way_leaves_what_went_in_indexed(
    records: list[Record], tmp_path: Path
) -> None:
    """Many new rows are indexed in one pass after the insert (`SEARCH_DEFERRED`): a batch
    that fails on its third row, caught by its caller, leaves its first two indexed."""
    catalogue = Catalogue.open(tmp_path / "nuevo.sqlite3", seed=False)
    store = catalogue.store
    first, second, *_ = records
    clash = records[2].model_copy(update={"id": first.id, "code": ""})
    with store.transaction(), pytest.raises(sqlite3.IntegrityError):
        insert_records(store, [first, second, clash], "prueba", keep_stamps=True, check=False)
    assert [r.id for r in catalogue.iter_records()] == [first.id, second.id]
    assert (
        store.db.execute("SELECT count(*) FROM meta WHERE key = ?", [SEARCH_DEFERRED]).fetchone()[0]
        == 0
    )
    # The country and axis tables are written after the insert, as before migration 8: the
    # caller that keeps a failed batch must not commit (here it does, to look at the index).
    search_checks = {f.check: f.ok for f in catalogue.check().findings if "search" in f.check}
    assert search_checks == {"search_index": True, "search_rows": True}
    found = catalogue.rows(RecordQuery(text=first.title.split()[0]))
    assert first.code in [summary.code for summary in found]
    catalogue.close()
