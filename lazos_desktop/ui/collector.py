"""Python's cycle collector kept out of the way of the import's long steps.

Reading and planning 10,000 rows builds some 300,000 objects (rows, records and their
lists, the plan). As they pile up, CPython's collector walks every object alive again each
time the heap grows by a quarter: three or four full collections of 80-300 ms, on the
worker, holding the interpreter lock. The window's thread cannot run a line of Python
meanwhile (each timer, paint or signal reaching Python waits for the lock), so the window
froze although the work was on the worker.

`paused(job)` runs the job with automatic collection off, then freezes what is alive
(`gc.freeze`), so that no later collection walks the plan while the wizard shows it. Frozen
objects are still freed by reference counting as soon as nothing holds them, but not a
reference cycle: the closed wizard holds its plan in one (its pages and their connections),
so `thaw()` gives everything back to the collector when the wizard closes, and the plan is
collected then as it was before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_lock = threading.Lock()
_running = 0
_was_enabled = True


def paused(job: Callable[P, T]) -> Callable[P, T]:
    """`job` run with the collector paused; what is alive at its end is frozen."""

    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        _pause()
        try:
            return job(*args, **kwargs)
        finally:
            _resume()

    return run


def _pause() -> None:
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1


def _resume() -> None:
    global _running
    with _lock:
        _running -= 1
        if _running == 0:
            gc.freeze()
            if _was_enabled:
                gc.enable()


def thaw() -> None:
    """What the paused jobs froze goes back to the collector (its next full collection)."""
    with _lock:
        if _running == 0:
            gc.unfreeze()
