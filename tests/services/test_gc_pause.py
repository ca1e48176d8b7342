"""Imports run with fewer garbage-collector passes (`services.gc_pause`), and leave the
collector as they found it, also when they fail."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.services.gc_pause import IMPORT_THRESHOLDS, fewer_collections

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def usual_thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_the_block_raises_the_thresholds_and_puts_them_back(
    usual_thresholds: tuple[int, int, int],
) -> None:
    with fewer_collections():
        assert gc.get_threshold() == IMPORT_THRESHOLDS
        with fewer_collections():
            assert gc.get_threshold() == IMPORT_THRESHOLDS
        assert gc.get_threshold() == IMPORT_THRESHOLDS  # the outer block still runs
    assert gc.get_threshold() == usual_thresholds


def test_a_failing_block_puts_them_back(usual_thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("stop")
    assert gc.get_threshold() == usual_thresholds


def test_planning_and_writing_an_import_run_with_fewer_passes(
    catalogue: Catalogue,
    usual_thresholds: tuple[int, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[int, int, int]] = []
    build_plan, write_import = ex.build_plan, ex.batches.write_import

    def planning(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_threshold())
        return build_plan(*args, **kwargs)

    def writing(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_threshold())
        return write_import(*args, **kwargs)

    monkeypatch.setattr(ex, "build_plan", planning)
    monkeypatch.setattr(ex.batches, "write_import", writing)
    plan = ex.plan_import(catalogue, [DATA / "excel_es_practicas.csv"])
    assert gc.get_threshold() == usual_thresholds
    result = ex.apply_import(catalogue, plan)
    assert result.written and result.created == 3
    assert seen == [IMPORT_THRESHOLDS, IMPORT_THRESHOLDS]
    assert gc.get_threshold() == usual_thresholds
