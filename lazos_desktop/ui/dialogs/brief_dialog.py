"""«Generar informe»: choose a brief, see it inside the window, save it or open it.

The catalogue is read on the UI thread (its SQLite connection belongs to it); laying out
the pages, the slow part for big briefs, runs in a worker thread. No modal box is ever
shown: errors appear in the dialog, and the save and open actions go through attributes
(`ask_save_path`, `open_url`) that tests replace.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.services import Catalogue, CatalogueError, RecordQuery
from lazos_desktop.services import briefs as briefs_service
from lazos_desktop.services.briefs import BriefInput, BriefRequest, BriefRequestInvalid
from lazos_desktop.ui.dialogs.exchange_tables import date_picker, picked
from lazos_desktop.ui.failures import failure_text
from lazos_desktop.ui.i18n import current_language
from lazos_desktop.ui.screen_fit import fit_size

SCOPE_SELECTED = "selected"
SCOPE_FILTER = "filter"
SCOPE_COUNTRY = "country"
SCOPE_AXIS = "axis"
SCOPE_RELATED = "related"  # the selected records and everything related to them

# Scopes each template can use; the first is the one it starts with.
TEMPLATE_SCOPES: dict[str, tuple[str, ...]] = {
    "record": (SCOPE_SELECTED,),
    "country": (SCOPE_COUNTRY,),
    "theme": (SCOPE_AXIS,),
    "pack": (SCOPE_RELATED, SCOPE_SELECTED, SCOPE_FILTER, SCOPE_COUNTRY, SCOPE_AXIS),
    "catalogue": (SCOPE_FILTER, SCOPE_COUNTRY, SCOPE_AXIS, SCOPE_SELECTED),
}


class _RenderSignals(QObject):
    done = Signal(str, int)
    failed = Signal(str)


class _RenderJob(QRunnable):
    """Lays out a prepared brief into a file, off the UI thread."""

    def __init__(self, data: BriefInput, target: Path) -> None:
        super().__init__()
        self.data = data
        self.target = target
        self.signals = _RenderSignals()
        self.setAutoDelete(False)  # the dialog holds the job until its signal arrives

    def run(self) -> None:
        try:
            result = briefs_service.write_brief(self.data, self.target)
        except Exception as error:  # noqa: BLE001 - shown to the officer, never swallowed
            self.signals.failed.emit(failure_text(error, current_language()))
            return
        self.signals.done.emit(str(result.path), result.pages)


class BriefDialog(QDialog):
    """Template, scope, language and paper; a preview with page navigation; save and open."""

    preview_ready = Signal(str)
    preview_failed = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        selected_ids: Sequence[str] = (),
        query: RecordQuery | None = None,
        parent: QWidget | None = None,
        paper_size: str = "a4",
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.paper_size = paper_size
        self.selected_ids = tuple(selected_ids)
        self.query = query
        self.preview_path: Path | None = None
        self._previewed: BriefRequest | None = None  # what the preview shows
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.ask_word_path: Callable[[str], str] = self._ask_word_path
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._folder = tempfile.TemporaryDirectory(prefix="lazos-informe-")
        self._renders = 0
        self._job: _RenderJob | None = None
        self.setWindowTitle(self.tr("Generar informe"))
        fit_size(self, 1000, 760)
        self._build()
        self._template_changed()

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.template_box = QComboBox()
        for code, text in (
            ("record", self.tr("Ficha de registro")),
            ("country", self.tr("Ficha de país")),
            ("theme", self.tr("Ficha temática (un eje)")),
            ("pack", self.tr("Dossier de reunión")),
            ("catalogue", self.tr("Catálogo")),
        ):
            self.template_box.addItem(text, code)
        self.scope_box = QComboBox()
        self._scope_texts = {
            SCOPE_SELECTED: self.tr("Registros seleccionados ({count})").format(
                count=len(self.selected_ids)
            ),
            SCOPE_FILTER: self.tr("Filtro actual") if self.query else self.tr("Todo el catálogo"),
            SCOPE_COUNTRY: self.tr("Un país"),
            SCOPE_AXIS: self.tr("Un eje"),
            SCOPE_RELATED: self.tr("Seleccionados y todo lo relacionado ({count})").format(
                count=len(self.selected_ids)
            ),
        }
        # Filled per template later: made wide enough now for its longest choice, so the
        # pane of choices is measured with room for it.
        self.scope_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_box.setMinimumContentsLength(max(map(len, self._scope_texts.values())))
        choices = briefs_service.brief_choices(self.catalogue, self._ui_language())
        self.country_box = QComboBox()
        for code, name in choices.countries:
            self.country_box.addItem(name, code)
        self.axis_box = QComboBox()
        for code, name in choices.axes:
            self.axis_box.addItem(name, code)
        self.language_box = QComboBox()
        for code, name in (("es", "Español"), ("en", "English"), ("pt", "Português")):
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._ui_language())))
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("Carta (Letter)"), "letter")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(self.paper_size)))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Por defecto, el de la plantilla"))
        self.meeting_edit = QLineEdit()
        self.meeting_edit.setPlaceholderText(self.tr("Nombre de la reunión (portada del dossier)"))
        self.meeting_date_edit = date_picker(None, self._ui_language())
        self.meeting_date_edit.setObjectName("meetingDate")
        self.place_edit = QLineEdit()
        self.participants_edit = QPlainTextEdit()
        self.participants_edit.setPlaceholderText(self.tr("Una persona o institución por línea"))
        self.agenda_edit = QPlainTextEdit()
        self.agenda_edit.setPlaceholderText(self.tr("Un punto del orden del día por línea"))
        for box in (self.participants_edit, self.agenda_edit):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.contacts_box = QCheckBox(self.tr("Incluir datos de contacto"))
        self.contacts_box.setObjectName("withContacts")
        self.contacts_box.setToolTip(
            self.tr("Los puntos focales son datos personales: solo se imprimen si lo marca.")
        )

        form = QFormLayout()
        form.addRow(self.tr("Plantilla"), self.template_box)
        form.addRow(self.tr("Alcance"), self.scope_box)
        form.addRow(self.tr("País"), self.country_box)
        form.addRow(self.tr("Eje"), self.axis_box)
        form.addRow(self.tr("Idioma"), self.language_box)
        form.addRow(self.tr("Papel"), self.paper_box)
        form.addRow(self.tr("Título"), self.title_edit)
        form.addRow(self.tr("Reunión"), self.meeting_edit)
        form.addRow(self.tr("Fecha de la reunión"), self.meeting_date_edit)
        form.addRow(self.tr("Lugar"), self.place_edit)
        form.addRow(self.tr("Participantes"), self.participants_edit)
        form.addRow(self.tr("Orden del día"), self.agenda_edit)
        form.addRow(self.tr("Contactos"), self.contacts_box)

        self.preview_button = QPushButton(self.tr("&Vista previa"))
        self.preview_button.setDefault(True)
        self.preview_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.preview_button.setToolTip(self.tr("Vista previa (Ctrl+Intro)"))
        self.save_button = QPushButton(self.tr("&Guardar como…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Guardar el PDF (Ctrl+S), con o sin vista previa"))
        self.word_button = QPushButton(self.tr("Guardar como &Word…"))
        self.word_button.setObjectName("saveWord")
        self.open_button = QPushButton(self.tr("&Abrir en el visor del sistema"))
        self.close_button = QPushButton(self.tr("&Cerrar"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.preview_button)
        side.addWidget(self.status_label)
        side.addStretch(1)
        side.addWidget(self.save_button)
        side.addWidget(self.word_button)
        side.addWidget(self.open_button)
        side.addWidget(self.close_button)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Vista previa del informe"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.previous_button = QPushButton(self.tr("◀ Anterior"))
        self.next_button = QPushButton(self.tr("Siguiente ▶"))
        self.page_label = QLabel()
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addStretch(1)
        navigation.addWidget(self.page_label)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)
        preview = QVBoxLayout()
        preview.addWidget(self.view, 1)
        preview.addLayout(navigation)

        layout = QHBoxLayout(self)
        layout.addWidget(self._scrolling(side), 0)
        layout.addLayout(preview, 1)

        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.scope_box.currentIndexChanged.connect(self._scope_changed)
        self.preview_button.clicked.connect(self.render_preview)
        self.save_button.clicked.connect(self.save_as)
        self.word_button.clicked.connect(self.save_as_word)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.close_button.clicked.connect(self.reject)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(self._update_navigation)
        self._update_navigation()

    def _scrolling(self, side: QVBoxLayout) -> QScrollArea:
        """The choices in a pane that scrolls up and down on a short screen (1280×720 at
        125 %) instead of pushing the dialog off it."""
        host = QWidget()
        host.setLayout(side)
        pane = QScrollArea()
        pane.setWidget(host)
        pane.setWidgetResizable(True)
        pane.setFrameShape(QFrame.Shape.NoFrame)
        pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = pane.verticalScrollBar().sizeHint().width()
        pane.setMinimumWidth(host.minimumSizeHint().width() + bar)
        return pane

    # Choices -----------------------------------------------------------------------------

    def set_template(self, template: str) -> None:
        self.template_box.setCurrentIndex(self.template_box.findData(template))

    def set_scope(self, scope: str) -> None:
        self.scope_box.setCurrentIndex(self.scope_box.findData(scope))

    def set_language(self, lang: str) -> None:
        self.language_box.setCurrentIndex(self.language_box.findData(lang))

    def request(self) -> BriefRequest:
        """The brief the dialog's choices describe."""
        template = self.template_box.currentData()
        scope = self.scope_box.currentData()
        country = self.country_box.currentData() if scope == SCOPE_COUNTRY else None
        axis = self.axis_box.currentData() if scope == SCOPE_AXIS else None
        meeting_fields = template == "pack"
        return BriefRequest(
            template=template,
            ids=self.selected_ids if scope in (SCOPE_SELECTED, SCOPE_RELATED) else (),
            country=country,
            axis=axis,
            query=self.query if scope == SCOPE_FILTER else None,
            lang=self.language_box.currentData(),
            paper=self.paper_box.currentData(),
            officer=self.catalogue.officer,
            title=self.title_edit.text().strip(),
            meeting=self.meeting_edit.text().strip(),
            meeting_date=self.meeting_date() if meeting_fields else None,
            place=self.place_edit.text().strip() if meeting_fields else "",
            participants=self.participants_edit.toPlainText() if meeting_fields else "",
            agenda=self.agenda_edit.toPlainText() if meeting_fields else "",
            with_related=scope == SCOPE_RELATED,
            with_contacts=self.contacts_box.isChecked(),
        )

    def meeting_date(self) -> dt.date | None:
        """The day picked, or None while the picker shows "—"."""
        day = picked(self.meeting_date_edit)
        return dt.date.fromisoformat(day) if day else None

    @Slot()
    def _template_changed(self) -> None:
        template = self.template_box.currentData()
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        for scope in TEMPLATE_SCOPES[template]:
            self.scope_box.addItem(self._scope_texts[scope], scope)
        self.scope_box.blockSignals(False)
        self.scope_box.setEnabled(self.scope_box.count() > 1)
        for widget in (
            self.meeting_edit,
            self.meeting_date_edit,
            self.place_edit,
            self.participants_edit,
            self.agenda_edit,
        ):
            widget.setEnabled(template == "pack")
        self._scope_changed()

    @Slot()
    def _scope_changed(self) -> None:
        scope = self.scope_box.currentData()
        self.country_box.setEnabled(scope == SCOPE_COUNTRY)
        self.axis_box.setEnabled(scope == SCOPE_AXIS)

    # Preview -----------------------------------------------------------------------------

    @Slot()
    def render_preview(self) -> None:
        """Read the brief's data now, lay it out in a worker, show it when it is ready."""
        if self._job is not None:
            return
        request = self.request()
        try:
            data = briefs_service.prepare_brief(self.catalogue, request)
        except BriefRequestInvalid as error:
            self._fail(self._request_message(error))
            return
        except CatalogueError as error:
            self._fail(failure_text(error, self._ui_language()))
            return
        self._previewed = request
        self._renders += 1
        target = Path(self._folder.name) / f"vista-previa-{self._renders}.pdf"
        self._job = _RenderJob(data, target)
        self._job.signals.done.connect(self._preview_done)
        self._job.signals.failed.connect(self._render_failed)
        self.preview_button.setEnabled(False)
        self.status_label.setText(self.tr("Generando el informe…"))
        QThreadPool.globalInstance().start(self._job)

    @Slot(str, int)
    def _preview_done(self, path: str, pages: int) -> None:
        self._job = None
        self.preview_button.setEnabled(True)
        self.document.load(path)
        self.preview_path = Path(path)
        self.go_to_page(0)
        self.status_label.setText(self.tr("Informe listo: {pages} páginas.").format(pages=pages))
        self._update_navigation()
        self.preview_ready.emit(path)

    @Slot(str)
    def _render_failed(self, message: str) -> None:
        self._job = None
        self.preview_button.setEnabled(True)
        self._fail(self.tr("No se pudo generar el informe: {detail}").format(detail=message))

    def _fail(self, message: str) -> None:
        self.status_label.setText(message)
        self._update_navigation()
        self.preview_failed.emit(message)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if self.document.pageCount() == 0:
            return
        page = max(0, min(page, self.document.pageCount() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, navigator.currentLocation(), navigator.currentZoom())
        self._update_navigation()

    @Slot()
    def _update_navigation(self) -> None:
        pages = self.document.pageCount()
        current = self.current_page() if pages else -1
        self.previous_button.setEnabled(pages > 0 and current > 0)
        self.next_button.setEnabled(pages > 0 and current < pages - 1)
        self.page_label.setText(
            self.tr("Página {page} de {pages}").format(page=current + 1, pages=pages)
            if pages
            else ""
        )
        self.open_button.setEnabled(self.preview_path is not None)

    # Saving and opening ------------------------------------------------------------------

    @Slot()
    def save_as(self) -> None:
        """Save the brief previewed, or, with no preview yet, the brief the choices describe."""
        chosen = self.ask_save_path(self._suggested_name())
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(target.suffix + ".pdf")
        try:
            if self.preview_path is not None and self._previewed == self.request():
                briefs_service.save_copy(self.preview_path, target)
            else:
                data = briefs_service.prepare_brief(self.catalogue, self.request())
                briefs_service.write_brief(data, target)
        except BriefRequestInvalid as error:
            self.status_label.setText(self._request_message(error))
            return
        except OSError as error:
            self.status_label.setText(
                self.tr("No se pudo guardar {path}: {detail}").format(
                    path=str(target), detail=error.strerror or str(error)
                )
            )
            return
        except Exception as error:  # noqa: BLE001 - said in the window's language
            self.status_label.setText(failure_text(error, self._ui_language()))
            return
        self.status_label.setText(self.tr("Guardado en {path}").format(path=str(target)))

    @Slot()
    def open_in_viewer(self) -> None:
        if self.preview_path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.preview_path)))

    @Slot()
    def save_as_word(self) -> Path | None:
        """An editable Word copy of the brief the choices describe (same sections)."""
        suggested = str(Path(self._suggested_name()).with_suffix(".docx"))
        chosen = self.ask_word_path(suggested)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".docx":
            target = target.with_suffix(target.suffix + ".docx")
        try:
            data = briefs_service.prepare_brief(self.catalogue, self.request())
            briefs_service.write_brief(data, target)
        except BriefRequestInvalid as error:
            self.status_label.setText(self._request_message(error))
            return None
        except Exception as error:  # noqa: BLE001 - a full disk, a read-only folder
            self.status_label.setText(failure_text(error, self._ui_language()))
            return None
        self.status_label.setText(self.tr("Guardado en {path}").format(path=str(target)))
        return target

    def _ask_word_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar como Word"), suggested, self.tr("Documentos Word (*.docx)")
        )
        return path

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar informe"), suggested, self.tr("Documentos PDF (*.pdf)")
        )
        return path

    def _suggested_name(self) -> str:
        names = {
            "record": self.tr("ficha-registro"),
            "country": self.tr("ficha-pais"),
            "theme": self.tr("ficha-tematica"),
            "pack": self.tr("dossier-reunion"),
            "catalogue": self.tr("catalogo"),
        }
        return str(Path.home() / f"{names[self.template_box.currentData()]}.pdf")

    def _request_message(self, error: BriefRequestInvalid) -> str:
        if error.key == "needs_id" or (
            error.key == "nothing_selected"
            and self.scope_box.currentData() in (SCOPE_SELECTED, SCOPE_RELATED)
        ):
            return self.tr(
                "Seleccione uno o más registros en la tabla antes de generar esta ficha."
            )
        return error.message(self._ui_language())

    def _ui_language(self) -> str:
        return current_language()

    def done(self, result: int) -> None:
        if self._job is not None:
            QThreadPool.globalInstance().waitForDone()
        self.document.close()
        self.preview_path = None
        self._folder.cleanup()
        self._folder = tempfile.TemporaryDirectory(prefix="lazos-informe-")
        self._update_navigation()
        super().done(result)
