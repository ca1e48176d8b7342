"""The kinds of record, apart from the record models.

The command line offers them as choices before it knows which command runs; kept here, that
costs no pydantic model (`records` re-exports `Kind`, so every caller names it as before).
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    PRACTICE = "practice"
    EXCHANGE = "exchange"
    TOOLBOX = "toolbox"
    INSTITUTION = "institution"
