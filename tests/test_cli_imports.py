"""The command line imports what the command it runs needs, nothing more: `brief` and `list`
start without the window, the importers or the exporters (a brief as a process is measured
against bare ReportLab, `make bench`), `list` without ReportLab and without building the
record models' validators, and the command line's own module (through which the window
starts too) without the record models, SQLite helpers or backups."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.services import Catalogue

# Runs the command in a fresh interpreter and writes the names of the modules it loaded.
RUN = r"""
import json, sys
from lazos_desktop.cli import main
status = main(sys.argv[2:])
records = sys.modules.get("lazos_desktop.domain.records")
models = [] if records is None else records.Record.__subclasses__()
built = [model.__name__ for model in models if model.__pydantic_complete__]
report = {"status": status, "modules": sorted(sys.modules), "built": built}
loader = sys.modules.get("pydantic.plugin._loader")  # pydantic's, or our stand-in
report["plugins_sought"] = vars(loader).get("_plugins") is not None if loader else False
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(report, out)
"""

# Neither command has any use for these.
NEVER = (
    "sqlite_utils",  # reading goes to SQLite itself (store/catalogue_database.py)
    "PySide6",  # the window
    "shiboken6",
    "lazos_desktop.ui",
    "openpyxl",  # spreadsheets in and out
    "docx",  # the Word copy of a brief
    "icalendar",  # the calendar export
    "rapidfuzz",  # matching imported names
    "xml.etree",  # IATI export, XLSX reading
    "lazos_desktop.interchange.csv_reader",
    "lazos_desktop.interchange.xlsx_reader",
    "lazos_desktop.interchange.import_sources",
    "lazos_desktop.interchange.row_records",
    "lazos_desktop.interchange.flat_rows",
    "lazos_desktop.interchange.merge_plan",
    "lazos_desktop.interchange.bundle",
    "lazos_desktop.interchange.seed_files",
    "lazos_desktop.interchange.value_matching",
    "lazos_desktop.interchange.value_choices",
    "lazos_desktop.interchange.calendar_file",
    "lazos_desktop.interchange.csv_writer",
    "lazos_desktop.interchange.xlsx_writer",
    "lazos_desktop.interchange.iati_writer",
    "lazos_desktop.interchange.hxl_writer",
    "lazos_desktop.services.exchange_files",
    "lazos_desktop.services.standard_exports",
    "lazos_desktop.services.team_folder",
    "lazos_desktop.services.publishing",
    "lazos_desktop.services.foreign_files",
    "lazos_desktop.services.attachments",
    "lazos_desktop.services.cases",
    "lazos_desktop.services.selftest",
    "lazos_desktop.domain.synthetic",
    "lazos_desktop.store.import_batches",
    "lazos_desktop.store.team_sync",
    "lazos_desktop.store.published_copy",
    "lazos_desktop.store.checks",  # only `check` and a restore test the whole catalogue
    "lazos_desktop.domain.check_details",
    "importlib.metadata",  # pydantic's plugin loader, stood in for (`domain/no_plugins.py`)
)
# A list prints rows: no PDF.
NOT_FOR_LIST = ("reportlab", "PIL", "lazos_desktop.briefs", "lazos_desktop.services.briefs")
# A country brief writes a PDF with its own template only.
NOT_FOR_A_COUNTRY_BRIEF = (
    "lazos_desktop.briefs.record_brief",
    "lazos_desktop.briefs.theme_brief",
    "lazos_desktop.briefs.meeting_pack",
    "lazos_desktop.briefs.catalogue_brief",
    "lazos_desktop.briefs.word_copy",
    "lazos_desktop.interchange",  # no file format at all: --kind is a plain choice here
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("imports")
    path = folder / "catalogo.sqlite3"
    Catalogue.open(path, officer="Ana").close()
    return path


def _run(tmp_path: Path, *argv: str) -> dict[str, Any]:
    """The command's exit status, the modules it loaded, the record models it built."""
    report = tmp_path / "modules.json"
    subprocess.run([sys.executable, "-c", RUN, str(report), *argv], check=True, capture_output=True)
    found: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    assert found["status"] == 0
    return found


def _modules(tmp_path: Path, *argv: str) -> set[str]:
    return set(_run(tmp_path, *argv)["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_list_loads_neither_window_nor_files_nor_pdf(seeded: Path, tmp_path: Path) -> None:
    modules = _modules(tmp_path, "--db", str(seeded), "list", "--country", "PE", "-q", "empleo")
    assert _loaded(modules, NEVER + NOT_FOR_LIST) == []


def test_list_builds_no_record_model(seeded: Path, tmp_path: Path) -> None:
    """A listing reads rows, not records: the models' validators stay unbuilt (pydantic
    builds them on the first record validated, `defer_build`)."""
    found = _run(tmp_path, "--db", str(seeded), "list", "--country", "PE", "--json")
    assert "lazos_desktop.domain.records" in found["modules"]
    assert found["built"] == []


def test_a_brief_builds_the_record_models_it_reads(seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "peru.pdf"
    found = _run(tmp_path, "--db", str(seeded), "brief", "country", str(out), "--country", "PE")
    assert "Practice" in found["built"]


def test_building_a_validator_looks_for_no_pydantic_plugin(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pydantic reads every installed package's entry points for plugins at its first
    validator unless told not to (`lazos_desktop/domain/no_plugins.py`)."""
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    out = tmp_path / "peru.pdf"
    found = _run(tmp_path, "--db", str(seeded), "brief", "country", str(out), "--country", "PE")
    assert found["built"] and "pydantic.plugin._loader" in found["modules"]
    assert found["plugins_sought"] is False


# What the command line's own module may not load: it runs before any command is known,
# and the window starts through it.
NOT_FOR_THE_COMMAND_LINE = (
    "pydantic",
    "reportlab",
    "lazos_desktop.domain.records",
    "lazos_desktop.domain.validation",
    "lazos_desktop.services.catalogue",
    "lazos_desktop.services.safety",
    "lazos_desktop.store.catalogue_store",
    "lazos_desktop.store.connection",
    "lazos_desktop.store.backups",
)
IMPORT_ONLY = r"""
import json, sys
import lazos_desktop.cli
from lazos_desktop.cli import build_parser
build_parser("es").format_help()
print(json.dumps(sorted(sys.modules)))
"""


def test_the_command_line_module_and_its_help_load_no_catalogue_machinery() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ONLY], check=True, capture_output=True, text=True
    )
    modules = set(json.loads(result.stdout))
    assert "lazos_desktop.cli" in modules
    assert _loaded(modules, NEVER + NOT_FOR_THE_COMMAND_LINE) == []


def test_list_by_kind_still_needs_no_importer(seeded: Path, tmp_path: Path) -> None:
    modules = _modules(tmp_path, "--db", str(seeded), "list", "--kind", "prácticas")
    assert _loaded(modules, NEVER + NOT_FOR_LIST) == []


def test_a_country_brief_loads_its_template_and_nothing_else(seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "peru.pdf"
    modules = _modules(
        tmp_path, "--db", str(seeded), "brief", "country", str(out), "--country", "PE"
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "lazos_desktop.briefs.country_brief" in modules
    assert _loaded(modules, NEVER + NOT_FOR_A_COUNTRY_BRIEF) == []
