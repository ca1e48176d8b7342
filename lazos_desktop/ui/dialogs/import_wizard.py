"""The import wizard: choose a file → preview and column mapping → checks → confirm → summary.

Nothing is written before the confirm page; the summary offers to undo the import. The
wizard emits `imported(result)` with the services' `ImportResult` (its `change` says which
records changed) and `undone(change)` after an undo, so the main window can refresh what
they touch. Dialogs that would block (the file chooser) go through `choose_file`, which
tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lazos_desktop.domain.records import Kind, Record, is_unclassified
from lazos_desktop.services import Catalogue, Change
from lazos_desktop.services import exchange_files as ex
from lazos_desktop.ui import collector
from lazos_desktop.ui.dialogs.import_values import ValueLine, ValueLinesTable, lines_of
from lazos_desktop.ui.failures import failure_text
from lazos_desktop.ui.screen_fit import fit_size
from lazos_desktop.ui.settings import Settings

PREVIEW_ROWS = 8
if TYPE_CHECKING:
    from lazos_desktop.ui.operations import Operations

T = TypeVar("T")


@dataclass(frozen=True)
class PlanFacts:
    """What the pages show of a plan, worked out on the worker with the plan itself: at
    10,000 rows each of these walks every row."""

    counts: dict[str, int]
    lines: list[ValueLine]
    mapped: int
    unchanged: int
    new_institutions: list[Any]

    @classmethod
    def of(cls, plan: ex.ImportPlan) -> PlanFacts:
        counts = plan.counts()
        return cls(
            counts,
            lines_of(plan),
            len(plan.mappings()),
            counts["unchanged"],  # a long file's plan counts rows it does not keep
            plan.institutions_to_create(),
        )


@dataclass(frozen=True)
class WritePreview:
    """What the confirm page announces for the decisions taken on the check page."""

    created: int
    updated: int
    waiting: int


PAGE_CHOOSE, PAGE_PREVIEW, PAGE_REPORT, PAGE_CONFIRM, PAGE_SUMMARY = range(5)
IGNORE = ""
WARNING_BACKGROUND = QColor("#fdecea")


def choose_file(parent: QWidget) -> str:
    """The file chooser; a function so that tests replace it and never wait on a modal."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Elegir un archivo para importar"),
        "",
        QCoreApplication.translate(
            "ImportWizard", "Catálogos (*.csv *.xlsx *.json *.lazos);;Todos los archivos (*)"
        ),
    )
    return path


