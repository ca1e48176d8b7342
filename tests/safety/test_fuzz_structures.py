"""Property tests over structure, not only content: zip headers, JSON depth and numbers,
and the command line's own arguments.

The property is the one every reader and command keeps (issue 14, item 6): a result, or a
refusal with a message in es/en/pt; never another exception, a traceback, an empty message
or the last-resort "unexpected error"; and after a refusal the catalogue byte-identical.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import os
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lazos_desktop import cli
from lazos_desktop.interchange.bundle import read_bundle
from lazos_desktop.interchange.file_messages import FileRefused
from lazos_desktop.interchange.json_text import load_json, nesting_depth
from lazos_desktop.interchange.limits import MAX_JSON_DEPTH, MAX_JSON_DIGITS
from lazos_desktop.interchange.xlsx_reader import read_xlsx
from lazos_desktop.services import Catalogue
from tests.safety import hostile_corpus as corpus

EXAMPLES = int(os.environ.get("LAZOS_FUZZ_QUICK", 150))
_names = itertools.count()


def fuzz(examples: int = EXAMPLES) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def assert_refusal_readable(refusal: FileRefused) -> None:
    for lang in ("es", "en", "pt"):
        assert refusal.problem.message(lang).strip()
    assert refusal.problem.message("es") != refusal.problem.message("en")


# Zip structure ------------------------------------------------------------------------------

# Where the fields of a zip's local (L) and central (C) headers sit, by name.
FIELDS = {
    "flags": (6, 8, 2),
    "method": (8, 10, 2),
    "crc": (14, 16, 4),
    "compressed": (18, 20, 4),
    "size": (22, 24, 4),
    "name_length": (26, 28, 2),
    "extra_length": (28, 30, 2),
}
BASES = {"bundle": corpus.bundle(), "xlsx": corpus.workbook()}


@st.composite
def damaged_zips(draw: st.DrawFn, base: str) -> bytes:
    """A real bundle or workbook with one to four header fields rewritten (some in the
    local header only, some in the directory only, some in both), entries repeated, bytes
    of the data overwritten, or the file cut."""
    data = BASES[base]
    for _ in range(draw(st.integers(1, 4))):
        headers = corpus._headers(data)
        how = draw(st.sampled_from(["field", "field", "field", "repeat", "bytes", "cut"]))
        if how == "field" and headers:
            name = draw(st.sampled_from(sorted(FIELDS)))
            local, central, width = FIELDS[name]
            start, middle = headers[draw(st.integers(0, len(headers) - 1))]
            value = draw(st.integers(0, 2 ** (8 * width) - 1))
            packed = struct.pack("<H" if width == 2 else "<I", value)
            where = draw(st.sampled_from(["both", "local", "central"]))
            out = bytearray(data)
            if where in ("both", "local") and start >= 0:
                out[start + local : start + local + width] = packed
            if where in ("both", "central"):
                out[middle + central : middle + central + width] = packed
            data = bytes(out)
        elif how == "repeat":
            with contextlib.suppress(
                zipfile.BadZipFile,
                KeyError,
                ValueError,
                OSError,
                EOFError,
                zlib.error,
                NotImplementedError,
                RuntimeError,
            ):
                data = corpus._duplicate(data, draw(st.integers(0, 8)) % max(1, len(headers)))
        elif how == "bytes":
            at = len(data) * draw(st.integers(0, 999)) // 1000
            noise = draw(st.binary(min_size=1, max_size=16))
            data = data[:at] + noise + data[at + len(noise) :]
        else:
            data = data[: len(data) * draw(st.integers(0, 999)) // 1000]
    return data


def read_zip(folder: Path, data: bytes, suffix: str) -> str:
    path = folder / f"zip-{next(_names)}{suffix}"
    path.write_bytes(data)
    try:
        if suffix == ".lazos":
            read_bundle(path)
        else:
            read_xlsx(path)
    except FileRefused as refusal:
        assert_refusal_readable(refusal)
        return "refused"
    finally:
        path.unlink()
    return "clean"


@fuzz()
@given(data=damaged_zips("bundle"))
def test_a_bundle_with_damaged_zip_headers_is_read_or_refused(scratch: Path, data: bytes) -> None:
    read_zip(scratch, data, ".lazos")


@fuzz()
@given(data=damaged_zips("xlsx"))
def test_a_workbook_with_damaged_zip_headers_is_read_or_refused(scratch: Path, data: bytes) -> None:
    read_zip(scratch, data, ".xlsx")


def test_the_undamaged_bases_read_clean(scratch: Path) -> None:
    """The fuzzing starts from files that read: a refusal is the damage's doing."""
    assert read_zip(scratch, BASES["bundle"], ".lazos") == "clean"
    assert read_zip(scratch, BASES["xlsx"], ".xlsx") == "clean"


# JSON depth and numbers -----------------------------------------------------------------------


