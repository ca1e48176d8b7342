"""The settings dialog: who is working, in which language, on which paper, on which file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.ui.settings import (
    LANGUAGE,
    OFFICER_NAME,
    PAPER_SIZE,
    RECENT_FILES,
    Settings,
)

# Each language is named in itself, so an officer can find hers whatever is showing.
LANGUAGE_NAMES = {"es": "Español", "en": "English", "pt": "Português"}

AskPath = Callable[[QWidget], Path | None]


@dataclass(frozen=True)
class SettingsChoice:
    officer: str
    language: str
    paper_size: str
    catalogue: Path | None
    create_catalogue: bool


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        current_catalogue: Path,
        ask_open: AskPath,
        ask_create: AskPath,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Preferencias"))
        self._ask_open = ask_open
        self._ask_create = ask_create
        self._catalogue: Path | None = None
        self._create = False

        self.officer = QLineEdit(settings.get(OFFICER_NAME))
        self.officer.setObjectName("officerName")
        self.officer.setAccessibleName(self.tr("Nombre del oficial"))
        self.officer.setPlaceholderText(self.tr("Se registra como autor de cada cambio"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(self.tr("Idioma"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.get(LANGUAGE)))
        self.paper = QComboBox()
        self.paper.setObjectName("paperSize")
        self.paper.setAccessibleName(self.tr("Tamaño de papel"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Carta (Letter)"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(settings.get(PAPER_SIZE)))

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self._caption(self.tr("Nombre del oficial"), self.officer), self.officer)
        form.addRow(self._caption(self.tr("Idioma"), self.language), self.language)
        form.addRow(self._caption(self.tr("Tamaño de papel"), self.paper), self.paper)

        files = QGroupBox(self.tr("Archivo del catálogo"))
        self.current = QLabel(str(current_catalogue))
        self.current.setObjectName("currentCatalogue")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_file = QLabel()
        self.next_file.setWordWrap(True)
        open_button = QPushButton(self.tr("Abrir otro…"))
        open_button.clicked.connect(self._choose_open)
        create_button = QPushButton(self.tr("Crear uno nuevo…"))
        create_button.clicked.connect(self._choose_create)
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Catálogos recientes"))
        self.recent.setMaximumHeight(110)
        for path in settings.get(RECENT_FILES):
            if path != str(current_catalogue):
                item = QListWidgetItem(path)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.recent.addItem(item)
        self.recent.itemActivated.connect(self._choose_recent)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(open_button)
        buttons_row.addWidget(create_button)
        buttons_row.addStretch(1)
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(QLabel(self.tr("En uso:")))
        files_layout.addWidget(self.current)
        files_layout.addLayout(buttons_row)
        recent_caption = QLabel(self.tr("Recientes (Intro para elegir):"))
        recent_caption.setBuddy(self.recent)
        files_layout.addWidget(recent_caption)
        files_layout.addWidget(self.recent)
        files_layout.addWidget(self.next_file)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aceptar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(files)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def choice(self) -> SettingsChoice:
        return SettingsChoice(
            officer=self.officer.text().strip(),
            language=str(self.language.currentData()),
            paper_size=str(self.paper.currentData()),
            catalogue=self._catalogue,
            create_catalogue=self._create,
        )

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _choose_open(self) -> None:
        self._set_next(self._ask_open(self), create=False)

    def _choose_create(self) -> None:
        self._set_next(self._ask_create(self), create=True)

    def _choose_recent(self, item: QListWidgetItem) -> None:
        self._set_next(Path(item.data(Qt.ItemDataRole.UserRole)), create=False)

    def _set_next(self, path: Path | None, create: bool) -> None:
        if path is None:
            return
        self._catalogue = path
        self._create = create
        template = (
            self.tr("Se creará al aceptar: {path}")
            if create
            else self.tr("Se abrirá al aceptar: {path}")
        )
        self.next_file.setText(template.format(path=path))
