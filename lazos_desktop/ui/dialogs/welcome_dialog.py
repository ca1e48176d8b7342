"""The welcome screen of the first run: who is working, in which language, and whether the
catalogue starts from the sourced regional records or empty.

It speaks Spanish first; choosing another language re-translates it at once (and the window
that follows). Everything works from the keyboard: the name field has the focus, Tab walks
name → language → the two starts → Empezar → Salir, Enter starts, Esc leaves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.ui.dialogs.settings_dialog import LANGUAGE_NAMES
from lazos_desktop.ui.i18n import install_language
from lazos_desktop.ui.settings import LANGUAGES


@dataclass(frozen=True)
class WelcomeChoice:
    officer: str
    language: str
    seeded: bool


class WelcomeDialog(QDialog):
    """Asks once what the program needs before the window opens; `choice()` after accept."""

    def __init__(
        self,
        catalogue_path: Path,
        catalogue_exists: bool,
        seed_counts: dict[str, int],
        language: str = "es",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self._path = catalogue_path
        self._exists = catalogue_exists
        self._counts = seed_counts
        self._language = language if language in LANGUAGES else "es"

        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.officer = QLineEdit()
        self.officer.setObjectName("welcomeOfficer")
        self.officer.setMaxLength(120)
        self.officer.textChanged.connect(lambda _: self.problem.hide())
        self.officer_note = QLabel()
        self.officer_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("welcomeProblem")
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.hide()
        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(self._language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.officer_caption = QLabel()
        self.officer_caption.setBuddy(self.officer)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language)
        who = QGroupBox()
        self.who = who
        form = QFormLayout(who)
        officer_column = QVBoxLayout()
        officer_column.addWidget(self.officer)
        officer_column.addWidget(self.problem)
        officer_column.addWidget(self.officer_note)
        form.addRow(self.officer_caption, officer_column)
        form.addRow(self.language_caption, self.language)

        self.where = QGroupBox()
        self.path_caption = QLabel()
        self.path_label = QLabel(str(catalogue_path))
        self.path_label.setObjectName("welcomeCataloguePath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setStyleSheet("font-family: monospace;")
        self.seeded = QRadioButton()
        self.seeded.setObjectName("welcomeSeeded")
        self.empty = QRadioButton()
        self.empty.setObjectName("welcomeEmpty")
        self.starts = QButtonGroup(self)
        self.starts.addButton(self.seeded)
        self.starts.addButton(self.empty)
        self.seeded.setChecked(True)
        self.seeded.setEnabled(not catalogue_exists)
        self.empty.setEnabled(not catalogue_exists)
        self.seeded_note = self._note()
        self.empty_note = self._note()
        self.later = QLabel()
        self.later.setWordWrap(True)
        where_layout = QVBoxLayout(self.where)
        where_layout.addWidget(self.path_caption)
        where_layout.addWidget(self.path_label)
        where_layout.addSpacing(6)
        where_layout.addWidget(self.seeded)
        where_layout.addWidget(self.seeded_note)
        where_layout.addWidget(self.empty)
        where_layout.addWidget(self.empty_note)
        where_layout.addSpacing(6)
        where_layout.addWidget(self.later)

        self.start_button = QPushButton()
        self.start_button.setObjectName("welcomeStart")
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.accept)
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("welcomeLeave")
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(who)
        layout.addWidget(self.where)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for first, second in (
            (self.officer, self.language),
            (self.language, self.seeded),
            (self.seeded, self.empty),
            (self.empty, self.start_button),
            (self.start_button, self.leave_button),
        ):
            QWidget.setTabOrder(first, second)
        self.officer.setFocus(Qt.FocusReason.OtherFocusReason)
        self._retranslate()
        self.resize(640, 470)

    def choice(self) -> WelcomeChoice:
        return WelcomeChoice(
            officer=self.officer.text().strip(),
            language=str(self.language.currentData()),
            seeded=self.seeded.isChecked(),
        )

    def accept(self) -> None:
        """Start only with a name: it is written as the author of every change."""
        if not self.officer.text().strip():
            self.problem.setText(self.tr("Escriba su nombre para empezar."))
            self.problem.show()
            self.officer.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _note(self) -> QLabel:
        """A line under a choice, indented to its text, in the palette's quieter colour."""
        note = QLabel()
        note.setWordWrap(True)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        note.setIndent(indicator + 8)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return note

    def _language_chosen(self, index: int) -> None:
        code = str(self.language.itemData(index))
        if code != self._language:
            self._language = code
            install_language(code)
            self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bienvenida — LAZOS Desktop"))
        self.heading.setText(self.tr("Le damos la bienvenida a LAZOS Desktop"))
        self.intro.setText(
            self.tr(
                "LAZOS Desktop guarda en esta computadora, sin necesidad de internet, el catálogo "
                "regional de buenas prácticas, intercambios entre instituciones y herramientas "
                "para gobiernos locales. Antes de empezar, díganos quién es."
            )
        )
        self.who.setTitle(self.tr("Quién trabaja"))
        self.officer_caption.setText(self.tr("&Nombre:"))
        self.officer.setAccessibleName(self.tr("Nombre de la persona oficial"))
        self.officer.setPlaceholderText(self.tr("Nombre y apellido"))
        self.officer_note.setText(
            self.tr("Queda registrado como autor de cada cambio que haga en el catálogo.")
        )
        self.language_caption.setText(self.tr("&Idioma:"))
        self.language.setAccessibleName(self.tr("Idioma del programa"))
        self.where.setTitle(self.tr("El catálogo"))
        self.path_caption.setText(self.tr("El catálogo se guarda en este archivo:"))
        self.path_label.setAccessibleName(self.tr("Archivo del catálogo"))
        counts = self._counts
        self.seeded.setText(self.tr("Empezar con el catálogo &regional con fuentes"))
        self.seeded_note.setText(
            self.tr(
                "{practices} buenas prácticas, {exchanges} intercambios, {toolbox} herramientas "
                "y {institutions} instituciones, cada registro con su fuente publicada."
            ).format(
                practices=counts.get("practice", 0),
                exchanges=counts.get("exchange", 0),
                toolbox=counts.get("toolbox", 0),
                institutions=counts.get("institution", 0),
            )
        )
        self.seeded.setAccessibleDescription(self.seeded_note.text())
        self.empty.setText(self.tr("Empezar con un catálogo &vacío"))
        self.empty_note.setText(
            self.tr("Sin registros; solo las listas de ejes, estados y tipos de institución.")
        )
        self.empty.setAccessibleDescription(self.empty_note.text())
        if self._exists:
            self.later.setText(
                self.tr("Ese archivo ya existe: se abrirá tal como está, sin cambiar nada.")
            )
        else:
            self.later.setText(
                self.tr(
                    "Podrá importar registros de otros colegas (Archivo → Importar) y elegir "
                    "otro archivo más tarde (Herramientas → Preferencias)."
                )
            )
        self.start_button.setText(self.tr("&Empezar"))
        self.start_button.setAccessibleName(self.tr("Empezar a usar LAZOS Desktop"))
        self.leave_button.setText(self.tr("&Salir"))
        self.leave_button.setAccessibleName(self.tr("Salir sin guardar nada"))
        if self.problem.isVisible():
            self.problem.setText(self.tr("Escriba su nombre para empezar."))
