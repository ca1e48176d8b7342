"""Documents kept with a record: what an attachment is and which files may become one.

The content lives inside the catalogue file (see `store.attachments`); here is only what
every layer agrees on: its description, the kinds of files accepted and the size limit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePath

MB = 1024 * 1024
DEFAULT_LIMIT_MB = 25
MAX_LIMIT_MB = 200  # a setting above this would make bundles too heavy to pass around
MAX_NAME = 200
LIMIT_META_KEY = "attachment_limit_mb"

# Accepted kinds by suffix: PDF, Office and OpenDocument files, images, plain text.
MIME_BY_SUFFIX: dict[str, str] = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".rtf": "application/rtf",
}


@dataclass(frozen=True)
class Attachment:
    """One stored document, without its bytes: name, type, size, hash, who and when."""

    id: str
    record_id: str
    name: str
    mime: str
    size: int
    sha256: str
    created_at: str
    created_by: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "mime": self.mime,
            "size": self.size,
            "sha256": self.sha256,
            "created_at": self.created_at,
            "created_by": self.created_by,
        }


def mime_of(name: str) -> str | None:
    """The media type of an accepted file name, or None when its kind is not accepted."""
    return MIME_BY_SUFFIX.get(PurePath(name).suffix.lower())


def clean_name(name: str) -> str:
    """A file name safe to show and to save under: no folders, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch >= " " and ch not in '<>:"|?*').strip().strip(".")
    if len(base) > MAX_NAME:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix) if dot else base[:MAX_NAME]
    return base


def free_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2).ext`, `name (3).ext`… when a record already has that name."""
    if name not in taken:
        return name
    path = PurePath(name)
    stem, suffix = path.stem, path.suffix
    number = 2
    while f"{stem} ({number}){suffix}" in taken:
        number += 1
    return f"{stem} ({number}){suffix}"


def limit_bytes(limit_mb: int) -> int:
    return int(limit_mb) * MB


def parse_limit(value: str) -> int:
    """The limit kept in the catalogue's settings, or the default when unset or unusable."""
    text = (value or "").strip()
    if text.isdigit() and 1 <= int(text) <= MAX_LIMIT_MB:
        return int(text)
    return DEFAULT_LIMIT_MB


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
