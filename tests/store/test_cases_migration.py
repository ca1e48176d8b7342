"""Version 7: a catalogue written before cases opens with its next steps as open tasks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from lazos_desktop import paths
from lazos_desktop.domain.records import record_from_dict
from lazos_desktop.services import Catalogue
from lazos_desktop.store import migrations
from lazos_desktop.store.queries import RecordQuery
from lazos_desktop.store.rows import record_row

OLD_NEXT_STEPS = "Convocar la próxima reunión de la comisión binacional en Quito."


def _old_seed_exchanges() -> list[dict[str, object]]:
    """The seeded exchanges as versions before 7 stored them: free-text next steps, no item ids."""
    document = json.loads((paths.seeds_folder() / "catalogue.json").read_text(encoding="utf-8"))
    found = []
    for item in document["records"]:
        if item["kind"] != "exchange":
            continue
        old = {k: v for k, v in item.items() if k not in {"kind", "links", "tasks"}}
        old["milestones"] = [
            {k: v for k, v in m.items() if k != "id"} for m in item.get("milestones", [])
        ]
        if item["code"] == "EX-002":
            old["next_steps"] = OLD_NEXT_STEPS
        elif item.get("tasks"):
            old["next_steps"] = item["tasks"][0]["title"]
        found.append(old)
    return found


BEFORE_CASES = migrations.MIGRATIONS.index(migrations._v7_cases)


def _catalogue_before_cases(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:BEFORE_CASES])
        patched.setattr(migrations, "SCHEMA_VERSION", BEFORE_CASES)
        opened = Catalogue.open(path, seed=False)
        db = opened.store.db
        with opened.store.transaction():
            for old in _old_seed_exchanges():
                record = record_from_dict("exchange", old)
                row = record_row(record)
                for column in ("next_due", "open_items", "last_activity", "last_event", "cited"):
                    row.pop(column)
                row["data"] = json.dumps(old, ensure_ascii=False)
                db.execute(
                    f"INSERT INTO records ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                    list(row.values()),
                )
                for code in record.countries_of():
                    db.execute(
                        "INSERT OR IGNORE INTO record_countries VALUES (?, ?)", [code, row["n"]]
                    )
                for axis in record.axes_of():
                    db.execute("INSERT INTO record_axes VALUES (?, ?)", [axis, row["n"]])
                db.execute(
                    "INSERT INTO search (rowid, title, body, facets) VALUES (?, ?, ?, '')",
                    [row["n"], row["title"], str(old.get("next_steps", ""))],
                )
        assert opened.store.schema_version() == BEFORE_CASES
        opened.close()


def test_next_steps_become_open_tasks_and_milestones_keep_fixed_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v3.sqlite3"
    _catalogue_before_cases(path, monkeypatch)
    opened = Catalogue.open(path)
    try:
        assert opened.store.schema_version() == migrations.SCHEMA_VERSION > BEFORE_CASES
        moved = opened.get("EX-002")
        assert [(t.title, t.status) for t in moved.tasks] == [(OLD_NEXT_STEPS, "open")]
        sena = opened.get("EX-001")
        seeded = Catalogue.open(tmp_path / "nuevo.sqlite3")
        try:
            # The migration gives the ids a new catalogue's seeds carry: the two merge.
            assert sena.tasks == seeded.get("EX-001").tasks
            assert [m.id for m in sena.milestones] == [
                m.id for m in seeded.get("EX-001").milestones
            ]
        finally:
            seeded.close()
        stored = json.loads(
            opened.store.db.execute("SELECT data FROM records WHERE code = 'EX-001'").fetchone()[0]
        )
        assert all(m["id"] for m in stored["milestones"]) and "next_steps" not in stored
        assert opened.count(RecordQuery(text="quito comision")) == 1
        assert opened.check().ok, [f for f in opened.check().findings if not f.ok]
        assert opened.vocabularies().label("task_status", "open", "en") == "Open"
    finally:
        opened.close()


def test_late_filter_and_due_sort_follow_the_dates(catalogue: Catalogue) -> None:
    sena = catalogue.get("EX-001")
    milestones = list(sena.milestones)
    milestones[3] = milestones[3].model_copy(update={"date": dt.date(2026, 1, 15)})
    catalogue.update(sena.model_copy(update={"milestones": milestones}))
    day = dt.date(2026, 2, 1)
    late = catalogue.rows(RecordQuery(late=True, today=day))
    assert [row.code for row in late] == ["EX-001"] and late[0].is_late(day)
    assert catalogue.count(RecordQuery(late=True, today=dt.date(2026, 1, 1))) == 0
    ordered = catalogue.rows(RecordQuery(kind="exchange", sort="due"))
    assert (ordered[0].code, ordered[0].next_due) == ("EX-001", "2026-01-15")
    assert catalogue.check().ok
