"""Each check of `lazos-desktop check` catches the damage it exists for.

Every test breaks a fresh catalogue in one way, by raw SQL or by editing bytes as a crash,
a hand edit or a faulty copy would, and asserts the named check (and only the expected ones)
fails while the report stays whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from lazos_desktop.services import Catalogue
from lazos_desktop.store.checks import CHECK_NAMES
from lazos_desktop.store.queries import RecordQuery


def failing(catalogue: Catalogue) -> set[str]:
    report = catalogue.check()
    assert [f.check for f in report.findings] == list(CHECK_NAMES)
    return {f.check for f in report.findings if not f.ok}


def raw(catalogue: Catalogue, sql: str, params: tuple[object, ...] = ()) -> None:
    """A change made behind the store's back, with foreign keys off as a careless tool would."""
    connection = sqlite3.connect(catalogue.path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(sql, params)
    connection.commit()
    connection.close()


def first_n(catalogue: Catalogue, code: str) -> int:
    return catalogue.store.db.execute("SELECT n FROM records WHERE code = ?", [code]).fetchone()[0]


def test_a_fresh_catalogue_passes_every_check(catalogue: Catalogue) -> None:
    assert failing(catalogue) == set()


def test_attachment_with_a_wrong_hash(catalogue: Catalogue) -> None:
    record = catalogue.get("BP-001")
    content = b"%PDF-1.4 acta de la reunion"
    raw(
        catalogue,
        "INSERT INTO attachments (id, record_id, name, size, sha256, content, created_at)"
        " VALUES ('a1', ?, 'acta.pdf', ?, ?, ?, '2026-01-01T00:00:00Z')",
        (record.id, len(content), hashlib.sha256(b"otra cosa").hexdigest(), content),
    )
    report = catalogue.check()
    assert failing(catalogue) == {"attachments"}
    assert "acta.pdf" in next(f.detail for f in report.findings if f.check == "attachments")


def test_attachment_with_a_wrong_size(catalogue: Catalogue) -> None:
    record = catalogue.get("BP-001")
    content = b"contenido"
    raw(
        catalogue,
        "INSERT INTO attachments (id, record_id, name, size, sha256, content, created_at)"
        " VALUES ('a2', ?, 'hoja.xlsx', ?, ?, ?, '2026-01-01T00:00:00Z')",
        (record.id, len(content) + 1, hashlib.sha256(content).hexdigest(), content),
    )
    assert failing(catalogue) == {"attachments"}


def test_orphan_search_row(catalogue: Catalogue) -> None:
    raw(
        catalogue,
        "INSERT INTO search (rowid, title, body, facets) VALUES (999999, 'fantasma', '', '')",
    )
    # FTS5's own test reads the record for that row through the view and finds none.
    assert failing(catalogue) == {"search_rows", "search_index"}


def test_search_row_out_of_date(catalogue: Catalogue) -> None:
    """Index words that are not the record's: only FTS5's test against the records sees it."""
    n = first_n(catalogue, "BP-001")
    raw(
        catalogue,
        "INSERT INTO search (search, rowid, title, body, facets)"
        " SELECT 'delete', n, title, body, facets FROM search_source WHERE n = ?",
        (n,),
    )
    raw(
        catalogue,
        "INSERT INTO search (rowid, title, body, facets) VALUES (?, 'Otro título', '', '')",
        (n,),
    )
    assert failing(catalogue) == {"search_index"}


def test_a_hand_edit_of_a_record_keeps_the_index_in_step(catalogue: Catalogue) -> None:
    """Another program's UPDATE of a record goes through the file's triggers too."""
    raw(
        catalogue,
        "UPDATE records SET title = 'Otro título', data = json_set(data, '$.title',"
        " 'Otro título') WHERE code = 'BP-001'",
    )
    assert failing(catalogue) == set()
    found = catalogue.rows(RecordQuery(text="otro titulo"))
    assert [summary.code for summary in found] == ["BP-001"]


def test_unknown_axis_written_by_raw_sql(catalogue: Catalogue) -> None:
    n = first_n(catalogue, "BP-001")
    raw(
        catalogue,
        "UPDATE records SET data = json_set(data, '$.axes', json_array('inventado')) WHERE n = ?",
        (n,),
    )
    raw(catalogue, "INSERT INTO record_axes (axis, n) VALUES ('inventado', ?)", (n,))
    found = failing(catalogue)
    assert {"records", "vocabulary_references", "derived_tables"} <= found
    detail = {f.check: f.detail for f in catalogue.check().findings}
    assert "inventado" in detail["records"] and "inventado" in detail["vocabulary_references"]


def test_unknown_country_only_in_the_filter_table(catalogue: Catalogue) -> None:
    raw(
        catalogue,
        "INSERT INTO record_countries (country, n) VALUES ('XX', ?)",
        (first_n(catalogue, "BP-001"),),
    )
    assert failing(catalogue) == {"vocabulary_references", "derived_tables"}


def test_foreign_key_violation_with_foreign_keys_off(catalogue: Catalogue) -> None:
    record = catalogue.get("BP-001")
    raw(
        catalogue,
        "INSERT INTO links (a, b, created_at) VALUES (?, ?, '2026-01-01')",
        (record.id, "ffffffff-ffff-4fff-8fff-ffffffffffff"),
    )
    report = catalogue.check()
    assert failing(catalogue) == {"foreign_keys"}
    assert "links" in next(f.detail for f in report.findings if f.check == "foreign_keys")


def test_record_body_that_is_not_json(catalogue: Catalogue) -> None:
    raw(catalogue, "UPDATE records SET data = '{roto' WHERE code = 'TB-001'")
    found = failing(catalogue)
    assert "records" in found
    assert "TB-001" in {f.check: f.detail for f in catalogue.check().findings}["records"]


def test_record_columns_that_disagree_with_the_body(catalogue: Catalogue) -> None:
    raw(catalogue, "UPDATE records SET code = 'BP-900' WHERE code = 'BP-001'")
    assert "records" in failing(catalogue)


def test_filter_row_missing(catalogue: Catalogue) -> None:
    raw(catalogue, "DELETE FROM record_countries WHERE n = ?", (first_n(catalogue, "BP-001"),))
    assert failing(catalogue) == {"derived_tables"}


def test_history_value_that_is_not_json(catalogue: Catalogue) -> None:
    raw(catalogue, "UPDATE history SET after = 'no es json' WHERE h = 1")
    assert failing(catalogue) == {"history"}


def test_dropped_index(catalogue: Catalogue) -> None:
    raw(catalogue, "DROP INDEX records_kind_title")
    report = catalogue.check()
    assert failing(catalogue) == {"schema_objects"}
    detail = next(f.detail for f in report.findings if f.check == "schema_objects")
    assert "records_kind_title" in detail


def test_wrong_schema_version(catalogue: Catalogue) -> None:
    catalogue.store.db.execute("PRAGMA user_version = 0")
    assert failing(catalogue) == {"schema_version"}


def test_damaged_index_page_is_reported_not_raised(catalogue_path: Path) -> None:
    opened = Catalogue.open(catalogue_path)
    opened.add_synthetic(3000, seed=1)
    opened.close()
    connection = sqlite3.connect(catalogue_path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'records_kind_title'"
    ).fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(catalogue_path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = os.urandom(page_size - 8)
    catalogue_path.write_bytes(bytes(data))
    damaged = Catalogue.open(catalogue_path)
    report = damaged.check()
    assert not report.ok
    assert "integrity" in {f.check for f in report.findings if not f.ok}
    damaged.close()


def test_check_command_exits_3_and_names_the_failure(catalogue: Catalogue) -> None:
    raw(catalogue, "DELETE FROM record_countries WHERE n = ?", (first_n(catalogue, "BP-001"),))
    result = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(catalogue.path), "check", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert [c["check"] for c in report["checks"] if not c["ok"]] == ["derived_tables"]
    human = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(catalogue.path), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert human.returncode == 3
    assert "[ERR] Tablas de ejes y países" in human.stdout
