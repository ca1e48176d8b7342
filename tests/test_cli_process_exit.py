"""A reading command run as its own process leaves without the interpreter's teardown
(`cli_process.leave`), having done first what that teardown does which matters: threads
waited for, `atexit` handlers run, output flushed, the exit status kept. Any other command,
and `main([...])` called with arguments, returns as before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lazos_desktop.services import Catalogue

# The program's own command line (`main()` without arguments), with an atexit handler and a
# slow non-daemon thread of its own; "returned" is written only if `main` came back.
CHILD = r"""
import atexit, sys, threading, time
from pathlib import Path
folder = Path(sys.argv[1])
sys.argv = ["lazos-desktop", *sys.argv[2:]]
atexit.register(lambda: (folder / "atexit").write_text("ran"))
def late() -> None:
    time.sleep(0.3)
    (folder / "thread").write_text("done")
threading.Thread(target=late).start()
from lazos_desktop.cli import main
status = main()
(folder / "returned").write_text(str(status))
sys.exit(status)
"""


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("leave") / "catalogo.sqlite3"
    Catalogue.open(path, officer="Ana").close()
    return path


def _child(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), *argv], capture_output=True, text=True
    )


def test_a_listing_leaves_early_with_its_whole_output(seeded: Path, tmp_path: Path) -> None:
    result = _child(tmp_path, "--db", str(seeded), "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)  # flushed whole: it parses
    assert len(rows) > 0
    assert (tmp_path / "atexit").read_text() == "ran"
    assert (tmp_path / "thread").read_text() == "done"
    assert not (tmp_path / "returned").exists()


def test_a_brief_leaves_early_with_its_pdf_whole(seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "peru.pdf"
    result = _child(tmp_path, "--db", str(seeded), "brief", "country", str(out), "--country", "PE")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert not (tmp_path / "returned").exists()


def test_a_failing_reading_command_keeps_its_status(seeded: Path, tmp_path: Path) -> None:
    result = _child(tmp_path, "--db", str(seeded), "show", "BP-99999")
    assert result.returncode not in (0, None)
    assert result.stderr.strip()  # its message was flushed
    assert not (tmp_path / "returned").exists()


def test_other_commands_return_as_before(seeded: Path, tmp_path: Path) -> None:
    result = _child(tmp_path, "--db", str(seeded), "check")
    assert (tmp_path / "returned").read_text() == str(result.returncode)
    assert (tmp_path / "atexit").read_text() == "ran"
