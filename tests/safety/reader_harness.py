"""The rule every reader of outside data must keep, as a helper fuzz tests can share.

`assert_reader_total(reader_fn, data)` runs a reader on one input and accepts exactly two
outcomes: a clean result, or a refusal that carries problems readable in es/en/pt — and
after a refusal the catalogue (if one is given) is byte-for-byte unchanged in content. Any
other exception fails the test with the input that caused it.

The exchange readers (CSV, XLSX, JSON, bundles) refuse a whole file with one
`FileProblem` (`.problem`); `test_fuzz_import.py` drives them, and the import service
above them, with the file strategies of `file_strategies.py`.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from lazos_desktop.domain.records import MODEL_BY_KIND, Kind
from lazos_desktop.domain.validation import RecordInvalid
from lazos_desktop.interchange.file_messages import FileRefused as ExchangeFileRefused
from lazos_desktop.interchange.seed_files import FileRefused
from lazos_desktop.services import Catalogue

REFUSALS: tuple[type[Exception], ...] = (FileRefused, RecordInvalid, ExchangeFileRefused)
LANGUAGES = ("es", "en", "pt")
OUTCOMES: Counter[str] = Counter()  # what every fuzz test saw, for the report


def assert_reader_total(
    reader_fn: Callable[[Any], Any],
    data: Any,
    *,
    catalogue: Catalogue | None = None,
    refusals: tuple[type[Exception], ...] = REFUSALS,
    returns_problems: bool = False,
) -> str:
    """Run `reader_fn(data)`: 'clean' or 'refused' (with messages, catalogue unchanged).

    A reader either raises one of `refusals` (carrying `.problems`) or, when
    `returns_problems`, returns `(result, problems)` with exactly one of the two set.
    """
    before = fingerprint(catalogue) if catalogue is not None else None
    try:
        result = reader_fn(data)
    except refusals as refusal:
        problems = getattr(refusal, "problems", None)
        if problems is None and hasattr(refusal, "problem"):
            problems = [refusal.problem]  # the exchange readers refuse a whole file at once
        assert problems, f"a refusal without problems: {refusal!r}"
        _assert_readable(problems)
        if catalogue is not None:
            assert fingerprint(catalogue) == before, "the catalogue changed after a refusal"
        OUTCOMES["refused"] += 1
        return "refused"
    if returns_problems:
        record, problems = result
        assert (record is None) == bool(problems), f"both or neither: {result!r}"[:500]
        if problems:
            _assert_readable(problems)
            OUTCOMES["refused"] += 1
            return "refused"
    OUTCOMES["clean"] += 1
    return "clean"


def fingerprint(catalogue: Catalogue) -> str:
    """A digest of everything a reader could change: records, links, history, vocabularies."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{catalogue.path}?mode=ro", uri=True)
    try:
        for table, order in (
            ("records", "n"),
            ("links", "a, b"),
            ("history", "h"),
            ("vocab", "vocabulary, code"),
            ("meta", "key"),
            ("attachments", "id"),
        ):
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode("utf-8", "surrogatepass"))
    finally:
        connection.close()
    return digest.hexdigest()


def _assert_readable(problems: list[Any]) -> None:
    for problem in problems:
        for lang in LANGUAGES:
            text = problem.message(lang) if hasattr(problem, "message") else str(problem)
            assert isinstance(text, str) and text.strip(), f"empty message for {problem!r}"


# Strategies ------------------------------------------------------------------------------

# Text an officer's file may really hold: accents, other scripts, emoji, RTL and
# zero-width marks, control characters, NUL, and lone surrogates (JSON "\ud800" escapes).
odd_characters = st.sampled_from(
    [
        "á",
        "ñ",
        "ç",
        "ã",
        "€",
        "“",
        "—",
        "\u200b",
        "\u202e",
        "\x00",
        "\x1b",
        "\ufeff",
        "\U0001f600",
        "漢",
        "ع",
        "\ud800",
        "\udfff",
        "\r\n",
        "\t",
        "'",
        '"',
        "\\",
        "%",
        "_",
        "=SUM(A1)",
        "<b>",
        "{}",
        "DROP TABLE records;",
    ]
)
odd_text = st.one_of(
    st.text(max_size=40),
    st.lists(odd_characters, max_size=12).map("".join),
    st.builds(lambda c, n: c * n, odd_characters, st.integers(0, 3000)),
)
huge_text = st.integers(min_value=190_000, max_value=260_000).map(lambda n: "á" * n)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    odd_text,
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(odd_text, children, max_size=5),
    ),
    max_leaves=25,
)


