"""The values of an import the officer settles, one line per value and column.

Each line shows a value as the file writes it, its column and how many rows hold it, and
offers what can be done with all of them at once: take a term, a country or an institution
(chosen from a list that filters as one types), create a new institution, leave the value
for later (the rows import without it) or leave the rows out. Values mapped without asking
and new institutions are listed too, so that the officer sees and can change them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lazos_desktop.services import Catalogue
from lazos_desktop.services import exchange_files as ex

QUESTION_BACKGROUND = QColor("#fff4d6")
COL_VALUE, COL_COLUMN, COL_ROWS, COL_ACTION, COL_TERM = range(5)


@dataclass
class ValueLine:
    """One value of one column: `state` is question, mapped, new (institution) or later."""

    state: str
    column: str
    value: str
    vocabulary: str
    rows: int
    code: str = ""
    candidates: tuple[str, ...] = ()


def lines_of(plan: ex.ImportPlan) -> list[ValueLine]:
    """Questions first (they stop rows), then new institutions, mappings, values left out."""
    found = [
        ValueLine("question", g.column, g.value, g.vocabulary, g.row_count, "", g.candidates)
        for g in plan.questions()
    ]
    found += [
        ValueLine("new", new.column, new.text, "institution", new.row_count, new.record.id)
        for new in plan.institutions_to_create()
    ]
    found += [
        ValueLine(
            "chosen" if g.chosen else "mapped", g.column, g.value, g.vocabulary, g.row_count, g.code
        )
        for g in plan.mappings()
    ]
    found += [
        ValueLine("later", g.column, g.value, g.vocabulary, g.row_count)
        for g in plan.left_for_later()
    ]
    return found


class ValueLinesTable(QTableWidget):
    """The lines, each with its two choosers; `changed` when the officer touches one."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.catalogue = catalogue
        self.lang = lang
        self.lines: list[ValueLine] = []
        self._terms: dict[str, list[tuple[str, str]]] = {}
        self.setHorizontalHeaderLabels(
            [
                self.tr("Valor en el archivo"),
                self.tr("Columna"),
                self.tr("Filas"),
                self.tr("Qué hacer"),
                self.tr("Valor del catálogo"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TERM, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(COL_VALUE, 250)
        self.setWordWrap(True)
        for column in (COL_COLUMN, COL_ROWS, COL_ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def show_lines(self, lines: list[ValueLine]) -> None:
        self.lines = lines
        self.setRowCount(len(lines))
        for r, line in enumerate(lines):
            cells = [line.value, line.column, str(line.rows)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self._state_text(line))
                if line.state == "question":
                    item.setBackground(QBrush(QUESTION_BACKGROUND))
                self.setItem(r, c, item)
            self.setCellWidget(r, COL_ACTION, self._action_box(r, line))
            self.setCellWidget(r, COL_TERM, self._term_box(line))
        self.resizeRowsToContents()

    def choose(self, row: int, action: str, code: str = "") -> None:
        """Set a line's choice as the officer would (tests and shortcuts use it)."""
        box = self.cellWidget(row, COL_ACTION)
        if isinstance(box, QComboBox):
            box.setCurrentIndex(max(0, box.findData(action)))
        term = self.cellWidget(row, COL_TERM)
        if code and isinstance(term, QComboBox):
            term.setCurrentIndex(term.findData(code))

    def choices(self) -> ex.ValueChoices:
        """The answers the lines hold now; lines left as the import read them add none."""
        found = ex.new_choices()
        for r, line in enumerate(self.lines):
            action_box, term_box = self.cellWidget(r, COL_ACTION), self.cellWidget(r, COL_TERM)
            if not isinstance(action_box, QComboBox) or not isinstance(term_box, QComboBox):
                continue
            action = action_box.currentData()
            code = term_box.currentData() if term_box.currentIndex() >= 0 else None
            if action == "map":
                if not code or (line.state in ("mapped", "chosen") and code == line.code):
                    continue
                found.set(line.column, line.value, ex.choice("map", str(code)))
            elif action == "create" and line.state != "new":
                found.set(line.column, line.value, ex.choice("create"))
            elif action in ("later", "skip") and not (action == "later" and line.state == "later"):
                found.set(line.column, line.value, ex.choice(action))
        return found

    def _state_text(self, line: ValueLine) -> str:
        return {
            "question": self.tr("Sin correspondencia segura: elija qué hacer."),
            "new": self.tr("Institución nueva: se creará con la importación."),
            "mapped": self.tr("Asignado sin preguntar: puede cambiarlo."),
            "chosen": self.tr("Asignado según su decisión: puede cambiarlo."),
            "later": self.tr("Se importa sin este valor, para clasificar después."),
        }[line.state]

    def _action_box(self, row: int, line: ValueLine) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Asignar a…"), "map")
        if line.vocabulary == "institution":
            box.addItem(self.tr("Crear institución nueva"), "create")
        box.addItem(self.tr("Dejar para después"), "later")
        box.addItem(self.tr("Omitir las filas"), "skip")
        initial = {"new": "create", "later": "later"}.get(line.state, "map")
        box.setCurrentIndex(max(0, box.findData(initial)))
        box.currentIndexChanged.connect(lambda _=0, r=row: self._action_changed(r))
        return box

    def _term_box(self, line: ValueLine) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        terms = self._choices(line.vocabulary)
        named = dict(terms)
        # Suggestions come first and are named in the placeholder; none is chosen for the
        # officer: an answer is what the officer picks.
        suggested = [code for code in line.candidates if code in named]
        for code in suggested:
            box.addItem(named[code], code)
        for code, label in terms:
            if code not in suggested:
                box.addItem(label, code)
        placeholder = self._placeholder(line, [named[c] for c in suggested])
        box.lineEdit().setPlaceholderText(placeholder)
        box.setToolTip(placeholder)
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
        box.setCurrentIndex(box.findData(line.code) if line.code else -1)
        box.setEnabled(line.state in ("question", "mapped", "chosen"))
        box.currentIndexChanged.connect(self.changed)
        return box

    def _placeholder(self, line: ValueLine, suggestions: list[str]) -> str:
        if line.state == "new":
            return self.tr("Se creará como institución nueva")
        if line.state == "later":
            return self.tr("Sin valor por ahora")
        if suggestions:
            return self.tr("¿{names}? Escriba para buscar…").format(names=" / ".join(suggestions))
        return self.tr("Escriba para buscar…")

    def _action_changed(self, row: int) -> None:
        action_box, term_box = self.cellWidget(row, COL_ACTION), self.cellWidget(row, COL_TERM)
        if isinstance(action_box, QComboBox) and isinstance(term_box, QComboBox):
            term_box.setEnabled(action_box.currentData() == "map")
        self.changed.emit()

    def _choices(self, vocabulary: str) -> list[tuple[str, str]]:
        if vocabulary not in self._terms:
            self._terms[vocabulary] = ex.choice_terms(self.catalogue, vocabulary, self.lang)
        return self._terms[vocabulary]
