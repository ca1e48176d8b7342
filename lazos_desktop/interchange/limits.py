"""Sizes past which a file from outside is refused before it is read."""

from __future__ import annotations

from pathlib import Path

from lazos_desktop.interchange.file_messages import FileProblem, FileRefused

MB = 1024 * 1024
MAX_TABLE_FILE = 64 * MB  # CSV, XLSX and JSON files
MAX_BUNDLE_FILE = 2048 * MB  # a .lazos bundle on disk (attachments make it large)
MAX_MEMBER_EXPANDED = 256 * MB  # one member of a zip (bundle or XLSX) once expanded
MAX_TOTAL_EXPANDED = 512 * MB  # all members together
MAX_BUNDLE_TOTAL_EXPANDED = 4096 * MB  # a bundle's: its attachments are streamed, not held
MAX_BUNDLE_ATTACHMENTS = 5000  # distinct documents one bundle may carry
MAX_MEMBERS = 64  # a bundle holds a handful of files besides its documents
MAX_XLSX_MEMBERS = 2000  # an XLSX holds one XML per sheet plus styles and relations
READ_CHUNK = 1 * MB


def check_file_size(path: Path, limit: int, name: str | None = None) -> int:
    """The size of `path`, or `FileRefused` when it passes `limit`."""
    size = path.stat().st_size
    if size > limit:
        raise FileRefused(
            FileProblem(
                name or path.name,
                "file_too_big",
                {"size": round(size / MB, 1), "limit": limit // MB},
            )
        )
    return size
