"""About LAZOS Desktop: its version, the catalogue in use, and every library and font it
carries with its version and licence (read at run time, so a build shows what it bundles)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from lazos_desktop import paths
from lazos_desktop.services import components
from lazos_desktop.services.components import Component
from lazos_desktop.ui.screen_fit import fit_size


class AboutDialog(QDialog):
    def __init__(self, catalogue_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Acerca de LAZOS Desktop"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("aboutText")
        self.browser.setAccessibleName(self.tr("Acerca de LAZOS Desktop"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.about_html(catalogue_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_size(self, 640, 620)

    def about_html(self, catalogue_path: Path) -> str:
        version = components.app_version()
        qt = Component("Qt", qVersion(), "LGPL-3.0-only")
        pyside = Component("PySide6", pyside_version, "LGPL-3.0-only")
        libraries = [
            item
            for item in components.libraries()
            if item.name.lower() not in {"pyside6_essentials", "pyside6-essentials"}
        ]
        parts = [
            f"<h2>LAZOS Desktop {html.escape(version)}</h2>",
            "<p>"
            + self.tr(
                "Catálogo sin conexión de cooperación Sur-Sur y triangular para la integración "
                "laboral de personas refugiadas y migrantes en América Latina y el Caribe."
            )
            + "</p>",
            "<p>"
            + self.tr("Licencia del programa: MIT. Catálogo en uso: {path}").format(
                path=html.escape(str(catalogue_path))
            )
            + "</p>",
            "<p>"
            + self.tr(
                "El programa funciona sin conexión: no se conecta a internet en ningún momento."
            )
            + "</p>",
            "<h3>" + self.tr("Tipografías incluidas en los informes PDF") + "</h3>",
            self._table(components.fonts()),
            "<p>"
            + self.tr("Texto completo de la licencia: {path}").format(
                path=html.escape(str(paths.resources_folder() / "fonts" / "LICENSE-DejaVu.txt"))
            )
            + "</p>",
            "<h3>" + self.tr("Bibliotecas") + "</h3>",
            self._table([qt, pyside, *libraries, *components.runtime()]),
            "<p>"
            + self.tr(
                "Qt y PySide6 se usan bajo la licencia LGPL-3.0: pueden sustituirse por otra "
                "versión reemplazando sus bibliotecas en la carpeta del programa."
            )
            + "</p>",
        ]
        return "".join(parts)

    def _table(self, items: list[Component]) -> str:
        titles = (self.tr("Nombre"), self.tr("Versión"), self.tr("Licencia"))
        head = "<tr>" + "".join(f"<th align='left'>{title}</th>" for title in titles) + "</tr>"
        rows = "".join(
            f"<tr><td>{html.escape(item.name)}</td><td>{html.escape(item.version)}</td>"
            f"<td>{html.escape(item.licence)}</td></tr>"
            for item in items
        )
        return f"<table cellpadding='3' cellspacing='0'>{head}{rows}</table>"
