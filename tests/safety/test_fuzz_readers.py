"""Property tests: outside data never raises an unhandled exception.

Here: the JSON seed reader, the vocabulary reader, and a record from random data through
`parse_record` into the store. The exchange readers (CSV, XLSX, JSON, bundles) and the
import service have their own module, `test_fuzz_import.py`. The quick run tries
`QUICK_EXAMPLES` inputs per test; the `slow` run `SLOW_EXAMPLES`.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lazos_desktop.domain.validation import parse_record
from lazos_desktop.interchange.seed_files import read_seed_catalogue, read_vocabularies
from lazos_desktop.services import Catalogue
from tests.safety.reader_harness import (
    OUTCOMES,
    assert_reader_total,
    json_file_bytes,
    json_values,
    record_like,
)

QUICK_EXAMPLES = int(os.environ.get("LAZOS_FUZZ_QUICK", 150))
SLOW_EXAMPLES = int(os.environ.get("LAZOS_FUZZ_SLOW", 1500))
_names = itertools.count()


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


@pytest.fixture(scope="module")
def shared() -> Iterator[Catalogue]:
    """One catalogue for all examples (hypothesis runs many inputs per test)."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LAZOS_DATA_DIR"] = str(Path(folder) / "data")
        catalogue = Catalogue.open(Path(folder) / "fuzz.sqlite3", officer="fuzz")
        yield catalogue
        catalogue.close()
        print(f"\nfuzz outcomes: {dict(OUTCOMES)}")


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def read_seed_bytes(folder: Path, data: bytes) -> Any:
    path = folder / f"semilla-{next(_names)}.json"
    path.write_bytes(data)
    try:
        return read_seed_catalogue(path)
    finally:
        path.unlink()


def import_record(catalogue: Catalogue, kind: str, data: Any) -> Any:
    """As an import does: parse, then write through the store (which validates again)."""
    record, problems = parse_record(kind, data)
    if record is None:
        return None, problems
    stored = catalogue.create(record).after[0]
    again = catalogue.get(stored.id)
    assert again == stored, "a stored record reads back different"
    return stored, []


# Quick ---------------------------------------------------------------------------------


@fuzz(QUICK_EXAMPLES)
@given(data=json_file_bytes())
def test_seed_reader_on_random_files(scratch: Path, data: bytes) -> None:
    assert_reader_total(lambda raw: read_seed_bytes(scratch, raw), data)


@fuzz(QUICK_EXAMPLES)
@given(kind_and_data=record_like())
def test_records_from_random_data(shared: Catalogue, kind_and_data: tuple[str, Any]) -> None:
    kind, data = kind_and_data
    assert_reader_total(
        lambda d: import_record(shared, kind, d), data, catalogue=shared, returns_problems=True
    )


@fuzz(QUICK_EXAMPLES)
@given(kind=st.one_of(st.sampled_from(["practice", "exchange"]), json_values), data=json_values)
def test_parse_record_on_any_structure(kind: Any, data: Any) -> None:
    assert_reader_total(lambda d: parse_record(kind, d), data, returns_problems=True)


term_like = st.fixed_dictionaries(
    {},
    optional={
        "vocabulary": st.one_of(st.sampled_from(["axis", ""]), json_values),
        "code": json_values,
        "labels": st.one_of(
            st.dictionaries(st.sampled_from(["es", "en", "pt"]), st.text()), json_values
        ),
        "descriptions": json_values,
        "position": json_values,
        "source": json_values,
    },
)


@fuzz(QUICK_EXAMPLES)
@given(terms=st.one_of(json_values, st.lists(term_like, max_size=5)))
def test_vocabulary_reader_on_random_terms(scratch: Path, terms: Any) -> None:
    def read(document: Any) -> Any:
        path = scratch / f"vocabulario-{next(_names)}.json"
        path.write_text(
            json.dumps(document, allow_nan=True), encoding="utf-8", errors="surrogatepass"
        )
        try:
            return read_vocabularies(path)
        finally:
            path.unlink()

    assert_reader_total(read, {"terms": terms})


def test_seed_reader_on_the_shipped_seeds() -> None:
    root = Path(__file__).resolve().parents[2] / "seeds"
    meta, records = read_seed_catalogue(root / "catalogue.json")
    assert meta["mapped_practices_total"] == 48 and len(records) >= 20
    assert len(read_vocabularies(root / "vocabularies.json")) > 20


# Slow ----------------------------------------------------------------------------------


@pytest.mark.slow
@fuzz(SLOW_EXAMPLES)
@given(data=json_file_bytes())
def test_seed_reader_on_random_files_long(scratch: Path, data: bytes) -> None:
    assert_reader_total(lambda raw: read_seed_bytes(scratch, raw), data)


@pytest.mark.slow
@fuzz(SLOW_EXAMPLES)
@given(kind_and_data=record_like())
def test_records_from_random_data_long(shared: Catalogue, kind_and_data: tuple[str, Any]) -> None:
    kind, data = kind_and_data
    assert_reader_total(
        lambda d: import_record(shared, kind, d), data, catalogue=shared, returns_problems=True
    )


def test_a_lone_surrogate_set_without_validation_is_refused_not_crashed(
    shared: Catalogue,
) -> None:
    """`model_copy(update=...)` skips pydantic, as the window's editors may; the store must
    still refuse text SQLite cannot hold instead of failing with UnicodeEncodeError."""
    record = shared.get("BP-001").model_copy(update={"summary": "antes \ud800 después"})
    outcome = assert_reader_total(shared.update, record, catalogue=shared)
    assert outcome == "refused"


# Found by the fuzz runs, kept as plain regressions ----------------------------------------


def test_a_record_whose_id_is_already_here_is_refused(shared: Catalogue) -> None:
    """Two inputs with the same UUID raised sqlite3.IntegrityError from the store."""
    existing = shared.get("BP-002")
    copy = existing.model_copy(update={"code": "", "title": "Otra con el mismo id"})
    problems = assert_reader_total(shared.create, copy, catalogue=shared)
    assert problems == "refused"


def test_parse_record_of_data_that_is_not_an_object() -> None:
    """`parse_record("practice", None)` raised AttributeError; an unknown kind ValueError."""
    for kind, data in (("practice", None), ("practice", [1, 2]), ("otra", {}), (None, {})):
        record, problems = parse_record(kind, data)  # type: ignore[arg-type]
        assert record is None and problems
        assert all(p.message(lang) for p in problems for lang in ("es", "en", "pt"))


def test_deeply_nested_json_is_refused_not_a_recursion_error(scratch: Path) -> None:
    """`json.loads` raises RecursionError (not JSONDecodeError) past ~1000 levels."""
    outcome = assert_reader_total(
        lambda raw: read_seed_bytes(scratch, raw), b"[" * 100_000 + b"]" * 100_000
    )
    assert outcome == "refused"
