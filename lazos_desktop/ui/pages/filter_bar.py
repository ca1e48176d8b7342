"""The search field and the facet filters above the records table.

Typing is debounced (200 ms) so that a query runs once the officer pauses, not per key;
choosing a facet applies at once. The bar only says what is asked; the window runs it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.agenda import WITH_LATE_WORD
from lazos_desktop.domain.countries import country_name
from lazos_desktop.domain.text import fold
from lazos_desktop.domain.vocabularies import AXIS, EXCHANGE_STATUS, PRACTICE_STATUS, Vocabularies

SEARCH_DELAY_MS = 200
NO_YEAR = 1949


class FilterBar(QWidget):
    """Search text, country, axis, status and year range; `changed` when any of them moves."""

    changed = Signal()

    def __init__(self, vocab: Vocabularies, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self._lang = lang
        self._kind = "practice"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_now)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Buscar (sin importar tildes)… Ctrl+F"))
        self.search.setAccessibleName(self.tr("Buscar en el catálogo"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self.apply_now)

        self.country = self._combo("countryFilter", self.tr("Filtrar por país"))
        self.axis = self._combo("axisFilter", self.tr("Filtrar por eje"))
        self.status = self._combo("statusFilter", self.tr("Filtrar por estado"))
        self.year_from = self._year("yearFromFilter", self.tr("Año desde"))
        self.year_to = self._year("yearToFilter", self.tr("Año hasta"))
        self.late = QCheckBox(WITH_LATE_WORD.get(lang, WITH_LATE_WORD["es"]))
        self.late.setObjectName("lateFilter")
        self.late.setToolTip(
            self.tr("Solo registros con hitos pendientes o tareas abiertas cuya fecha ya pasó")
        )
        self.late.toggled.connect(lambda _: self.apply_now())
        self.clear_button = QPushButton(self.tr("Limpiar filtros"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.count = QLabel()
        self.count.setObjectName("recordCount")
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._fill_axes()
        self._fill_statuses()
        self.set_countries([])

        facets = QHBoxLayout()
        for label, widget in (
            (self.tr("País"), self.country),
            (self.tr("Eje"), self.axis),
            (self.tr("Estado"), self.status),
            (self.tr("Años"), self.year_from),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            facets.addWidget(caption)
            facets.addWidget(widget, 1 if widget is not self.year_from else 0)
        facets.addWidget(QLabel("–"))
        facets.addWidget(self.year_to)
        facets.addWidget(self.late)

        top = QHBoxLayout()  # the clear button up here keeps the filters within 1024 pixels
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(facets)
        self.setTabOrder(self.search, self.country)
        self.setTabOrder(self.country, self.axis)
        self.setTabOrder(self.axis, self.status)
        self.setTabOrder(self.status, self.year_from)
        self.setTabOrder(self.year_from, self.year_to)
        self.setTabOrder(self.year_to, self.late)
        self.setTabOrder(self.late, self.clear_button)

    # What the window asks --------------------------------------------------------------

    def query_fields(self) -> dict[str, Any]:
        """The RecordQuery fields these filters ask for (without the kind and the sort)."""
        year_from, year_to = self.year_from.value(), self.year_to.value()
        unclassified = self.status.currentData() == UNCLASSIFIED
        return {
            "text": self.search.text().strip(),
            "country": self.country.currentData() or None,
            "axis": self.axis.currentData() or None,
            "status": None if unclassified else self.status.currentData() or None,
            "unclassified": True if unclassified else None,
            "year_from": None if year_from == NO_YEAR else year_from,
            "year_to": None if year_to == NO_YEAR else year_to,
            "late": True if self.late.isChecked() and self.late.isEnabled() else None,
        }

    def is_filtered(self) -> bool:
        return any(value not in (None, "") for value in self.query_fields().values())

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self._fill_statuses()
        self.axis.setEnabled(kind != "institution")
        self.status.setEnabled(kind != "institution")
        self.year_from.setEnabled(kind != "institution")
        self.year_to.setEnabled(kind != "institution")
        self.late.setVisible(kind == "exchange")
        self.late.setEnabled(kind == "exchange")

    def set_countries(self, codes: list[str]) -> None:
        """Offer the countries present in the catalogue (keeping the chosen one)."""
        chosen = self.country.currentData()
        named = sorted(((country_name(code, self._lang), code) for code in codes), key=_fold_key)
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Todos los países"), "")
        for name, code in named:
            self.country.addItem(name, code)
        found = self.country.findData(chosen) if chosen else 0
        self.country.setCurrentIndex(max(found, 0))
        self.country.blockSignals(False)

    def show_count(self, shown: int, total: int, kind_plural: str, waiting: int = 0) -> None:
        """ "23 de 48 prácticas · 2 por clasificar": what the filters leave of all the
        records of this kind, and how many drafts still wait for axes or countries."""
        locale = QLocale()
        text = self.tr("{shown} de {total} {kind}").format(
            shown=locale.toString(shown), total=locale.toString(total), kind=kind_plural
        )
        if waiting:
            text += " · " + self.tr("{count} por clasificar").format(count=locale.toString(waiting))
        self.count.setText(text)

    def apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        for widget in (self.search, self.country, self.axis, self.status):
            widget.blockSignals(True)
        self.search.clear()
        self.country.setCurrentIndex(0)
        self.axis.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.late.blockSignals(True)
        self.late.setChecked(False)
        self.late.blockSignals(False)
        for spin in (self.year_from, self.year_to):
            spin.blockSignals(True)
            spin.setValue(NO_YEAR)
            spin.blockSignals(False)
        for widget in (self.search, self.country, self.axis, self.status):
            widget.blockSignals(False)
        self.apply_now()

    def cancel_pending(self) -> None:
        self._timer.stop()

    def search_pending(self) -> bool:
        return self._timer.isActive()

    # Private ---------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(lambda _: self.apply_now())
        return combo

    def _year(self, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(NO_YEAR, 2100)
        spin.setSpecialValueText("—")
        spin.setValue(NO_YEAR)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda _: self.apply_now())
        return spin

    def _fill_axes(self) -> None:
        self.axis.blockSignals(True)
        self.axis.addItem(self.tr("Todos los ejes"), "")
        for code in self._vocab.codes(AXIS):
            self.axis.addItem(self._vocab.label(AXIS, code, self._lang), code)
        self.axis.blockSignals(False)

    def _fill_statuses(self) -> None:
        vocabulary = EXCHANGE_STATUS if self._kind == "exchange" else PRACTICE_STATUS
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Todos los estados"), "")
        for code in self._vocab.codes(vocabulary):
            self.status.addItem(self._vocab.label(vocabulary, code, self._lang), code)
        if self._kind in CLASSIFIED:
            self.status.addItem(self.tr("Por clasificar"), UNCLASSIFIED)
            self.status.setItemData(
                self.status.count() - 1,
                self.tr("Borradores sin ejes o sin países"),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.status.blockSignals(False)


UNCLASSIFIED = "__unclassified__"
CLASSIFIED = ("practice", "toolbox")


def _fold_key(item: tuple[str, str]) -> str:
    return fold(item[0])