class ImportWizard(QWizard):
    imported = Signal(object)
    undone = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        path: str | Path | None = None,
        *,
        lang: str = "es",
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.lang = lang
        self.operations = operations
        self.working = False
        self.facts: PlanFacts | None = None
        self.preview: WritePreview | None = None
        self.result_counts: dict[str, int] = {}
        self._step_done: QWizardPage | None = None
        self.read: ex.ReadResult | None = None
        self.plan: ex.ImportPlan | None = None
        self.result: ex.ImportResult | None = None
        self.choices = ex.new_choices()
        self.settings = Settings()
        # A long file's steps report their rows from the worker (plain attributes, read by
        # a timer on the window's thread) and ask between chunks whether to stop.
        self.rows_done = 0
        self.rows_total = 0
        self.cancel_asked = False
        self.bars: dict[QWizardPage, QProgressBar] = {}
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._show_progress)
        self.setWindowTitle(self.tr("Importar registros"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Atrás")),
            (QWizard.WizardButton.NextButton, self.tr("Siguiente >")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancelar")),
            (QWizard.WizardButton.FinishButton, self.tr("Cerrar")),
        ):
            self.setButtonText(button, text)
        self.setAcceptDrops(True)
        self.finished.connect(collector.thaw)  # the steps' objects, frozen while shown
        self.choose_page = ChooseFilePage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        self.confirm_page = ConfirmPage(self)
        self.summary_page = SummaryPage(self)
        for number, page in enumerate(
            (
                self.choose_page,
                self.preview_page,
                self.report_page,
                self.confirm_page,
                self.summary_page,
            )
        ):
            self.setPage(number, page)
        fit_size(self, 900, 620)
        if path is not None:
            self.choose_page.set_path(str(path))

    # Drops anywhere on the wizard choose the file ----------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.currentId() == PAGE_CHOOSE and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            self.choose_page.set_path(urls[0])
            event.acceptProposedAction()

    # Steps the pages share ---------------------------------------------------------------

    def progress_bar(self, page: QWizardPage) -> QProgressBar:
        """The bar `page` shows while its step reads a long file (hidden otherwise)."""
        bar = QProgressBar()
        bar.setFormat(self.tr("%v de %m filas"))
        bar.setAccessibleName(self.tr("Filas leídas"))
        bar.hide()
        self.bars[page] = bar
        return bar

    def progressed(self, done: int, total: int) -> None:
        """Rows done so far (called on the worker: plain assignments, no widget touched)."""
        self.rows_done, self.rows_total = done, total

    def cancelled(self) -> bool:
        return self.cancel_asked

    def _show_progress(self) -> None:
        bar = self.bars.get(self.currentPage())
        if bar is None or not self.rows_total:
            return
        bar.setMaximum(self.rows_total)
        bar.setValue(min(self.rows_done, self.rows_total))
        bar.show()

    def run_step(
        self,
        page: QWizardPage,
        job: Callable[[Catalogue], T],
        done: Callable[[T], bool],
        failed: Callable[[str], None],
        advance: bool = True,
    ) -> bool:
        """Run a long step (read, plan, write), then `done(result)` says whether to go on.

        With the window's operations the step runs on their worker and the wizard moves on
        by itself when it is done, so the window keeps painting through 10,000 rows; the
        page's `validatePage` answers False meanwhile; Python's cycle collector is paused
        while it runs (`collector.paused`: its full collections of the step's objects held
        the interpreter lock, and so the window, for 80-300 ms). Alone (a test) the step runs
        here.
        """
        if self._step_done is page:
            self._step_done = None
            return True
        self.cancel_asked = False
        self.rows_done = self.rows_total = 0
        if self.operations is None:
            try:
                result = job(self.catalogue)
            except Exception as error:  # noqa: BLE001 - said in the officer's language
                failed(failure_text(error, self.lang))
                return False
            return done(result)
        self._set_working(True)

        def finish(result: T) -> None:
            self._set_working(False)
            if done(result) and advance:
                self._step_done = page
                self.next()

        def fail(text: str) -> None:
            self._set_working(False)
            failed(text)

        self.operations.background(collector.paused(job), lambda result: finish(result), fail)
        return False

    def replan(
        self, page: QWizardPage, failed: Callable[[str], None], advance: bool = True
    ) -> bool:
        """Plan again with the officer's answers; institutions nothing holds are proposed as
        new (listed on the check and confirm pages before anything is written)."""
        return self.run_step(page, self.plan_job(), self.planned, failed, advance)

    def plan_job(self) -> Callable[[Catalogue], tuple[ex.ImportPlan, PlanFacts]]:
        read, choices, lang = self.read, self.choices, self.lang
        assert read is not None
        progressed, cancelled = self.progressed, self.cancelled

        def plan(catalogue: Catalogue) -> tuple[ex.ImportPlan, PlanFacts]:
            made = ex.plan_import(
                catalogue,
                read,
                lang=lang,
                choices=choices,
                create_institutions=True,
                progress=progressed,
                cancelled=cancelled,
            )
            return made, PlanFacts.of(made)

        return plan

    def planned(self, result: tuple[ex.ImportPlan, PlanFacts]) -> bool:
        self.plan, self.facts = result
        return True

    def _set_working(self, working: bool) -> None:
        self.working = working
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            self.button(button).setEnabled(not working)
        # Cancel stays: during a step it stops the step (a write is rolled back whole).
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if working:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._progress_timer.start()
        else:
            QApplication.restoreOverrideCursor()
            self._progress_timer.stop()
            for bar in self.bars.values():
                bar.hide()
            self.currentPage().completeChanged.emit()

    def reject(self) -> None:
        """Close the wizard; during a step, ask the step to stop first: a long file stops
        between two chunks and its transaction is rolled back, so nothing is half-written
        (a short one finishes its step, and the wizard stays open to say what happened)."""
        if self.working:
            self.cancel_asked = True
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            return
        super().reject()

    def signatures(self) -> list[str]:
        read = self.read
        return [
            ex.choices_signature(source.table.headers)
            for source in (read.sources if read else [])
            if source.table is not None
        ]

    def recall_choices(self) -> None:
        """The answers given to a file with the same headers, under the ones given now."""
        remembered = ex.new_choices()
        for signature in self.signatures():
            remembered = remembered.merged(
                ex.choices_from_json(self.settings.import_choices(signature))
            )
        self.choices = remembered.merged(self.choices)

    def remember_choices(self) -> None:
        if self.choices:
            for signature in self.signatures():
                self.settings.remember_import_choices(signature, self.choices.as_json())


class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Elegir el archivo"))
        self.setSubTitle(
            self.tr(
                "CSV o XLSX de cualquier hoja de cálculo, JSON de catálogo o paquete .lazos. "
                "También puede arrastrar el archivo hasta esta ventana."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Ruta del archivo"))
        self.path_edit.setAccessibleName(self.tr("Ruta del archivo"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Examinar…"))
        browse.clicked.connect(self._browse)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Detectar por el nombre de la hoja o las columnas"), None)
        for kind, label in _kind_labels(self).items():
            self.kind_combo.addItem(label, kind)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Archivo:"), row)
        form.addRow(self.tr("Tipo de registros:"), self.kind_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def isComplete(self) -> bool:  # noqa: N802
        return self.path().is_file()

    def validatePage(self) -> bool:  # noqa: N802
        kind, path = self.kind_combo.currentData(), self.path()
        return self.owner.run_step(
            self, lambda _: ex.read_files([path], kind), self._read, self.error.setText
        )

    def _read(self, read: ex.ReadResult) -> bool:
        if read.refused and not read.sources:
            self.error.setText("\n".join(p.message(self.owner.lang) for p in read.refused))
            return False
        self.error.clear()
        self.owner.read = read
        return True

    def _browse(self) -> None:
        chosen = choose_file(self)
        if chosen:
            self.set_path(chosen)


class PreviewPage(QWizardPage):
    """The first rows as read, and for each column the field it fills (editable)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Vista previa y columnas"))
        self.setSubTitle(
            self.tr(
                "Compruebe que cada columna corresponde al campo correcto; cambie la "
                "correspondencia si hace falta. Las columnas sin campo se ignoran."
            )
        )
        self.source_combo = QComboBox()
        self.source_combo.currentIndexChanged.connect(self._show_source)
        self.kind_combo = QComboBox()
        for kind, label in _kind_labels(self).items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Primeras filas del archivo"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setAccessibleName(self.tr("Campo de cada columna"))
        self.mapping.setHorizontalHeaderLabels([self.tr("Columna del archivo"), self.tr("Campo")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        top = QFormLayout()
        top.addRow(self.tr("Hoja o archivo:"), self.source_combo)
        top.addRow(self.tr("Tipo de registros:"), self.kind_combo)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.mapping)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addWidget(wizard.progress_bar(self))
        self._combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        read = self.owner.read
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for index, source in enumerate(read.sources if read else []):
            self.source_combo.addItem(source.label, index)
        self.source_combo.blockSignals(False)
        self._show_source()

    def current_source(self) -> ex.Source | None:
        read = self.owner.read
        index = self.source_combo.currentData()
        if read is None or index is None:
            return None
        return read.sources[index]

    def set_field(self, column: int, field: str) -> None:
        """Map a column to a field (or to nothing with "") as the officer would."""
        combo = self._combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def validatePage(self) -> bool:  # noqa: N802
        if self.owner._step_done is not self:
            self.owner.recall_choices()
        return self.owner.replan(self, self._failed)

    def _failed(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Importar registros"), text)

    def _show_source(self) -> None:
        source = self.current_source()
        self._combos = []
        self.mapping.setRowCount(0)
        self.preview.clear()
        if source is None:
            return
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(source.kind)))
        self.kind_combo.blockSignals(False)
        table = source.table
        self.kind_combo.setEnabled(table is not None)
        if table is None:
            self.info.setText(
                self.tr(
                    "Archivo de catálogo con %n registros; sus campos se leen por nombre.",
                    "",
                    len(source.rows),
                )
            )
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        self.info.setText(
            self.tr(
                "%n filas de datos. Primeras filas tal como están en el archivo:",
                "",
                table.row_count,  # a long file holds only its first rows in `rows`
            )
        )
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.numbers[:PREVIEW_ROWS]])
        for r, cells in enumerate(shown):
            for c in range(len(table.headers)):
                value = table.cell(cells, c)
                text = "" if value is None else str(value).replace("\n", " ⏎ ")
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 220))
        choices = ex.field_choices(source.kind or Kind.PRACTICE, self.owner.lang)
        self.mapping.setRowCount(len(table.headers))
        for c, header in enumerate(table.headers):
            self.mapping.setItem(c, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("— ignorar —"), IGNORE)
            for name, label in choices:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(source.mapping.get(c, IGNORE))))
            combo.currentIndexChanged.connect(lambda _=0, col=c: self._field_changed(col))
            self.mapping.setCellWidget(c, 1, combo)
            self._combos.append(combo)

    def _kind_changed(self) -> None:
        source = self.current_source()
        kind = self.kind_combo.currentData()
        if source is not None and kind is not None and source.table is not None:
            ex.set_source_kind(source, kind)
            self._show_source()

    def _field_changed(self, column: int) -> None:
        source = self.current_source()
        if source is None:
            return
        field = self._combos[column].currentData()
        for other, name in list(source.mapping.items()):
            if name == field and other != column:
                del source.mapping[other]
                self._combos[other].blockSignals(True)
                self._combos[other].setCurrentIndex(0)
                self._combos[other].blockSignals(False)
        if field:
            source.mapping[column] = field
        else:
            source.mapping.pop(column, None)


class ReportPage(QWizardPage):
    """Every problem, conflict and possible duplicate; a click shows the row it concerns."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Comprobación"))
        self.setSubTitle(
            self.tr(
                "Cada fila se comprobó sin escribir nada. Haga clic en una línea para ver la "
                "fila del archivo o, en un conflicto, las dos versiones lado a lado."
            )
        )
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.values_title = QLabel()
        self.values_title.setWordWrap(True)
        self.values = ValueLinesTable(wizard.catalogue, wizard.lang)
        self.values.setAccessibleName(
            self.tr("Valores del archivo y su correspondencia en el catálogo")
        )
        self.values.changed.connect(lambda: self.apply_button.setEnabled(True))
        self.apply_button = QPushButton(self.tr("Aplicar y volver a comprobar"))
        self.apply_button.clicked.connect(self.apply_choices)
        self.items = QTableWidget(0, 4)
        self.items.setAccessibleName(self.tr("Problemas y decisiones por fila"))
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Archivo"),
                self.tr("Fila"),
                self.tr("Columna"),
                self.tr("Problema o decisión"),
            ]
        )
        self.items.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.verticalHeader().setVisible(False)
        self.items.cellClicked.connect(lambda row, _col: self.show_item(row))
        self.items.setWordWrap(True)
        self.items.horizontalHeader().sectionResized.connect(
            lambda *_: self.items.resizeRowsToContents()
        )
        self.detail_title = QLabel()
        self.detail = QTableWidget(0, 3)
        self.detail.setAccessibleName(self.tr("Detalle de la línea elegida"))
        self.detail.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.detail.itemChanged.connect(self._cell_corrected)
        self._shown_row: tuple[Any, int] | None = None
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail.verticalHeader().setVisible(False)
        self.skip_invalid = QCheckBox(
            self.tr("Importar solo las filas válidas y omitir las rechazadas")
        )
        self.skip_invalid.toggled.connect(self.completeChanged)
        splitter = QSplitter(Qt.Orientation.Vertical)
        values_box = QWidget()
        values_layout = QVBoxLayout(values_box)
        values_layout.setContentsMargins(0, 0, 0, 0)
        values_layout.addWidget(self.values_title)
        values_layout.addWidget(self.values)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        values_layout.addLayout(apply_row)
        splitter.addWidget(values_box)
        splitter.addWidget(self.items)
        box = self.detail_box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.detail_title)
        box_layout.addWidget(self.detail)
        splitter.addWidget(box)
        splitter.setSizes([260, 160, 140])
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(wizard.progress_bar(self))
        self._entries: list[dict[str, Any]] = []
        self.decisions: dict[int, str] = {}

    def initializePage(self) -> None:  # noqa: N802
        plan = self.owner.plan
        if plan is None:
            return
        lang = self.owner.lang
        facts = self.owner.facts or PlanFacts.of(plan)
        c = facts.counts
        self.counts.setText(
            self.tr(
                "Nuevos: {created} · actualizados: {updated} · sin cambios: {unchanged} · "
                "conflictos: {conflicts} · posibles duplicados: {duplicates} · "
                "filas rechazadas: {refused}"
            ).format(**c)
        )
        lines = facts.lines
        self.values.show_lines(lines)
        self.values_title.setText(self._values_summary(lines))
        self.apply_button.setEnabled(False)
        self._entries = []
        self.decisions = {}
        for problem in plan.problems:
            self._entries.append(
                {"kind": "problem", "problem": problem, "text": problem.message(lang)}
            )
        for index, row in enumerate(plan.rows):
            if row.outcome == ex.Outcome.CONFLICT:
                self._entries.append({"kind": "conflict", "index": index, "row": row})
                self.decisions[index] = "skip"
            elif row.outcome == ex.Outcome.DUPLICATE:
                self._entries.append({"kind": "duplicate", "index": index, "row": row})
                self.decisions[index] = "skip"
        for notice in plan.notices:
            self._entries.append(
                {"kind": "notice", "problem": notice, "text": notice.message(lang)}
            )
        self.items.setRowCount(len(self._entries))
        for r, entry in enumerate(self._entries):
            self._fill(r, entry)
        self.items.resizeColumnToContents(0)
        self.items.setVisible(bool(self._entries))
        self.detail_box.setVisible(bool(self._entries))
        QTimer.singleShot(0, self.items.resizeRowsToContents)
        self.skip_invalid.setVisible(plan.refused)
        self.skip_invalid.setChecked(False)
        self.detail.setRowCount(0)
        self.detail_title.setText(self.tr("Haga clic en una línea para ver la fila del archivo."))
        if self._entries:
            self.show_item(0)

    def isComplete(self) -> bool:  # noqa: N802
        plan = self.owner.plan
        if plan is None:
            return False
        return not plan.refused or self.skip_invalid.isChecked()

    def apply_choices(self) -> None:
        """Every line's choice (and every corrected cell) applied to all its rows, checked
        again; nothing is written."""
        self.owner.choices = self.owner.choices.merged(self.values.choices())
        self.owner.run_step(
            self, self.owner.plan_job(), self._replanned, self._failed, advance=False
        )

    def validatePage(self) -> bool:  # noqa: N802
        """What the decisions taken here will write, worked out before the confirm page."""
        plan, decisions = self.owner.plan, dict(self.decisions)
        assert plan is not None

        return self.owner.run_step(
            self, lambda _: _preview(plan, decisions), self._previewed, self._failed
        )

    def preview_now(self) -> WritePreview:
        assert self.owner.plan is not None
        return _preview(self.owner.plan, dict(self.decisions))

    def _previewed(self, preview: WritePreview) -> bool:
        self.owner.preview = preview
        return True

    def _replanned(self, result: tuple[ex.ImportPlan, PlanFacts]) -> bool:
        self.owner.planned(result)
        self.initializePage()
        self.completeChanged.emit()
        return False

    def _failed(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Importar registros"), text)

    def correct_cell(self, problem_entry: int, column: int, text: str) -> None:
        """Correct one cell of the row a problem is about, as a double click would."""
        self.show_item(problem_entry)
        self.detail.item(column, 1).setText(text)

    def _values_summary(self, lines: list[ValueLine]) -> str:
        if not lines:
            return self.tr("Todos los valores corresponden al catálogo.")
        count = {
            state: sum(1 for line in lines if line.state == state)
            for state in ("question", "new", "mapped", "later")
        }
        names = ", ".join(line.value for line in lines if line.state == "new")
        text = self.tr(
            "Valores por decidir: {question} · instituciones nuevas: {new} · asignados sin "
            "preguntar: {mapped} · para después: {later}."
        ).format(**count)
        if names:
            text += " " + self.tr("Nuevas: {names}.").format(names=names)
        return text

    def _cell_corrected(self, item: QTableWidgetItem) -> None:
        if self._shown_row is None or item.column() != 1:
            return
        table, index = self._shown_row
        cells = table.rows[index]
        while len(cells) <= item.row():
            cells.append(None)
        cells[item.row()] = item.text()
        self.apply_button.setEnabled(True)

    def entry_count(self) -> int:
        return len(self._entries)

    def decide(self, entry: int, decision: str) -> None:
        """Settle a conflict ("skip", "theirs", "ours") or duplicate ("skip", "keep", "merge")."""
        combo = self.items.cellWidget(entry, 3)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(0, combo.findData(decision)))

    def show_item(self, entry: int) -> None:
        """Show the row a problem is about (its cells, the faulty one marked) or a conflict side by side."""
        self.items.selectRow(entry)
        item = self._entries[entry]
        if item["kind"] in ("problem", "notice"):
            self._show_file_row(item["problem"])
        else:
            self._show_side_by_side(item["row"], item["kind"])

    def _fill(self, r: int, entry: dict[str, Any]) -> None:
        if entry["kind"] in ("problem", "notice"):
            problem = entry["problem"]
            values = [problem.file, "" if problem.row is None else str(problem.row), problem.column]
            for c, text in enumerate([*values, entry["text"]]):
                cell = QTableWidgetItem(text)
                if entry["kind"] == "problem":
                    cell.setBackground(QBrush(WARNING_BACKGROUND))
                self.items.setItem(r, c, cell)
            return
        row = entry["row"]
        self.items.setItem(r, 0, QTableWidgetItem(row.file))
        self.items.setItem(r, 1, QTableWidgetItem(str(row.number)))
        combo = QComboBox()
        if entry["kind"] == "conflict":
            self.items.setItem(
                r, 2, QTableWidgetItem(self.tr("Conflicto: {code}").format(code=row.current.code))
            )
            combo.addItem(self.tr("Cambiado en ambos lados: omitir"), "skip")
            combo.addItem(self.tr("Usar la versión del archivo"), "theirs")
            combo.addItem(self.tr("Conservar la versión del catálogo"), "ours")
        else:
            self.items.setItem(
                r, 2, QTableWidgetItem(self.tr("Parece {code}").format(code=row.match.code))
            )
            combo.addItem(self.tr("Posible duplicado: no importar"), "skip")
            combo.addItem(self.tr("Importar como registro nuevo"), "keep")
            if row.merged is not None:
                combo.addItem(self.tr("Fusionar con {code}").format(code=row.match.code), "merge")
        index = entry["index"]
        combo.currentIndexChanged.connect(
            lambda _=0, i=index, box=combo: self.decisions.__setitem__(i, box.currentData())
        )
        self.items.setCellWidget(r, 3, combo)

    def _show_file_row(self, problem: Any) -> None:
        read = self.owner.read
        table = None
        self._shown_row = None
        for source in read.sources if read else []:
            if source.table is not None and source.label == problem.file:
                table = source.table
        self.detail.clear()
        if table is None or problem.row is None or problem.row not in table.numbers:
            self.detail_title.setText(problem.message(self.owner.lang))
            self.detail.setRowCount(0)
            return
        index = table.numbers.index(problem.row)
        cells = table.rows[index]
        self._shown_row = (table, index)
        self.detail.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.detail.blockSignals(True)
        self.detail_title.setText(
            self.tr("Fila {row} de {file}").format(row=problem.row, file=problem.file)
        )
        self.detail.setColumnCount(2)
        self.detail.setHorizontalHeaderLabels([self.tr("Columna"), self.tr("Valor")])
        self.detail.setRowCount(len(table.headers))
        for c, header in enumerate(table.headers):
            value = table.cell(cells, c)
            name, shown = (
                QTableWidgetItem(header),
                QTableWidgetItem("" if value is None else str(value)),
            )
            if header == problem.column:
                name.setBackground(QBrush(WARNING_BACKGROUND))
                shown.setBackground(QBrush(WARNING_BACKGROUND))
                self.detail.setCurrentCell(c, 1)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            shown.setToolTip(self.tr("Doble clic para corregir esta celda"))
            self.detail.setItem(c, 0, name)
            self.detail.setItem(c, 1, shown)
        self.detail.blockSignals(False)

    def _show_side_by_side(self, row: Any, kind: str) -> None:
        ours: Record | None = row.current
        theirs: Record | None = row.record
        self._shown_row = None
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.clear()
        self.detail.setColumnCount(3)
        self.detail.setHorizontalHeaderLabels(
            [self.tr("Campo"), self.tr("En el catálogo"), self.tr("En el archivo")]
        )
        if ours is None or theirs is None:
            self.detail.setRowCount(0)
            return
        before, after = ours.model_dump(mode="json"), theirs.model_dump(mode="json")
        names = list(row.changed)
        if kind == "duplicate":
            names = [n for n in ("title", "countries", "axes", "year", "summary") if n in after]
        self.detail_title.setText(f"{ours.code} — {ours.title}")
        choices = dict(ex.field_choices(theirs.kind, self.owner.lang))
        self.detail.setRowCount(len(names))
        for r, name in enumerate(names):
            self.detail.setItem(r, 0, QTableWidgetItem(choices.get(name, name)))
            self.detail.setItem(r, 1, QTableWidgetItem(_plain(before.get(name))))
            self.detail.setItem(r, 2, QTableWidgetItem(_plain(after.get(name))))


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Confirmar"))
        self.setSubTitle(self.tr("Hasta aquí no se ha escrito nada en el catálogo."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addWidget(wizard.progress_bar(self))
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Importar"))

    def initializePage(self) -> None:  # noqa: N802
        plan = self.owner.plan
        if plan is None:
            return
        facts = self.owner.facts or PlanFacts.of(plan)
        preview = self.owner.preview
        if preview is None:  # reached without the check page's answer (a test's shortcut)
            preview = self.owner.report_page.preview_now()
        self.error.clear()
        new = facts.new_institutions
        rows = sum(facts.counts[key] for key in _OUTCOME_COUNTS)
        skipped = rows - preview.created - preview.updated - facts.unchanged
        self.text.setText(
            self.tr(
                "Registros nuevos: {created}\n"
                "Registros actualizados: {updated}\n"
                "Sin cambios: {unchanged}\n"
                "Filas que no se importarán (rechazadas, conflictos omitidos o duplicados): "
                "{skipped}\n\n"
                "Antes de escribir se hará una copia de seguridad del catálogo; la importación "
                "se podrá deshacer desde la pantalla siguiente."
            ).format(
                created=preview.created,
                updated=preview.updated,
                unchanged=facts.unchanged,
                skipped=skipped,
            )
        )
        extra: list[str] = []
        if new:
            names = ", ".join(n.record.title for n in new)
            extra.append(
                self.tr("%n instituciones nuevas: {names}.", "", len(new)).format(names=names)
            )
        if facts.mapped:
            extra.append(self.tr("Valores asignados sin preguntar: %n.", "", facts.mapped))
        waiting = preview.waiting
        if waiting:
            extra.append(
                self.tr("Registros por clasificar (sin ejes o sin países): %n.", "", waiting)
            )
        self.details.setText("\n".join(extra))

    def validatePage(self) -> bool:  # noqa: N802
        plan = self.owner.plan
        assert plan is not None
        report = self.owner.report_page
        skip_invalid, decisions = report.skip_invalid.isChecked(), dict(report.decisions)

        progressed, cancelled = self.owner.progressed, self.owner.cancelled

        def write(catalogue: Catalogue) -> tuple[ex.ImportResult, dict[str, int]]:
            done = ex.apply_import(
                catalogue,
                plan,
                on_conflict=ex.OnConflict.SKIP,
                skip_invalid=skip_invalid,
                decisions=decisions,
                progress=progressed,
                cancelled=cancelled,
            )
            return done, done.counts()

        return self.owner.run_step(self, write, self._written, self.error.setText)

    def _written(self, written: tuple[ex.ImportResult, dict[str, int]]) -> bool:
        result, self.owner.result_counts = written
        self.owner.result = result
        self.owner.remember_choices()
        self.owner.imported.emit(result)
        return True


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importación terminada"))
        self.setSubTitle(self.tr("Los registros ya están en el catálogo."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("Deshacer esta importación"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_message = QLabel()
        self.undo_message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.undo_message)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        result = self.owner.result
        if result is None:
            return
        counts = self.owner.result_counts or result.counts()
        text = self.tr(
            "Nuevos: {created} · actualizados: {updated} · sin cambios: {unchanged} · "
            "conflictos: {conflicts} · posibles duplicados: {duplicates} · "
            "filas rechazadas: {refused}"
        ).format(**counts)
        new = result.plan.institutions_to_create() if result.written else []
        if new:
            names = ", ".join(n.record.title for n in new)
            text += "\n" + self.tr(
                "De ellos, %n instituciones nuevas: {names}.", "", len(new)
            ).format(names=names)
        if result.written:
            text += "\n\n" + self.tr("Copia de seguridad previa: {path}").format(path=result.backup)
        self.text.setText(text)
        self.undo_button.setEnabled(result.written)
        self.undo_message.clear()

    def undo(self) -> None:
        self.owner.run_step(
            self, ex.undo_last_import, self._undone, self.undo_message.setText, advance=False
        )

    def _undone(self, change: Change) -> bool:
        self.undo_button.setEnabled(False)
        self.undo_message.setText(
            self.tr("Importación deshecha: %n registros retirados.", "", len(change.before))
        )
        self.owner.undone.emit(change)
        return False


# Every row has one of these outcomes: their counts add up to the rows of the files.
_OUTCOME_COUNTS = (
    "created",
    "updated",
    "unchanged",
    "conflicts",
    "duplicates",
    "refused",
    "skipped",
)


def _preview(plan: ex.ImportPlan, decisions: dict[int, str]) -> WritePreview:
    if plan.summary is not None:
        # A long file's plan keeps counts, not its records: conflicts are skipped and
        # duplicates left out there (the rows listed can be looked at, not decided).
        counts = plan.counts()
        return WritePreview(counts["created"], counts["updated"], 0)
    write = plan.to_write(ex.OnConflict.SKIP, "skip", decisions)
    made = {new.record.id for new in plan.institutions_to_create()}
    created = [record for record in write.created if record.id not in made]
    waiting = sum(1 for record in created if is_unclassified(record))
    return WritePreview(len(created), len(write.updated), waiting)


def _kind_labels(widget: QWidget) -> dict[Kind, str]:
    """Kinds as the wizard names them (one translation context, whatever page asks)."""
    return {
        Kind.PRACTICE: QCoreApplication.translate("ImportWizard", "Buenas prácticas"),
        Kind.EXCHANGE: QCoreApplication.translate("ImportWizard", "Intercambios"),
        Kind.TOOLBOX: QCoreApplication.translate("ImportWizard", "Caja de herramientas"),
        Kind.INSTITUTION: QCoreApplication.translate("ImportWizard", "Instituciones"),
    }


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in ("", None))
    return str(value)
