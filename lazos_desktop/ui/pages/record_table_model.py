"""The records table: row numbers in sort order, and summaries only for the rows on screen.

At 100,000 records the list of row numbers is small (one int each); the summaries of the
rows the view asks for are fetched a block at a time and kept in a small LRU cache, so the
model never holds every record (as calibre's library model asks its db for ids only).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from lazos_desktop.domain.agenda import LATE_HEX, late_word
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.dates import show_date
from lazos_desktop.domain.vocabularies import AXIS, EXCHANGE_STATUS, PRACTICE_STATUS, Vocabularies
from lazos_desktop.services import Summary

BLOCK_ROWS = 100
CACHED_BLOCKS = 12

COLUMNS = ("code", "title", "countries", "axes", "status", "due", "year", "updated")
# Store sort keys by column; a column without one keeps the current order when clicked.
SORT_KEYS = {
    "code": "code",
    "title": "title",
    "countries": "countries",
    "status": "status",
    "year": "year",
    "updated": "updated",
    "due": "due",
}

AnyIndex = QModelIndex | QPersistentModelIndex


@cache
def _italic() -> QFont:
    """Synthetic (demonstration) records are set in italics so they never pass for real ones."""
    font = QFont()
    font.setItalic(True)
    return font


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@cache
def _late_colour() -> QColor:
    return QColor(LATE_HEX)


SummaryFetcher = Callable[[list[int]], list[Summary]]


def column_title(column: str) -> str:
    titles = {
        "code": QCoreApplication.translate("RecordTableModel", "Código"),
        "title": QCoreApplication.translate("RecordTableModel", "Título"),
        "countries": QCoreApplication.translate("RecordTableModel", "Países"),
        "axes": QCoreApplication.translate("RecordTableModel", "Ejes"),
        "status": QCoreApplication.translate("RecordTableModel", "Estado"),
        "year": QCoreApplication.translate("RecordTableModel", "Año"),
        "updated": QCoreApplication.translate("RecordTableModel", "Actualizado"),
        "due": QCoreApplication.translate("RecordTableModel", "Vence"),
    }
    return titles[column]


class RecordTableModel(QAbstractTableModel):
    """Rows are record numbers from `Catalogue.row_numbers`; cells come from a window cache."""

    sortRequested = Signal(str, bool)

    def __init__(
        self,
        fetch: SummaryFetcher,
        vocabularies: Vocabularies,
        lang: str = "es",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._vocab = vocabularies
        self._lang = lang
        self._numbers: array[int] = array("q")
        self._blocks: OrderedDict[int, dict[int, Summary]] = OrderedDict()
        self._today = dt.date.today()
        self.fetches = 0

    # What the window asks --------------------------------------------------------------

    def set_rows(self, numbers: Sequence[int]) -> None:
        self.beginResetModel()
        self._numbers = array("q", numbers)
        self._blocks.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget cached summaries (records changed) and repaint, keeping the rows."""
        self._blocks.clear()
        self._today = dt.date.today()
        if self._numbers:
            last = self.index(len(self._numbers) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_vocabularies(self, vocabularies: Vocabularies) -> None:
        self._vocab = vocabularies
        self.refresh()

    def summary(self, row: int) -> Summary | None:
        if not 0 <= row < len(self._numbers):
            return None
        block = row // BLOCK_ROWS
        cached = self._blocks.get(block)
        if cached is None:
            cached = self._load_block(block)
        else:
            self._blocks.move_to_end(block)
        return cached.get(self._numbers[row])

    def row_of_number(self, number: int) -> int:
        try:
            return self._numbers.index(number)
        except ValueError:
            return -1

    def cached_summaries(self) -> int:
        return sum(len(block) for block in self._blocks.values())

    # QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._numbers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._numbers):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.UserRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        column = COLUMNS[index.column()]
        late = column == "due" and summary.is_late(self._today)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _late_colour() if late else None
        if role == Qt.ItemDataRole.FontRole:
            if late:
                return _bold()
            return _italic() if summary.synthetic else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "due" and summary.next_due:
            return show_date(dt.date.fromisoformat(summary.next_due), self._lang)
        if role == Qt.ItemDataRole.ToolTipRole and column not in {"title", "axes", "countries"}:
            return None
        return self._cell(summary, column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the window to query again in that order; the catalogue sorts, not this model."""
        if 0 <= column < len(COLUMNS) and COLUMNS[column] in SORT_KEYS:
            descending = order == Qt.SortOrder.DescendingOrder
            self.sortRequested.emit(SORT_KEYS[COLUMNS[column]], descending)

    # Private ---------------------------------------------------------------------------

    def _load_block(self, block: int) -> dict[int, Summary]:
        numbers = list(self._numbers[block * BLOCK_ROWS : (block + 1) * BLOCK_ROWS])
        loaded = {summary.n: summary for summary in self._fetch(numbers)}
        self.fetches += 1
        self._blocks[block] = loaded
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return loaded

    def _cell(self, summary: Summary, column: str) -> Any:
        if column == "code":
            return summary.code
        if column == "title":
            return summary.title
        if column == "countries":
            return ", ".join(country_name(code, self._lang) for code in summary.countries)
        if column == "axes":
            return "; ".join(self._vocab.label(AXIS, code, self._lang) for code in summary.axes)
        if column == "status":
            vocabulary = EXCHANGE_STATUS if summary.kind == "exchange" else PRACTICE_STATUS
            return (
                self._vocab.label(vocabulary, summary.status, self._lang) if summary.status else ""
            )
        if column == "year":
            return "" if summary.year is None else str(summary.year)
        if column == "due":
            if summary.next_due is None:
                return ""
            if summary.is_late(self._today):
                return late_word(self._lang)
            return show_date(dt.date.fromisoformat(summary.next_due), self._lang)
        if column == "updated":
            stamp = QDateTime.fromString(summary.updated_at, Qt.DateFormat.ISODate)
            if not stamp.isValid():
                return summary.updated_at
            return QLocale().toString(stamp.toLocalTime().date(), QLocale.FormatType.ShortFormat)
        return None
