"""The sharing dialog: saving the catalogue's settings, syncing, a conflict side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

from lazos_desktop.domain.records import record_to_dict
from lazos_desktop.services import Catalogue, Change, team_folder
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.ui.dialogs.team_dialog import OURS, TeamDialog

pytestmark = pytest.mark.gui


def edit(catalogue: Catalogue, code: str, **changes: object) -> None:
    data = record_to_dict(catalogue.get(code))
    data.update(changes)
    record, problems = catalogue.parse(catalogue.get(code).kind, data)
    assert record is not None and not problems
    catalogue.update(record)


def test_settings_are_saved_whole_or_not_at_all(qtbot, catalogue: Catalogue, tmp_path: Path):
    changes: list[Change] = []
    dialog = TeamDialog(catalogue, changes.append)
    qtbot.addWidget(dialog)
    assert not dialog.sync_button.isEnabled()
    dialog.folder.setText(str(tmp_path))
    dialog.org_ref.setText("no es un identificador")
    dialog.org_type.setCurrentIndex(dialog.org_type.findData("40"))
    assert dialog.save() is False
    assert "IATI" in dialog.message.text()
    assert settings.get(catalogue, settings.TEAM_FOLDER) == ""
    dialog.org_ref.setText("XX-SYNTH-0001")
    assert dialog.save() is True
    assert settings.get(catalogue, settings.TEAM_FOLDER) == str(tmp_path.resolve())
    assert settings.get(catalogue, settings.IATI_ORG_TYPE) == "40"
    assert dialog.sync_button.isEnabled()


def test_sync_shows_a_lost_edit_side_by_side_and_keeps_the_choice(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "equipo"
    folder.mkdir()
    ana = Catalogue.open(tmp_path / "ana.sqlite3", officer="Ana")
    bruno = Catalogue.open(tmp_path / "bruno.sqlite3", officer="Bruno")
    try:
        for each in (ana, bruno):
            settings.put_many(each, {settings.TEAM_FOLDER: str(folder)})
        edit(ana, "TB-001", audience="Versión de Ana (prueba)")
        edit(bruno, "TB-001", audience="Versión de Bruno (prueba)")  # later, or same second
        team_folder.write_changes(bruno)

        changes: list[Change] = []
        dialog = TeamDialog(ana, changes.append)
        qtbot.addWidget(dialog)
        assert "sin fusionar: 1" in dialog.status.text()
        dialog.sync()
        assert dialog.conflict_box.isVisibleTo(dialog)
        assert dialog.conflicts.rowCount() == 1
        html = dialog.side_by_side.toHtml()
        assert "Versión de Ana (prueba)" in html and "Versión de Bruno (prueba)" in html
        dialog.decide(0, OURS)
        dialog.apply_decisions()
        assert not dialog.conflict_box.isVisibleTo(dialog)
        assert ana.get("TB-001").audience == "Versión de Ana (prueba)"
        assert "Fusionados 1" in dialog.message.text()

        team_folder.apply_merge(bruno, team_folder.plan_merge(bruno))
        assert bruno.get("TB-001").audience == "Versión de Ana (prueba)"
    finally:
        ana.close()
        bruno.close()
