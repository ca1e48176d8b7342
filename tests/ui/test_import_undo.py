"""An import is one step on the window's undo stack, above the edits made before it.

The officer edits a record, imports a colleague's file whose copy of it changed too and
takes theirs: Ctrl+Z must take back the import (the local title returns), a second Ctrl+Z
the local edit; redo brings the local edit, then the colleague's title again.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.ui import dialogs

COLLEAGUE = "Carla Ruiz"
THEIR_TITLE = "Título que puso la colega"
# Later than the export, not in the future (the import refuses a stamp from the future).
THEIR_STAMP = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")


def colleague_file(catalogue: Catalogue, folder: Path) -> Path:
    """The catalogue as the colleague sent it back: BP-002 retitled by her, later."""
    path = folder / "de-carla.json"
    ex.export(catalogue, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    for item in document["records"]:
        if item["code"] == "BP-002":
            item.update(title=THEIR_TITLE, updated_at=THEIR_STAMP, updated_by=COLLEAGUE)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def import_as_the_wizard_does(monkeypatch: pytest.MonkeyPatch, window, path: Path) -> int:  # noqa: ANN001
    """File → Importar, with the wizard's own two calls (plan, then apply taking theirs);
    how many conflicts the plan found."""
    seen: list[int] = []

    def wizard(parent, operations, start, lang) -> None:  # noqa: ANN001
        built = dialogs.make_import_wizard(parent, operations, start, lang)  # its real wiring
        catalogue = operations.catalogue
        result = ex.apply_import(
            catalogue, ex.plan_import(catalogue, [start]), on_conflict="theirs"
        )
        seen.append(result.plan.counts()["conflicts"])
        built.imported.emit(result)  # what its last page does once the import is written
        built.deleteLater()

    monkeypatch.setattr(dialogs, "show_import_wizard", wizard)
    window.commands.open_import_wizard(path)
    window.wait_for_queries()
    return seen[0]


def title(window) -> str:  # noqa: ANN001
    return str(Catalogue.open_reader(window.catalogue.path).get("BP-002").title)


def edit_locally(window, new_title: str) -> None:  # noqa: ANN001
    record = window.catalogue.get("BP-002")
    window.operations.change(
        lambda catalogue: catalogue.update(record.model_copy(update={"title": new_title})),
        lambda change: "edición de BP-002",
    )


def test_undo_takes_back_the_import_and_redo_brings_back_the_imported_title(
    window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # noqa: ANN001
    original = window.catalogue.get("BP-002").title
    path = colleague_file(window.catalogue, tmp_path)
    edit_locally(window, "Título local")
    assert import_as_the_wizard_does(monkeypatch, window, path) == 1  # changed on both sides
    assert title(window) == THEIR_TITLE
    assert window.action_undo.text() == "Deshacer importación de de-carla.json"

    window.action_undo.trigger()  # the import, whole
    window.wait_for_queries()
    assert title(window) == "Título local"
    assert ex.last_import(window.catalogue) is None
    window.action_undo.trigger()  # then the edit made before it
    assert title(window) == original

    window.action_redo.trigger()
    assert title(window) == "Título local"
    window.action_redo.trigger()
    window.wait_for_queries()
    assert title(window) == THEIR_TITLE  # what the import brought, not the local title
    assert ex.last_import(window.catalogue) is not None  # an import again, undoable again
    window.action_undo.trigger()
    assert title(window) == "Título local"


def test_edit_menu_undo_import_is_the_same_step_and_can_be_redone(
    window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # noqa: ANN001
    path = colleague_file(window.catalogue, tmp_path)
    edit_locally(window, "Título local")
    import_as_the_wizard_does(monkeypatch, window, path)
    monkeypatch.setattr(dialogs, "confirm_undo_import", lambda parent, question: True)
    window.commands.undo_last_import()
    window.wait_for_queries()
    assert title(window) == "Título local"
    assert window.action_undo.text() == "Deshacer edición de BP-002"
    assert window.action_redo.text() == "Rehacer importación de de-carla.json"
    window.action_redo.trigger()
    assert title(window) == THEIR_TITLE


def test_undo_of_an_import_that_is_no_longer_the_last_is_refused_and_changes_nothing(
    window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # noqa: ANN001
    path = colleague_file(window.catalogue, tmp_path)
    import_as_the_wizard_does(monkeypatch, window, path)
    later = tmp_path / "otra.csv"
    later.write_text(
        "Título;Países;Ejes;Fuente;Sintético\nOtra;PE;Empleo;x (sintético);sí\n", encoding="utf-8"
    )
    other = Catalogue.open(window.catalogue.path)  # another program imports after it
    ex.import_files(other, [later], kind=ex.Kind.PRACTICE)
    other.close()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    window.action_undo.trigger()
    assert title(window) == THEIR_TITLE
    assert shown and "posterior" in shown[-1]


def test_an_imported_change_keeps_its_author_and_time_and_the_history_names_the_import(
    catalogue: Catalogue, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    from lazos_desktop.ui.pages.history_panel import HistoryPanel

    path = colleague_file(catalogue, tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    theirs = dict(next(item for item in document["records"] if item["code"] == "BP-002"))
    new_id = str(uuid.uuid4())
    theirs.update(id=new_id, code="", title="Práctica nueva de la colega", links=[])
    document["records"].append(theirs)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    ex.import_files(catalogue, [path])
    batch = ex.last_import(catalogue)
    assert batch is not None
    for record_id, operation in ((catalogue.get("BP-002").id, "update"), (new_id, "create")):
        entry = next(e for e in catalogue.history(record_id) if e.operation == operation)
        assert (entry.who, entry.at) == (COLLEAGUE, THEIR_STAMP)  # from the file
        assert entry.imported_by == "Ana Pérez" and entry.imported_at == batch["at"]
        assert [Path(name).name for name in entry.imported_from] == ["de-carla.json"]
    local = catalogue.update(catalogue.get("BP-002").model_copy(update={"summary": "Local"}))
    newest = catalogue.history(local.ids[0])[0]
    assert newest.who == "Ana Pérez" and newest.imported_at == ""

    panel = HistoryPanel(catalogue)
    qtbot.addWidget(panel)
    panel.show_record(catalogue.get("BP-002").id)
    rows = {panel.table.item(r, 3).text(): r for r in range(panel.table.rowCount())}
    title_row = rows["Título"]
    assert panel.table.item(title_row, 1).text() == COLLEAGUE
    shown = panel.table.item(title_row, 6).text()
    assert "importado por Ana Pérez" in shown and "de-carla.json" in shown
    assert panel.table.item(0, 6).text() == ""  # the local edit after it
