"""The test run is strict: a Python warning is an error and a Qt warning fails the test."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import qWarning


def test_a_python_warning_is_an_error() -> None:
    with pytest.raises(UserWarning):
        warnings.warn("a warning left in the code", UserWarning, stacklevel=1)


def test_a_qt_warning_is_collected_to_fail_the_test(_qt_warnings_fail: list[str]) -> None:
    qWarning("QObject::connect: No such signal")
    assert _qt_warnings_fail == ["QObject::connect: No such signal"]
    _qt_warnings_fail.clear()  # collected as it must be; this test itself should pass


def test_the_offscreen_platform_noise_is_not_a_failure(_qt_warnings_fail: list[str]) -> None:
    qWarning("This plugin does not support propagateSizeHints()")
    assert _qt_warnings_fail == []
