"""Writing a file the officer asked for (export, brief, backup) so that only a whole one lands.

The target must be a plain file, or not exist yet, in a folder that exists: a device
(`/dev/full`, which an export once replaced by a file when run as root), a folder or a FIFO
is refused, and no folder is created on the way. So is the catalogue this process has open,
under any name (a link, another spelling of the path) and its journals beside it: an export
or a brief named like the catalogue once replaced the officer's only copy by a JSON file. The bytes go first into a temporary file
created beside the target with an unpredictable name, exclusively (`mkstemp`: `O_EXCL`, so
never through a link someone planted at a fixed name), which is checked to be still the
same file after writing and then renamed over the target; on any failure it is removed.
Temporaries of killed runs (`.<name>.*.part`, an older `.<name>.partial`) are removed on
the next write to the same target once they are old enough not to be another run's.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from lazos_desktop.store import held_files
from lazos_desktop.store.errors import OutputRefused

PART_SUFFIX = ".part"
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
STALE_AFTER_S = 15 * 60
_Result = TypeVar("_Result")
# Read once: the umask can only be read by setting it, which is not safe once threads run.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def check_target(target: Path) -> None:
    """Raise `OutputRefused` unless `target` can be replaced by a plain file."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputRefused("output_folder_missing", target, folder=str(folder))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return
    except OSError as error:
        raise OutputRefused(
            "output_failed", target, detail=error.strerror or str(error), errno=error.errno
        ) from error
    if not stat.S_ISREG(status.st_mode):
        raise OutputRefused(f"output_is_{kind_of(status.st_mode)}", target)
    if is_open_catalogue(target):
        raise OutputRefused("output_is_catalogue", target)


def is_open_catalogue(path: Path) -> bool:
    """Whether `path` is a catalogue this process has open (under any name), or one of its
    journals (`-wal`, `-shm`, `-journal`): no output may be written over either."""
    if held_files.is_held(path):
        return True
    name = Path(path).name
    return any(
        name.endswith(suffix) and held_files.is_held(Path(path).with_name(name[: -len(suffix)]))
        for suffix in JOURNAL_SUFFIXES
    )


def write_atomically(target: Path, write: Callable[[Path], _Result]) -> _Result:
    """Call `write(temporary)` and put the result at `target`; what `write` returned.

    `OSError` from writing becomes `OutputRefused` naming the target; any error leaves
    `target` as it was and no temporary behind.
    """
    target = Path(target)
    check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=folder)
    except OSError as error:
        raise OutputRefused(
            "output_failed", target, detail=error.strerror or str(error), errno=error.errno
        ) from error
    temporary = Path(name)
    try:
        created = os.fstat(handle)
        with contextlib.suppress(OSError):
            os.chmod(handle if os.name != "nt" else temporary, _mode_for(target))
        os.close(handle)
        result = write(temporary)
        _same_file_or_refuse(temporary, created, target)
        _fsync(temporary)
        check_target(target)
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise OutputRefused(
            "output_failed", target, detail=error.strerror or str(error), errno=error.errno
        ) from error
    except BaseException:
        _remove(temporary)
        raise
    return result


def remove_stale_temporaries(target: Path, older_than: float = STALE_AFTER_S) -> list[Path]:
    """Temporaries of `target` left by runs killed at least `older_than` seconds ago."""
    name = _glob_escape(Path(target).name)
    patterns = (
        f".{name}.*{PART_SUFFIX}",
        f".{name}.partial",
        f"{name}.partial",
        f"{name}.restoring",
    )
    return remove_stale(Path(target).parent, patterns, older_than)


def remove_stale(
    folder: Path, patterns: tuple[str, ...], older_than: float = STALE_AFTER_S
) -> list[Path]:
    """Plain files in `folder` matching `patterns`, untouched for `older_than` seconds, removed.

    One listing of the folder, however many patterns: this runs on every open.
    """
    folder = folder if str(folder) else Path(".")
    now = time.time()
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not any(fnmatch.fnmatchcase(entry.name, pattern) for pattern in patterns):
            continue
        with contextlib.suppress(OSError):
            status = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(status.st_mode) and now - status.st_mtime >= older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def exclusive_temporary(target: Path) -> Path:
    """An empty file beside `target` with an unpredictable name, made with `O_EXCL`."""
    handle, name = tempfile.mkstemp(
        prefix=f".{Path(target).name}.", suffix=PART_SUFFIX, dir=Path(target).parent
    )
    os.close(handle)
    return Path(name)


def _mode_for(target: Path) -> int:
    """The permissions the written file gets: the replaced file's, else what a plain
    `open()` would give (`mkstemp` makes temporaries readable by their owner only)."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(target).st_mode)
    return 0o666 & ~_UMASK


def _same_file_or_refuse(temporary: Path, created: os.stat_result, target: Path) -> None:
    """The temporary is still the file `mkstemp` made: not replaced by a link or another file."""
    try:
        now = os.lstat(temporary)
    except OSError as error:
        raise OutputRefused("output_swapped", target) from error
    same = (now.st_dev, now.st_ino) == (created.st_dev, created.st_ino)
    if not same or not stat.S_ISREG(now.st_mode):
        raise OutputRefused("output_swapped", target)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def kind_of(mode: int) -> str:
    """What a file that is not a plain one is: folder, device, fifo or special."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "fifo"
    return "special"


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
