"""Python's cycle collector for a command run as a process of its own, which then exits.

A brief loads some 450 modules (the record models build their validators, ReportLab its
tables); as they pile up the collector walks every object alive again and again, and once
more while the interpreter shuts down, for nothing: the process ends right after. Measured
on the seeded country brief (2 cores, minimum of 8 runs): 0.41 s as it was, 0.36 s with
what is alive frozen at exit, 0.34 s with the collector also off while a reading command runs.

So: at exit everything alive is frozen (`gc.freeze`), which the shutdown's collection then
skips; and the reading commands whose work is bounded (a brief holds 5,000 records at most,
a listing's rows hold no cycles) run with automatic collection off. Commands that import,
generate or restore keep the collector, whatever their size, so their memory stays bounded.
Only the process's own command line is treated so (`main()` called without arguments): a
test calling `main([...])` in its own interpreter keeps its collector as it was.

Those reading commands then leave without the interpreter's teardown, which frees every
object of some 400 modules one by one: about 10 ms of CPU of the 0.25 s seeded country brief
(`benchmarks.brief_process`), for memory the system takes back at once anyway. What the
teardown does that matters is done first, as the interpreter would: waiting for threads
that are not daemons, every `atexit` handler, flushing stdout and stderr. Files the command
wrote are closed and synced before it returns (`store/output_files.py`), and its catalogue
closed; a stream that cannot be flushed (a closed pipe) leaves the exit to the interpreter,
which reports it as before. Commands that change a catalogue exit the usual way.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading

# Reading commands with bounded work: no collection while they run, no teardown after.
UNCOLLECTED = frozenset({"brief", "list", "show", "stats"})

_settled: str | None = None


def settle(command: str) -> None:
    """Set the collector for this process, which runs `command` once and exits."""
    global _settled
    _settled = command
    atexit.register(gc.freeze)
    if command in UNCOLLECTED:
        gc.disable()


def leave(status: int) -> int:
    """End the process now with `status` after a reading command (see the module's
    docstring); returns `status` for any other, or when a stream cannot be flushed."""
    if _settled not in UNCOLLECTED:
        return status
    main = threading.main_thread()
    for thread in threading.enumerate():
        if thread is not main and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()  # every handler, in the interpreter's order; then none is left
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return status
    os._exit(status)
