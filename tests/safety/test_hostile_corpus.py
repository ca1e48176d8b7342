"""The real command line over the hostile corpus (`hostile_corpus.py`, 200+ files).

Each file goes through `import --dry-run --json` in Spanish and English (and Portuguese for
some), then a real `import`, all in-process through `cli.main` so the run stays fast; a few
run as a separate process too. For every one: an exit status of 0 or 1, a message in the
chosen language (different from the English one, and with no library's English inside), no
traceback, no empty `lazos-desktop: `, no fall into the last-resort "unexpected error", done
within the time limit, and after a refusal the catalogue file byte-identical.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop import cli
from lazos_desktop.services import Catalogue
from tests.safety.hostile_corpus import ACCEPTED, CASES, REFUSED, Case

SECONDS = 30  # per command; the slowest (a zip bomb) takes about one
# What a library says in English when its error leaks into a message.
LIBRARY_ENGLISH = (
    "Traceback",
    "Input should",
    "Value error",
    "Extra inputs",
    "Errno",
    "Bad CRC",
    "Error -3",
    "codec can't",
    "Expecting",
    "line contains",
    "field larger",
    "password required",
    "compression method",
    "is not a zip file",
    "object has no attribute",
    "RecursionError",
    "Exceeds the limit",
    # SQLite, the system and openpyxl (second pass: these reached Spanish sentences)
    "malformed",
    "no such table",
    "no such column",
    "not a database",
    "disk I/O",
    "unable to open",
    "readonly database",
    "No such file",
    "Permission denied",
    "UserWarning",
)
UNEXPECTED = ("Error inesperado", "Unexpected program error", "Erro inesperado")


class TookTooLong(BaseException):
    """Raised by the alarm: a BaseException, so that no `except Exception` swallows it."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: Any) -> None:
        raise TookTooLong(f"more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plantilla")
    path = folder / "catalogo.sqlite3"
    os.environ["LAZOS_DATA_DIR"] = str(folder / "data")
    Catalogue.open(path, officer="corpus").close()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "catalogo.sqlite3"
    shutil.copyfile(template, target)
    return target


def fingerprint(path: Path) -> str:
    """The bytes of the catalogue file and of any journal beside it."""
    digest = hashlib.sha256(path.read_bytes())
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            digest.update(suffix.encode() + side.read_bytes())
    return digest.hexdigest()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    with time_limit(SECONDS):
        code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def messages(out: str) -> list[str]:
    """Every message of an `--json` answer: problems, notices, or the error."""
    payload = json.loads(out)
    if "error" in payload:
        return [payload["error"]]
    return [item["message"] for item in payload["errors"] + payload.get("notices", [])]


def assert_clean_output(code: int, out: str, err: str, lang: str = "es") -> None:
    text = out + err
    assert code in (0, 1), f"exit {code}: {text[:500]}"
    leaks = ("Traceback",) if lang == "en" else LIBRARY_ENGLISH
    for fragment in leaks + UNEXPECTED:
        assert fragment not in text, f"{fragment!r} in: {text[:800]}"
    assert "lazos-desktop: \n" not in err and not err.rstrip().endswith("lazos-desktop:")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_command_line_is_total_on_each_hostile_file(
    case: Case, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = case.write(tmp_path)
    before = fingerprint(db)
    base = ["--db", str(db)]

    code, out, err = run(capsys, *base, "import", "--dry-run", "--json", str(path))
    assert_clean_output(code, out, err)
    spanish = messages(out)
    expected = 1 if case.outcome == REFUSED else 0
    assert code == expected, f"{case.id}: exit {code}, {spanish}"
    assert fingerprint(db) == before, "a dry run changed the catalogue"
    if case.outcome == REFUSED:
        assert spanish and all(message.strip() for message in spanish)
    if case.needs:
        joined = " ".join(spanish).lower()
        assert case.needs.lower() in joined, f"{case.needs!r} not in {spanish}"

    others = ["en"] + (["pt"] if CASES.index(case) % 4 == 0 else [])
    for lang in others:
        code_other, out_other, err_other = run(
            capsys, *base, "--lang", lang, "import", "--dry-run", "--json", str(path)
        )
        assert_clean_output(code_other, out_other, err_other, lang)
        assert code_other == code
        translated = messages(out_other)
        assert len(translated) == len(spanish)
        for es, other in zip(spanish, translated, strict=True):
            assert es != other, f"not translated to {lang}: {es}"

    code, out, err = run(capsys, *base, "import", str(path))
    assert_clean_output(code, out, err)
    assert code == expected, f"{case.id}: exit {code}, {err[:500]}"
    if case.outcome == REFUSED:
        assert err.strip(), "a refusal said nothing"
        assert fingerprint(db) == before, "the catalogue changed after a refusal"


def test_the_corpus_covers_every_class_with_at_least_300_files() -> None:
    groups = {case.group for case in CASES}
    assert len(CASES) >= 300
    assert {
        "second_csv",
        "second_xlsx",
        "second_json",
        "second_bundle",
        "second_catalogue_files",
        "zip_bundle",
        "zip_xlsx",
        "bundle_manifest",
        "xlsx_sheets",
        "json",
        "record_codes",
        "csv_encoding_and_shape",
        "control_characters",
        "special_files",
    } <= groups
    assert {case.outcome for case in CASES} == {REFUSED, ACCEPTED}
    assert len({case.name for case in CASES}) == len(CASES), "two cases share a file name"


def test_a_hidden_sheet_is_named_and_the_visible_one_imported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = next(c for c in CASES if c.name == "libro-hidden-kind-sheet.xlsx")
    path = case.write(tmp_path)
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0 and "Prácticas" in out and "oculta" in out
    code, out, _ = run(capsys, "--db", str(db), "list", "--json", "-q", "Oculta")
    assert json.loads(out)["total"] == 0
    code, out, _ = run(capsys, "--db", str(db), "list", "--json", "-q", "Visible")
    assert json.loads(out)["total"] == 1


SUBPROCESS_CASES = [
    "tuberia.csv",
    "cero.csv",
    "bundle-bomb-declared.lazos",
    "catalogo-deep-arrays-100k.json",
    "tabla-utf16-le-no-bom.csv",
    "bundle-crc-0.lazos",
]


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_a_separate_process_gives_a_message_not_a_traceback(
    name: str, db: Path, tmp_path: Path
) -> None:
    case = next(c for c in CASES if c.name == name)
    path = case.write(tmp_path)
    before = fingerprint(db)
    done = subprocess.run(
        [sys.executable, "-m", "lazos_desktop", "--db", str(db), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LAZOS_LANG": "pt"},
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr.strip()
    assert "Importação recusada" in done.stderr or "recusad" in done.stderr
    assert fingerprint(db) == before
