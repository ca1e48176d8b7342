"""Bundles and workbooks that try to escape, explode or hide formulas."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from lazos_desktop.interchange import bundle, safe_zip
from lazos_desktop.interchange.bundle import read_bundle
from lazos_desktop.interchange.cells import neutralise, unneutralise
from lazos_desktop.interchange.csv_writer import write_csv
from lazos_desktop.interchange.file_messages import FileRefused
from lazos_desktop.interchange.xlsx_writer import write_xlsx

DATA = Path(__file__).parent.parent / "data"
MANIFEST = {"format": "lazos-bundle", "format_version": 1, "counts": {}, "members": {}}


def _bundle(path: Path, members: dict[str, bytes], manifest: dict | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest or MANIFEST))
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_committed_bundle_with_a_dotdot_entry_is_refused() -> None:
    with pytest.raises(FileRefused) as refused:
        read_bundle(DATA / "paquete_punto_punto.lazos")
    assert refused.value.problem.key == "bundle_unsafe_name"
    assert "../fuera.json" in refused.value.problem.message("es")


@pytest.mark.parametrize("name", ["/etc/passwd", "a/../../b.json", "C:/x.json", "a\\..\\b"])
def test_absolute_and_escaping_names_are_refused(tmp_path: Path, name: str) -> None:
    path = _bundle(tmp_path / "malo.lazos", {name: b"[]"})
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == "bundle_unsafe_name"


def test_a_manifest_pointing_outside_is_refused(tmp_path: Path) -> None:
    manifest = {**MANIFEST, "members": {"practice": "../records/practice.json"}}
    path = _bundle(tmp_path / "malo.lazos", {}, manifest)
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == "bundle_unsafe_name"


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = _bundle(tmp_path / "muchos.lazos", {f"x/{i}.json": b"[]" for i in range(100)})
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == "bundle_too_many"


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> int:
    """Limits of 1 MB so that a bomb of a few MB of zeros (a few KB zipped) passes them."""
    limit = 1024 * 1024
    monkeypatch.setattr(safe_zip, "MAX_MEMBER_EXPANDED", limit)
    monkeypatch.setattr(safe_zip, "MAX_TOTAL_EXPANDED", 2 * limit)
    monkeypatch.setattr(bundle, "MAX_BUNDLE_TOTAL_EXPANDED", 2 * limit)
    return limit


def test_zip_bomb_is_refused_from_its_declared_size(tmp_path: Path, small_limits: int) -> None:
    zeros = b"\0" * (8 * small_limits)
    manifest = {**MANIFEST, "members": {"practice": "records/practice.json"}}
    path = _bundle(tmp_path / "bomba.lazos", {"records/practice.json": zeros}, manifest)
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == "bundle_too_large"


def test_members_are_read_in_bounded_chunks_whatever_the_directory_says(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.json", b"\0" * (5 * 1024 * 1024))
    with zipfile.ZipFile(buffer) as archive:
        with pytest.raises(FileRefused):
            safe_zip.read_member(archive, "big.json", "bomba", limit=1024 * 1024)
        assert len(safe_zip.read_member(archive, "big.json", "ok", limit=6 * 1024 * 1024)) > 0


def test_total_expanded_size_is_bounded(tmp_path: Path, small_limits: int) -> None:
    members = {f"records/{i}.json": b"\0" * (small_limits - 10) for i in range(3)}
    path = _bundle(tmp_path / "suma.lazos", members)
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == "bundle_too_large"


def test_a_bundle_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "MAX_BUNDLE_FILE", 10)
    path = _bundle(tmp_path / "grande.lazos", {})
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == "file_too_big"


def test_not_a_zip_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "roto.lazos"
    path.write_bytes(b"esto no es un zip")
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert "zip" in refused.value.problem.message("es")


def test_a_newer_bundle_format_is_refused(tmp_path: Path) -> None:
    path = _bundle(tmp_path / "nuevo.lazos", {}, {**MANIFEST, "format_version": 99})
    with pytest.raises(FileRefused) as refused:
        read_bundle(path)
    assert refused.value.problem.key == "format_too_new"


PAYLOADS = ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")']


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_payloads_are_neutralised_and_read_back_exactly(payload: str) -> None:
    assert neutralise(payload).startswith("'")
    assert unneutralise(neutralise(payload)) == payload
    assert neutralise("Texto normal") == "Texto normal"
    assert unneutralise(neutralise("'" + payload)) == "'" + payload
    assert unneutralise("'apóstrofo") == "'apóstrofo"


def test_csv_export_leaves_no_live_formula(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    write_csv(path, ["Título", "Año"], [[payload, 2020] for payload in PAYLOADS])
    text = path.read_bytes().decode("utf-8-sig")
    for line in text.split("\r\n")[1:-1]:
        first = line.lstrip('"')
        assert first.startswith("'"), line


def test_xlsx_export_writes_formula_lookalikes_as_text_cells(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "f.xlsx"
    write_xlsx(path, [("Prácticas", ["Título"], [[payload] for payload in PAYLOADS])])
    sheet = load_workbook(path)["Prácticas"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    # XML reads a bare carriage return back as a line feed; everything else is exact.
    assert [cell.value for cell in cells] == [p.replace("\r", "\n") for p in PAYLOADS]
    assert all(cell.data_type == "s" for cell in cells)
    assert sheet.freeze_panes == "A2"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
