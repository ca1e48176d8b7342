"""Helpers shared by the benchmark scripts: timing, percentiles, resident memory, the table."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Row:
    """One line of the benchmark table: our figure beside a raw baseline of the same work."""

    what: str
    ours: float
    baseline: float | None
    unit: str
    target: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.ours / self.baseline


def timed(action: Callable[[], object], repeat: int = 1) -> list[float]:
    """Wall-clock seconds of each run of `action`."""
    times: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def resident_mb(pid: int | None = None) -> float:
    """Resident set size from /proc, in MiB (Linux)."""
    status = Path(f"/proc/{pid or os.getpid()}/status").read_text()
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_resident_mb(pid: int | None = None) -> float:
    status = Path(f"/proc/{pid or os.getpid()}/status").read_text()
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def table(rows: list[Row]) -> str:
    header = f"| {'measure':<58} | {'ours':>10} | {'baseline':>10} | {'ratio':>6} | target |"
    lines = [
        header,
        "|" + "-" * 60 + "|" + "-" * 12 + "|" + "-" * 12 + "|" + "-" * 8 + "|--------|",
    ]
    for row in rows:
        base = "—" if row.baseline is None else f"{row.baseline:.3f}"
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(
            f"| {row.what + ' (' + row.unit + ')':<58} | {row.ours:>10.3f} | {base:>10} | "
            f"{ratio:>6} | {row.target} |"
        )
    return "\n".join(lines)