def _field_values(name: str) -> st.SearchStrategy[Any]:
    plausible = {
        "countries": st.lists(st.sampled_from(["PE", "CO", "ec", " br ", "XX", "", "Perú"])),
        "axes": st.lists(st.sampled_from(["empleo", "EMPLEO", "formacion", "inventado", ""])),
        "parties": st.lists(
            st.fixed_dictionaries(
                {"country": st.sampled_from(["CO", "EC", "AR", "PE", "ZZ", ""])},
                optional={
                    "role": st.sampled_from(["offering", "receiving", "otro"]),
                    "institution_name": odd_text,
                },
            ),
            max_size=4,
        ),
        "milestones": st.lists(
            st.fixed_dictionaries(
                {"title": odd_text},
                optional={
                    "date": st.sampled_from(["2025-03-01", "2025-02-30", "ayer", ""]),
                    "status": st.sampled_from(["planned", "done", "x"]),
                },
            ),
            max_size=3,
        ),
        "year": st.one_of(st.integers(1900, 2200), st.sampled_from(["2020", "dos mil", None])),
        "id": st.one_of(st.uuids().map(str), odd_text),
        "start_date": st.sampled_from(["2024-01-01", "2024-13-01", "", None, 20240101]),
        "end_date": st.sampled_from(["2023-01-01", "2026-06-30", None]),
        "synthetic": st.booleans(),
        "gender_focus": st.booleans(),
        "links": st.lists(st.uuids().map(str), max_size=3),
        "tags": st.lists(odd_text, max_size=4),
        "population_groups": st.lists(st.sampled_from(["mujeres", "jovenes", "otro"])),
        "platforms": st.lists(st.sampled_from(["mercosur", "cam", "otra"])),
        "status": st.sampled_from(["draft", "published", "active", "completed", "otro"]),
        "modality": st.sampled_from(["bilateral", "triangular", "regional", "otra"]),
        "tool_type": st.sampled_from(["guide", "checklist", "otra"]),
        "territorial_level": st.sampled_from(["municipal", "national", "otro"]),
    }
    return st.one_of(
        plausible.get(name, odd_text),
        plausible.get(name, odd_text),
        odd_text,
        huge_text,
        json_values,
    )


VALID_BASE: dict[Kind, dict[str, Any]] = {
    Kind.PRACTICE: {"title": "Práctica", "countries": ["PE"], "axes": ["empleo"]},
    Kind.EXCHANGE: {
        "title": "Intercambio",
        "parties": [{"country": "CO"}, {"country": "EC", "role": "receiving"}],
    },
    Kind.TOOLBOX: {"title": "Guía", "countries": ["AR"]},
    Kind.INSTITUTION: {"title": "Institución", "country": "BR"},
}


@st.composite
def record_like(draw: st.DrawFn, kind: Kind | None = None) -> tuple[str, dict[str, Any]]:
    """A kind and a dict using real field names with values from plausible to hostile.

    Two in three start from a valid record and change a few fields, so that many get past
    parsing and exercise validation and the store too.
    """
    chosen = kind or draw(st.sampled_from(list(Kind)))
    names = sorted(MODEL_BY_KIND[chosen].model_fields)
    few = 3 if draw(st.integers(0, 2)) else len(names)
    picked = draw(st.lists(st.sampled_from(names), unique=True, max_size=few))
    data = dict(VALID_BASE[chosen]) if few == 3 else {}
    data |= {name: draw(_field_values(name)) for name in picked}
    if draw(st.integers(0, 3)) == 0:
        data["title"] = draw(st.one_of(odd_text, st.just("Práctica de prueba")))
    if draw(st.integers(0, 9)) == 0:
        data[draw(odd_text)] = draw(json_values)
    return chosen.value, data


def _encodings(text: str) -> st.SearchStrategy[bytes]:
    encoded = [text.encode("utf-8", "surrogatepass")]
    for encoding in ("utf-16", "latin-1", "cp1252"):
        with contextlib.suppress(UnicodeEncodeError):
            encoded.append(text.encode(encoding))
    encoded.append(codecs.BOM_UTF8 + encoded[0])
    return st.sampled_from(encoded)


@st.composite
def json_file_bytes(draw: st.DrawFn) -> bytes:
    """Bytes of a would-be seed/JSON file: well-formed or not, any encoding, any depth."""
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return draw(st.binary(max_size=400))
    if shape == 1:
        depth = draw(st.integers(50, 200_000))
        return b"[" * depth + b"]" * draw(st.sampled_from([0, depth]))
    if shape == 2:
        document: Any = draw(json_values)
    else:
        records = [
            {"kind": kind, **data} for kind, data in draw(st.lists(record_like(), max_size=4))
        ]
        if shape == 4 and records:
            records[0]["kind"] = draw(json_values)
        document = {"format": "lazos", "meta": draw(json_values), "records": records}
    text = json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True)
    data = draw(_encodings(text))
    if draw(st.integers(0, 4)) == 0 and data:
        data = data[: draw(st.integers(0, len(data) - 1))]
    return data
