"""The PySide6 window: the only package that imports Qt.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call of a Python slot
(and to `True`/`False` when a signal is connected to a signal), so after a few thousand
signals CPython aborts with "deallocating None". From Python 3.12 these objects are
immortal and the bug is harmless; on 3.11 we give them the same effectively endless count
before any Qt code runs. Reproduction: connect `QPushButton.clicked` to any function, click
a thousand times and watch `sys.getrefcount(None)` fall by a thousand.
"""

from __future__ import annotations

import sys


def _make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the address id() gives.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_make_singletons_immortal()