@st.composite
def json_texts(draw: st.DrawFn) -> str:
    """JSON (or nearly) with deep nesting, long numbers, brackets inside strings, repeated
    keys and escapes: the shapes Python's parser raises on other than JSONDecodeError."""
    depth = draw(st.one_of(st.integers(0, 80), st.integers(900, 3000), st.just(100_000)))
    openers = draw(st.lists(st.sampled_from(["[", '{"k":']), min_size=1, max_size=3))
    sign = draw(st.sampled_from(["", "-"]))
    digits = draw(st.one_of(st.integers(1, 45), st.integers(4000, 6000)))
    number = sign + "9" * digits + draw(st.sampled_from(["", ".5", "e5", "e999999", "E-99999"]))
    leaf = draw(
        st.sampled_from(
            [
                number,
                '"[[[{{{"',
                '"\\"]]]"',
                '{"a": 1, "a": 2}',
                '"\\ud800"',
                "NaN",
                "-Infinity",
                "",
            ]
        )
    )
    prefix = "".join(openers[i % len(openers)] for i in range(depth))
    suffix = "".join(
        "]" if openers[i % len(openers)] == "[" else "}" for i in reversed(range(depth))
    )
    if draw(st.integers(0, 5)) == 0:
        suffix = suffix[: len(suffix) // 2]
    return prefix + leaf + suffix


def _walk(value: Any, depth: int = 0) -> Iterator[tuple[Any, int]]:
    stack = [(value, depth)]
    while stack:
        item, level = stack.pop()
        yield item, level
        if isinstance(item, dict):
            stack += [(child, level + 1) for child in item.values()]
        elif isinstance(item, list):
            stack += [(child, level + 1) for child in item]


@fuzz()
@given(text=json_texts())
def test_json_of_any_depth_and_number_size_is_parsed_within_bounds_or_refused(text: str) -> None:
    try:
        value = load_json(text.encode("utf-8", "surrogatepass"), "x.json")
    except FileRefused as refusal:
        assert_refusal_readable(refusal)
        return
    assert nesting_depth(text) <= MAX_JSON_DEPTH
    for item, level in _walk(value):
        assert level <= MAX_JSON_DEPTH + 1
        if isinstance(item, int) and not isinstance(item, bool):
            assert len(str(abs(item))) <= MAX_JSON_DIGITS


@fuzz()
@given(text=st.text(alphabet='[]{}"\\ a1,:', max_size=300))
def test_the_depth_count_skips_brackets_inside_strings(text: str) -> None:
    """Brackets inside complete strings never count; outside them every one does."""
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    assert nesting_depth(quoted) == 0
    assert nesting_depth("[" + quoted + "]") == 1


# Command-line arguments ---------------------------------------------------------------------------

hostile_words = st.one_of(
    st.sampled_from(
        [
            "",
            "-1",
            "0",
            str(2**63),
            str(2**64),
            "9" * 5000,
            "١٢",
            "1e9",
            "BP-001",
            "BP-" + "9" * 30,
            "BP-\u0661",
            "EX-002",
            "PE",
            "ZZ",
            "empleo",
            "\x1b[31m",
            "\u202e",
            "--",
            "-",
            "a" * 100_000,
            "%s%n",
            "../../etc/passwd",
            "/dev/zero",
            "/dev/null",
        ]
    ),
    st.text(max_size=30),
)
OPTIONS: dict[str, list[str]] = {
    "stats": ["--json"],
    "list": [
        "--limit",
        "--offset",
        "--year-from",
        "--year-to",
        "--country",
        "--axis",
        "-q",
        "--kind",
        "--sort",
        "--status",
        "--json",
    ],
    "show": ["--json"],
    "check": ["--json"],
    "demo-data": ["--synthetic", "--seed", "--json"],
    "import": ["--dry-run", "--kind", "--on-conflict", "--json"],
    "export": ["--kind", "--format", "--country", "--axis", "--id", "--json"],
    "backups": ["--json"],
}
FLAGS = {"--json", "--dry-run"}
POSITIONAL = {"show": 1, "import": 1, "export": 1}


OUT = "{salida}"  # replaced by a path in the test's folder


@st.composite
def argument_lists(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(OPTIONS)))
    argv = [*draw(st.sampled_from([[], ["--lang", "en"], ["--lang", "pt"]])), command]
    for _ in range(POSITIONAL.get(command, 0)):
        word = draw(hostile_words)
        if command == "export":
            suffix = draw(st.sampled_from([".csv", ".json", ".xlsx", ".lazos", "", ".exe"]))
            word = OUT + suffix
        argv.append(word)
    for option in draw(st.lists(st.sampled_from(OPTIONS[command]), max_size=4)):
        argv.append(option)
        if option in FLAGS:
            continue
        value = draw(hostile_words)
        if command == "demo-data" and option == "--synthetic":
            value = draw(st.sampled_from(["-1", "1", str(10**7), str(2**70), "x", "١"]))
        argv.append(value)
    if command == "demo-data" and "--synthetic" not in argv:
        argv += ["--synthetic", draw(st.sampled_from(["-5", str(2**64), "dos"]))]
    return argv


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def cli_catalogue(scratch: Path) -> Path:
    path = scratch / "fuzz-cli.sqlite3"
    os.environ["LAZOS_DATA_DIR"] = str(scratch / "data")
    Catalogue.open(path, officer="fuzz").close()
    return path


@fuzz(min(EXAMPLES, 80))
@given(argv=argument_lists())
def test_the_command_line_is_total_on_any_arguments(
    cli_catalogue: Path, scratch: Path, argv: list[str]
) -> None:
    out_path = str(scratch / f"salida-{next(_names)}")
    argv = [word.replace(OUT, out_path) for word in argv]
    before = digest(cli_catalogue)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(["--db", str(cli_catalogue), *argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    text = out.getvalue() + err.getvalue()
    assert code in (0, 1, 2, 3), (argv, code, text[:500])
    assert "Traceback" not in text
    for unexpected in ("Error inesperado", "Unexpected program error", "Erro inesperado"):
        assert unexpected not in text, (argv, text[:800])
    if code != 0:
        said = err.getvalue() if "--json" not in argv else out.getvalue() + err.getvalue()
        assert said.strip(), (argv, "a failure said nothing")
        assert not err.getvalue().rstrip().endswith("lazos-desktop:")
        assert digest(cli_catalogue) == before, (argv, "the catalogue changed after a refusal")
