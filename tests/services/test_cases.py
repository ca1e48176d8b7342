"""Cases end to end: log, tasks and late milestones through agenda, calendar, files, briefs."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import icalendar
from pypdf import PdfReader

from lazos_desktop.domain.case_items import Activity, FollowUpTask
from lazos_desktop.services import Catalogue, cases
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.services.briefs import render_brief
from lazos_desktop.store.queries import RecordQuery

TODAY = dt.date.today()
SENA, SECAP = "e65aefdf-596f-5ed3-a442-81297adb5e10", "83fdcdf2-4e11-513a-ad02-15666f1a7139"


def follow_sena_secap(catalogue: Catalogue) -> None:
    """What the officer does in the window: log the commission meeting, add two tasks, move
    the interconnection milestone into the past."""
    meeting = Activity(
        date=TODAY + dt.timedelta(days=12),
        type="meeting",
        place="Quito",
        institutions=[SENA, SECAP],
        participants=["Ana Pérez"],
        summary="Sesión de la Comisión Técnica Binacional",
        decisions="Preparar la hoja de ruta de certificación mutua.",
    )
    cases.add_activity(catalogue, "EX-001", meeting)
    sena = catalogue.get("EX-001")
    milestones = list(sena.milestones)
    milestones[3] = milestones[3].model_copy(update={"date": TODAY - dt.timedelta(days=3)})
    tasks = [
        *sena.tasks,
        FollowUpTask(
            title="Enviar acta", responsible="Ana Pérez", due=TODAY + dt.timedelta(days=2)
        ),
        FollowUpTask(
            title="Borrador de hoja de ruta",
            institution=SECAP,
            due=TODAY + dt.timedelta(days=40),
            origin=catalogue.get("EX-001").activities[0].id,
        ),
    ]
    catalogue.update(sena.model_copy(update={"milestones": milestones, "tasks": tasks}))


def test_agenda_status_line_and_mark_done_with_undo(catalogue: Catalogue) -> None:
    follow_sena_secap(catalogue)
    agenda = cases.agenda(catalogue)
    assert [i.title for i in agenda.buckets["late"]] == [
        "Interconexión de los servicios públicos de empleo"
    ]
    assert [i.title for i in agenda.buckets["soon"]] == [
        "Enviar acta",
        "Sesión de la Comisión Técnica Binacional",
    ]
    assert [i.title for i in agenda.buckets["later"]] == ["Borrador de hoja de ruta"]
    assert cases.due_summary(catalogue) == {
        "late_milestones": 1,
        "late_tasks": 0,
        "tasks_this_week": 1,
    }
    only_secap = cases.agenda(catalogue, chosen=cases.AgendaFilter(responsible="secap"))
    assert [i.title for i in only_secap.items] == ["Borrador de hoja de ruta"]
    assert not cases.agenda(catalogue, chosen=cases.AgendaFilter(country="PE")).items
    late = agenda.buckets["late"][0]
    change = cases.set_item_status(catalogue, late.record_id, late.item_id, "done")
    assert not cases.agenda(catalogue).buckets["late"]
    catalogue.update(change.before[0])  # what the window's undo applies
    assert cases.agenda(catalogue).count("late") == 1
    # The log and the tasks are searched with the rest of the record, accents ignored.
    assert [r.code for r in catalogue.rows(RecordQuery(text="sesion comision quito"))] == ["EX-001"]
    assert catalogue.count(RecordQuery(text="borrador hoja")) == 1
    history = [e.field for e in catalogue.history(late.record_id, 20)]
    assert "milestones" in history and "activities" in history


def test_calendar_reads_back_and_keeps_its_uids(catalogue: Catalogue, tmp_path: Path) -> None:
    follow_sena_secap(catalogue)
    first = ex.export(catalogue, tmp_path / "agenda.ics", lang="es")
    calendar = icalendar.Calendar.from_ical((tmp_path / "agenda.ics").read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    meeting = events["[EX-001] Reunión: Sesión de la Comisión Técnica Binacional"]
    assert str(meeting["location"]) == "Quito"
    assert meeting["dtstart"].dt == TODAY + dt.timedelta(days=12)
    assert "[EX-001] Tarea: Enviar acta" in events
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == first.counts["events"]
    sena = catalogue.get("EX-001")
    catalogue.update(sena.model_copy(update={"objectives": sena.objectives + " Actualizado."}))
    ex.export(catalogue, tmp_path / "otra.ics", fmt="ics")
    again = icalendar.Calendar.from_ical((tmp_path / "otra.ics").read_bytes())
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == uids
    before = {str(e["uid"]): int(e["sequence"]) for e in calendar.walk("VEVENT")}
    after = {str(e["uid"]): int(e["sequence"]) for e in again.walk("VEVENT")}
    assert after[str(meeting["uid"])] >= before[str(meeting["uid"])]


def test_tasks_and_log_survive_csv_xlsx_and_bundle(catalogue: Catalogue, tmp_path: Path) -> None:
    follow_sena_secap(catalogue)
    sena = catalogue.get("EX-001")
    for name in ("casos.csv", "casos.xlsx", "casos.lazos"):
        ex.export(catalogue, tmp_path / name, kind="exchanges", lang="en")
        other = Catalogue.open(tmp_path / f"{name}.sqlite3")
        try:
            before = other.get("EX-001")
            ex.import_files(other, [tmp_path / name], on_conflict="theirs")
            back = other.get("EX-001")
            assert back.tasks == sena.tasks, name
            assert back.activities == sena.activities, name
            assert back.milestones == sena.milestones, name
            assert before.tasks[0] == back.tasks[0]
        finally:
            other.close()


def test_due_json_on_the_command_line(catalogue: Catalogue) -> None:
    follow_sena_secap(catalogue)
    path = catalogue.path
    catalogue.close()
    result = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(path), "due", "--json", "--days", "7"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["counts"]["late"] == 1 and report["late"][0]["late"] is True
    assert report["late"][0]["code"] == "EX-001" and report["late"][0]["item"] == "milestone"
    assert [i["title"] for i in report["soon"]] == ["Enviar acta"]
    plain = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(path), "--lang", "en", "due"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "[LATE]" in plain.stdout and "Milestone: Interconexión" in plain.stdout
    refused = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(path), "due", "--country", "ZZ"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert refused.returncode == 2 and "ZZ" in refused.stderr


def test_dashboard_counts_only_practices_citing_the_mapping(catalogue: Catalogue) -> None:
    follow_sena_secap(catalogue)
    held = Activity(date=TODAY - dt.timedelta(days=1), type="call", summary="Llamada previa")
    cases.add_activity(catalogue, "EX-001", held)
    board = cases.dashboard(catalogue)
    assert board.mapped_total == 48 and board.mapped_held == 0
    assert board.records_with_late == 1 and len(board.late) == 1
    # The meeting ahead is on the agenda; what already happened is the recent activity.
    assert [e.activity.summary for e in board.recent] == ["Llamada previa"]
    assert board.status_counts["exchange"]["active"] >= 1
    practice = catalogue.get("BP-001")
    source = catalogue.store.meta("mapped_practices_source")
    catalogue.update(practice.model_copy(update={"source": source}))
    assert cases.mapped_practices_held(catalogue) == 1


def test_record_brief_and_pack_show_the_case(catalogue: Catalogue, tmp_path: Path) -> None:
    follow_sena_secap(catalogue)
    out = tmp_path / "pack.pdf"
    render_brief(
        catalogue,
        "pack",
        out,
        ids=["EX-001", "EX-005"],
        lang="es",
        meeting="Comisión",
        meeting_date=TODAY + dt.timedelta(days=5),
    )
    pages = [page.extract_text() for page in PdfReader(out).pages]
    status = pages[1]
    assert "Situación de los casos" in status and "ATRASADO" in status
    assert "Enviar acta" in status and "Borrador de hoja de ruta" not in status
    whole = " ".join(pages)
    assert "Registro de actividades" in whole and "Preparar la hoja de ruta" in whole
    assert "Tareas de seguimiento" in whole
    render_brief(catalogue, "record", tmp_path / "ficha.pdf", ids=["EX-001"], lang="en")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "ficha.pdf").pages)
    assert "Activity log" in text and "Follow-up tasks" in text and "LATE" in text


def test_the_status_line_counts_agree_with_the_agenda(catalogue: Catalogue) -> None:
    catalogue.add_synthetic(400, seed=3)
    follow_sena_secap(catalogue)
    built = cases.agenda(catalogue, horizon=cases.WEEK_DAYS, undated=False)
    week = [i for i in built.buckets["soon"] if i.item == "task"]
    assert cases.due_summary(catalogue) == {
        "late_milestones": built.late_of("milestone"),
        "late_tasks": built.late_of("task"),
        "tasks_this_week": len(week),
    }
    assert built.late_of("task") > 0  # the synthetic tasks do fall late
