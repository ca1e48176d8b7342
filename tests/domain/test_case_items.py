"""Cases inside records: next steps become tasks, items keep ids, "late" means one thing."""

from __future__ import annotations

import datetime as dt

from lazos_desktop.domain.agenda import build_agenda, case_columns, late_items, next_due
from lazos_desktop.domain.case_items import Activity, FollowUpTask, Milestone
from lazos_desktop.domain.records import Exchange, Party, record_from_dict
from lazos_desktop.domain.validation import validate
from lazos_desktop.domain.vocabularies import Vocabularies

TODAY = dt.date(2026, 3, 1)
RECORD_ID = "52427773-386a-561a-9c79-408541fefac1"


def exchange(**fields: object) -> Exchange:
    return Exchange(
        id=RECORD_ID,
        title="Comisión",
        parties=[Party(country="CO"), Party(country="EC", role="receiving")],
        **fields,  # type: ignore[arg-type]
    )


def test_next_steps_become_one_open_task_and_reading_twice_adds_no_copy() -> None:
    data = {"id": RECORD_ID, "title": "Comisión", "next_steps": "Reunión de la comisión."}
    first = record_from_dict("exchange", data)
    assert [(t.title, t.status) for t in first.tasks] == [("Reunión de la comisión.", "open")]
    again = record_from_dict("exchange", {**first.model_dump(mode="json"), **data})
    assert again.tasks == first.tasks
    assert record_from_dict("exchange", data).tasks[0].id == first.tasks[0].id


def test_a_long_next_steps_text_is_kept_whole_in_the_note() -> None:
    text = "Primera línea " + "palabra " * 60 + "\nSegunda línea con más detalle."
    task = record_from_dict("exchange", {"title": "X", "next_steps": text}).tasks[0]
    assert len(task.title) <= 205 and task.title.endswith("…")
    assert task.note == text.strip()


def test_items_read_without_id_get_the_same_id_each_time_and_keep_a_given_one() -> None:
    given = "0f07c0df-65eb-5083-b939-ec668d1b272a"

    def read(*titles: str, **ids: str) -> Exchange:
        milestones = [{"title": t, "id": ids.get(t, "")} for t in titles]
        record = record_from_dict(
            "exchange", {"id": RECORD_ID, "title": "X", "milestones": milestones}
        )
        assert isinstance(record, Exchange)
        return record

    record = read("Hoja de ruta", "B", B=given)
    assert record.milestones[1].id == given
    assert record.milestones[0].id == read("Hoja de ruta").milestones[0].id
    assert record.milestones[0].id != read("Otra").milestones[0].id
    # Built in the program, an item gets a fresh id of its own.
    assert Milestone(title="A").id != Milestone(title="A").id


def test_late_is_planned_or_open_and_past_its_date() -> None:
    record = exchange(
        milestones=[
            Milestone(title="Pasado", date=dt.date(2026, 2, 1)),
            Milestone(title="Cumplido", date=dt.date(2026, 1, 1), status="done"),
            Milestone(title="Futuro", date=dt.date(2026, 4, 1)),
        ],
        tasks=[
            FollowUpTask(title="Vencida", due=dt.date(2026, 2, 28)),
            FollowUpTask(title="Cancelada", due=dt.date(2025, 1, 1), status="cancelled"),
            FollowUpTask(title="Sin fecha"),
        ],
    )
    assert [item.title for item in late_items(record, TODAY)] == ["Pasado", "Vencida"]
    assert next_due(record) == dt.date(2026, 2, 1)
    assert case_columns(record)["open_items"] == 4


def test_agenda_buckets_late_then_30_then_90_days_then_undated() -> None:
    record = exchange(
        milestones=[Milestone(title="Tarde", date=dt.date(2026, 2, 1))],
        tasks=[
            FollowUpTask(title="Pronto", due=dt.date(2026, 3, 20)),
            FollowUpTask(title="Luego", due=dt.date(2026, 5, 1)),
            FollowUpTask(title="Lejos", due=dt.date(2027, 1, 1)),
            FollowUpTask(title="Sin fecha"),
        ],
        activities=[
            Activity(date=dt.date(2026, 3, 10), type="meeting", summary="Comisión"),
            Activity(date=dt.date(2026, 1, 10), type="meeting", summary="Pasada"),
        ],
    )
    agenda = build_agenda([record], TODAY)
    titles = {name: [i.title for i in items] for name, items in agenda.buckets.items()}
    assert titles == {
        "late": ["Tarde"],
        "soon": ["Comisión", "Pronto"],
        "later": ["Luego"],
        "undated": ["Sin fecha"],
    }


def test_duplicate_item_ids_and_unknown_origins_are_problems() -> None:
    same = "e7a603ba-32a2-56ae-8186-45ff1fc599ec"
    record = exchange(
        milestones=[Milestone(id=same, title="A")],
        tasks=[FollowUpTask(id=same, title="B", origin="0f07c0df-65eb-5083-b939-ec668d1b272a")],
    )
    keys = {(p.field, p.key) for p in validate(record, Vocabularies())}
    assert ("tasks.0.id", "duplicate_item") in keys
    assert ("tasks.0.origin", "unknown_origin") in keys
    linked = exchange(
        milestones=[Milestone(id=same, title="A")], tasks=[FollowUpTask(title="B", origin=same)]
    )
    assert not [p for p in validate(linked, Vocabularies()) if p.key == "unknown_origin"]
