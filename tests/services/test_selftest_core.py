"""The self-test's core steps without Qt, and what About reads from the installed metadata."""

from __future__ import annotations

import os
from pathlib import Path

from lazos_desktop.services import components, selftest
from lazos_desktop.services.seeds import seed_counts


def test_core_steps_pass_and_leave_nothing_behind(_private_data_folder: Path) -> None:
    reported: list[tuple[str, int, int]] = []
    result = selftest.run_selftest(lambda step, n, total: reported.append((step.key, n, total)))
    assert result.ok, [step.error for step in result.steps]
    assert [key for key, _, _ in reported] == ["empty", "seeded", "import", "brief", "check"]
    assert all(step.seconds >= 0 for step in result.steps)
    assert result.steps[1].detail == f"{sum(seed_counts().values())} registros con fuente"
    assert os.environ["LAZOS_DATA_DIR"] == str(_private_data_folder)
    assert not _private_data_folder.exists()


def test_a_failing_step_stops_the_run_and_says_why() -> None:
    def broken(context: selftest.SelfTestContext) -> str:
        raise selftest.StepFailed("falta algo")

    def never(context: selftest.SelfTestContext) -> str:
        raise AssertionError("a step after a failure must not run")

    result = selftest.run_selftest(
        lambda *_: None, [selftest.Step("broken", broken), selftest.Step("after", never)]
    )
    assert not result.ok
    assert result.failed is not None and result.failed.key == "broken"
    assert result.failed.error == "falta algo"
    assert [step.key for step in result.steps][-1] == "broken"


def test_an_unexpected_error_is_reported_with_its_type() -> None:
    def crash(context: selftest.SelfTestContext) -> str:
        raise KeyError("x")

    result = selftest.run_selftest(lambda *_: None, [selftest.Step("crash", crash)], lang="en")
    assert result.failed is not None and result.failed.error.startswith("KeyError")
    assert result.steps[0].label == "create an empty catalogue"


def test_a_skipped_step_does_not_fail() -> None:
    result = selftest.run_selftest(lambda *_: None, [selftest.skipped_step("window", "sin Qt")])
    assert result.ok and result.steps[-1].skipped and result.steps[-1].detail == "sin Qt"


def test_the_sample_file_is_fictitious_and_flagged_synthetic() -> None:
    from lazos_desktop import paths

    sample = paths.resources_folder() / "samples" / selftest.SAMPLE_FILE
    rows = sample.read_text(encoding="utf-8").splitlines()
    assert len(rows) == selftest.SAMPLE_ROWS + 1
    for row in rows[1:]:
        assert row.startswith("Ejemplo ficticio:") and row.endswith(";sí")


def test_libraries_come_from_the_installed_metadata() -> None:
    found = {item.name.lower(): item for item in components.libraries()}
    for name in ("reportlab", "sqlite-utils", "pydantic", "babel", "openpyxl", "shiboken6"):
        assert name in found and found[name].version
    assert found["reportlab"].licence == "BSD-3-Clause"
    assert found["shiboken6"].licence == "LGPL-3.0-only"
    assert "pip" not in found and "lazos-desktop" not in found
    assert components.app_version() == "0.1.0"
    assert components.fonts()[0].licence.startswith("Bitstream Vera")
