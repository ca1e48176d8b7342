"""The form for one record of any kind, with each problem shown beside its field.

The form writes nothing: it builds the record from what the officer typed, checks it with
`Catalogue.parse` (types and vocabularies) and hands it back; the window writes it through
the services and pushes the undo command.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lazos_desktop.domain.countries import country_from_text, country_name
from lazos_desktop.domain.messages import field_label
from lazos_desktop.domain.records import FINISHED_STATUSES, Kind, Record
from lazos_desktop.domain.validation import Problem
from lazos_desktop.domain.vocabularies import (
    AXIS,
    EXCHANGE_STATUS,
    INSTITUTION_TYPE,
    MODALITY,
    PLATFORM,
    POPULATION_GROUP,
    PRACTICE_STATUS,
    TERRITORIAL_LEVEL,
    TOOL_TYPE,
)
from lazos_desktop.services import Catalogue, RecordQuery
from lazos_desktop.ui.dialogs.activity_dialog import ActivitiesEditor
from lazos_desktop.ui.dialogs.contacts_editor import ContactsEditor
from lazos_desktop.ui.dialogs.exchange_tables import (
    MilestonesEditor,
    PartiesEditor,
    TasksEditor,
    date_picker,
    picked,
    set_picked,
)
from lazos_desktop.ui.kind_labels import kind_label
from lazos_desktop.ui.screen_fit import fit_size

NO_YEAR = 1949
TABLE_WIDGETS = {"parties", "milestones", "tasks", "contacts"}
ROW_WIDGETS = TABLE_WIDGETS | {"activities"}
VALIDATE_DELAY_MS = 250
# Fields a record of that kind cannot be saved without, marked "*" in the form; practices
# ask for countries and axes only once they are validated or published.
REQUIRED = {"title"}
REQUIRED_BY_KIND = {"exchange": {"parties"}}
REQUIRED_TO_FINISH = {"practice": {"countries", "axes"}}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    widget: str
    vocabulary: str = ""


FIELDS: dict[Kind, tuple[FieldSpec, ...]] = {
    Kind.PRACTICE: (
        FieldSpec("title", "line"),
        FieldSpec("status", "choice", PRACTICE_STATUS),
        FieldSpec("countries", "countries"),
        FieldSpec("axes", "choices", AXIS),
        FieldSpec("year", "year"),
        FieldSpec("institutions", "institutions"),
        FieldSpec("population_groups", "choices", POPULATION_GROUP),
        FieldSpec("gender_focus", "bool"),
        FieldSpec("summary", "text"),
        FieldSpec("description", "text"),
        FieldSpec("results", "text"),
        FieldSpec("lessons_learned", "text"),
        FieldSpec("replicability", "text"),
        FieldSpec("tags", "words"),
        FieldSpec("activities", "activities"),
        FieldSpec("source", "text"),
    ),
    Kind.EXCHANGE: (
        FieldSpec("title", "line"),
        FieldSpec("status", "choice", EXCHANGE_STATUS),
        FieldSpec("modality", "choice", MODALITY),
        FieldSpec("parties", "parties"),
        FieldSpec("axes", "choices", AXIS),
        FieldSpec("platforms", "choices", PLATFORM),
        FieldSpec("start_date", "date"),
        FieldSpec("end_date", "date"),
        FieldSpec("objectives", "text"),
        FieldSpec("agreements", "text"),
        FieldSpec("milestones", "milestones"),
        FieldSpec("tasks", "tasks"),
        FieldSpec("activities", "activities"),
        FieldSpec("contacts", "contacts"),
        FieldSpec("source", "text"),
    ),
    Kind.TOOLBOX: (
        FieldSpec("title", "line"),
        FieldSpec("status", "choice", PRACTICE_STATUS),
        FieldSpec("tool_type", "choice", TOOL_TYPE),
        FieldSpec("territorial_level", "choice", TERRITORIAL_LEVEL),
        FieldSpec("countries", "countries"),
        FieldSpec("axes", "choices", AXIS),
        FieldSpec("year", "year"),
        FieldSpec("audience", "text"),
        FieldSpec("summary", "text"),
        FieldSpec("how_to_use", "text"),
        FieldSpec("link", "line"),
        FieldSpec("source", "text"),
    ),
    Kind.INSTITUTION: (
        FieldSpec("title", "line"),
        FieldSpec("acronym", "line"),
        FieldSpec("country", "country"),
        FieldSpec("institution_type", "choice", INSTITUTION_TYPE),
        FieldSpec("website", "line"),
        FieldSpec("summary", "text"),
        FieldSpec("contacts", "contacts"),
        FieldSpec("source", "text"),
    ),
}


class ProblemLabel(QWidget):
    """A warning icon and the problem's text, under the field it is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.text.setText("\n".join(messages))
        self.setVisible(bool(messages))


class RecordEditor(QDialog):
    """Create or edit one record; `record()` gives the checked result after `accept`."""

    def __init__(
        self,
        catalogue: Catalogue,
        kind: Kind,
        record: Record | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordEditor")
        self.catalogue = catalogue
        self.kind = kind
        self.original = record
        self.lang = lang
        self.vocab = catalogue.vocabularies()
        self.inputs: dict[str, Any] = {}
        self.problem_labels: dict[str, ProblemLabel] = {}
        self.problems: list[Problem] = []
        self._result: Record | None = None
        self._touched: set[str] = set()  # edited, then left: its problems are shown
        self._editing: set[str] = set()  # edited and not yet left
        self.field_labels: dict[str, QLabel] = {}
        self._show_all = record is not None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.finished.connect(lambda _: self._timer.stop())

        if record is None:
            self.setWindowTitle(self.tr("Nuevo registro: {kind}").format(kind=kind_label(kind)))
        else:
            self.setWindowTitle(
                self.tr("Editar {code} — {title}").format(code=record.code, title=record.title)
            )
        self.general_problems = ProblemLabel()
        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in FIELDS[kind]:
            self._add_field(spec)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        scroll.setWidget(form_host)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        legend = QLabel(self.tr("* obligatorio"))
        legend.setObjectName("requiredLegend")
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_problems)
        layout.addWidget(scroll, 1)
        layout.addWidget(legend)
        layout.addWidget(self.buttons)
        fit_size(self, 720, 680)
        self._load(record)
        self._mark_required()
        if "status" in self.inputs and self.kind in REQUIRED_TO_FINISH:
            self.inputs["status"].currentIndexChanged.connect(lambda _: self._mark_required())
        first = self.inputs["title"]
        first.setFocus()

    # What the window asks --------------------------------------------------------------

    def record(self) -> Record | None:
        return self._result

    def data(self) -> dict[str, Any]:
        """The record as plain data: what it held, overlaid by what the form shows."""
        base = self.original.model_dump(mode="json") if self.original else {}
        for spec in FIELDS[self.kind]:
            base[spec.name] = self._read(spec)
        return base

    def check(self) -> list[Problem]:
        """Parse and validate; show each problem beside its field (touched ones until save)."""
        record, problems = self.catalogue.parse(self.kind, self.data())
        problems = self._date_problems() + [
            p for p in problems if not (p.key == "invalid_value" and self._is_date_field(p.field))
        ]
        self.problems = problems
        self._result = record if not problems else None
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            head = problem.field.split(".")[0]
            if not self._show_all and head not in self._touched:
                continue
            if head in self.problem_labels:
                by_field.setdefault(head, []).append(problem.message(self.lang))
            else:
                general.append(problem.message(self.lang))
        for name, label in self.problem_labels.items():
            label.show_messages(by_field.get(name, []))
        self.general_problems.show_messages(general)
        return problems

    def save(self) -> None:
        self._show_all = True
        if not self.check() and self._result is not None:
            self.accept()

    def set_value(self, name: str, value: Any) -> None:
        """Fill one field as the officer would (tests and the duplicate action use it)."""
        spec = next(spec for spec in FIELDS[self.kind] if spec.name == name)
        self._write(spec, value)
        self._touched.add(name)
        self.check()

    # Building the form -----------------------------------------------------------------

    def _add_field(self, spec: FieldSpec) -> None:
        widget = self._make_input(spec)
        label_text = field_label(spec.name, self.lang)
        widget.setObjectName(f"field_{spec.name}")
        widget.setAccessibleName(label_text)
        for inner in (getattr(widget, "table", None), getattr(widget, "listing", None)):
            if isinstance(inner, QWidget) and not inner.accessibleName():
                inner.setAccessibleName(label_text)  # a table of rows, a log: the field's name
        problem = ProblemLabel()
        problem.setObjectName(f"problem_{spec.name}")
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(problem)
        label = QLabel(label_text)
        label.setBuddy(widget)
        self.form.addRow(label, holder)
        self.inputs[spec.name] = widget
        self.problem_labels[spec.name] = problem
        self.field_labels[spec.name] = label
        for part in (widget, *widget.findChildren(QWidget)):
            if part.focusPolicy() != Qt.FocusPolicy.NoFocus:
                part.setProperty("editorField", spec.name)
                part.installEventFilter(self)

    def _make_input(self, spec: FieldSpec) -> QWidget:
        touched = lambda *_: self._edited(spec.name)  # noqa: E731
        if spec.widget == "date":
            picker = date_picker(None, self.lang)
            picker.dateChanged.connect(touched)
            return picker
        if spec.widget in {"line", "words", "countries", "country"}:
            line = QLineEdit()
            hints = {
                "words": self.tr("Palabras separadas por comas"),
                "countries": self.tr(
                    "Nombres o códigos de país separados por comas, p. ej. Perú, CO"
                ),
                "country": self.tr("Nombre o código del país, p. ej. Colombia o CO"),
            }
            line.setPlaceholderText(hints.get(spec.widget, ""))
            line.textEdited.connect(touched)
            return line
        if spec.widget == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(touched)
            return text
        if spec.widget == "choice":
            combo = QComboBox()
            if spec.name == "institution_type":
                combo.addItem("—", "")
            for code in self.vocab.codes(spec.vocabulary):
                combo.addItem(self.vocab.label(spec.vocabulary, code, self.lang), code)
            combo.currentIndexChanged.connect(touched)
            return combo
        if spec.widget in {"choices", "institutions"}:
            listing = QListWidget()
            if spec.widget == "choices":
                for code in self.vocab.codes(spec.vocabulary):
                    self._check_item(
                        listing, self.vocab.label(spec.vocabulary, code, self.lang), code
                    )
            else:
                for row in self.catalogue.query(RecordQuery(kind="institution", sort="title")).rows:
                    self._check_item(listing, row.title, row.id)
            rows = min(listing.count(), 7 if spec.widget == "choices" else 6)
            height = listing.sizeHintForRow(0) * max(rows, 1) + 2 * listing.frameWidth() + 2
            listing.setFixedHeight(height)
            listing.itemChanged.connect(touched)
            return listing
        if spec.widget == "year":
            spin = QSpinBox()
            spin.setRange(NO_YEAR, 2100)
            spin.setSpecialValueText("—")
            spin.setValue(NO_YEAR)
            spin.valueChanged.connect(touched)
            return spin
        if spec.widget == "bool":
            box = QCheckBox(self.tr("Sí"))
            box.toggled.connect(touched)
            return box
        if spec.widget == "parties":
            parties = PartiesEditor(self.vocab, self.lang)
            parties.table.itemChanged.connect(touched)
            parties.add_button.clicked.connect(touched)
            parties.remove_button.clicked.connect(touched)
            return parties
        if spec.widget in {"milestones", "tasks"}:
            rows = (
                MilestonesEditor(self.vocab, self.lang)
                if spec.widget == "milestones"
                else TasksEditor(self.vocab, self.lang, self._institution_choices())
            )
            rows.edited.connect(touched)
            for button in (rows.add_button, rows.remove_button):
                button.clicked.connect(touched)
            return rows
        if spec.widget == "activities":
            log = ActivitiesEditor(self.vocab, self.lang, self._institution_choices())
            log.edited.connect(touched)
            return log
        if spec.widget == "contacts":
            contacts = ContactsEditor(self.vocab, self.lang)
            contacts.table.itemChanged.connect(touched)
            for button in (contacts.add_button, contacts.remove_button):
                button.clicked.connect(touched)
            return contacts
        raise ValueError(spec.widget)

    def _institution_choices(self) -> list[tuple[str, str]]:
        """(name, id) of the catalogue's institutions, for responsibles and participants."""
        if not hasattr(self, "_institutions"):
            rows = self.catalogue.query(RecordQuery(kind="institution", sort="title")).rows
            self._institutions = [(row.title, row.id) for row in rows]
        return self._institutions

    @staticmethod
    def _check_item(listing: QListWidget, text: str, code: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        listing.addItem(item)

    def _edited(self, name: str) -> None:
        """While a field is being typed in, its problems wait until it is left; once shown,
        they follow the typing (a fix clears them at once)."""
        if name in self._touched or self._show_all:
            self._timer.start()
        else:
            self._editing.add(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            name = watched.property("editorField")
            if isinstance(name, str) and name in self._editing:
                self._editing.discard(name)
                self._touched.add(name)
                self.check()
        return super().eventFilter(watched, event)

    def _mark_required(self) -> None:
        """ "*" after the label of each field the record cannot be saved without now, and the
        same said to screen readers."""
        status = self.inputs.get("status")
        finishing = isinstance(status, QComboBox) and status.currentData() in FINISHED_STATUSES
        required = REQUIRED | REQUIRED_BY_KIND.get(self.kind, set())
        if finishing:
            required |= REQUIRED_TO_FINISH.get(self.kind, set())
        for name, label in self.field_labels.items():
            text = field_label(name, self.lang)
            needed = name in required
            label.setText(f"{text} *" if needed else text)
            self.inputs[name].setAccessibleDescription(self.tr("obligatorio") if needed else "")

    # Reading and writing values --------------------------------------------------------

    def _load(self, record: Record | None) -> None:
        data = record.model_dump(mode="json") if record else {}
        for spec in FIELDS[self.kind]:
            widget = self.inputs[spec.name]
            widget.blockSignals(True)
            if spec.widget in TABLE_WIDGETS:
                widget.table.blockSignals(True)
            if spec.name in data:
                self._write(spec, data[spec.name])
            widget.blockSignals(False)
            if spec.widget in TABLE_WIDGETS:
                widget.table.blockSignals(False)

    def _write(self, spec: FieldSpec, value: Any) -> None:
        widget = self.inputs[spec.name]
        if spec.widget == "date":
            set_picked(widget, value)
        elif spec.widget == "line":
            widget.setText("" if value is None else str(value))
        elif spec.widget == "words":
            widget.setText(", ".join(value or []))
        elif spec.widget == "countries":
            widget.setText(", ".join(country_name(code, self.lang) for code in value or []))
        elif spec.widget == "country":
            widget.setText(country_name(value, self.lang) if value else "")
        elif spec.widget == "text":
            widget.setPlainText(value or "")
        elif spec.widget == "choice":
            widget.setCurrentIndex(max(widget.findData(value or ""), 0))
        elif spec.widget in {"choices", "institutions"}:
            wanted = set(value or [])
            for row in range(widget.count()):
                item = widget.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif spec.widget == "year":
            widget.setValue(int(value) if value else NO_YEAR)
        elif spec.widget == "bool":
            widget.setChecked(bool(value))
        elif spec.widget in ROW_WIDGETS:
            widget.set_rows(list(value or []))

    def _read(self, spec: FieldSpec) -> Any:
        widget = self.inputs[spec.name]
        if spec.widget == "line":
            return widget.text().strip()
        if spec.widget == "date":
            return picked(widget)
        if spec.widget == "words":
            return [word.strip() for word in re.split(r"[,;]", widget.text()) if word.strip()]
        if spec.widget == "countries":
            return [
                _country_code(part) for part in re.split(r"[,;]", widget.text()) if part.strip()
            ]
        if spec.widget == "country":
            text = widget.text().strip()
            return _country_code(text) if text else ""
        if spec.widget == "text":
            return widget.toPlainText().strip()
        if spec.widget == "choice":
            return widget.currentData()
        if spec.widget in {"choices", "institutions"}:
            return [
                widget.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(widget.count())
                if widget.item(row).checkState() == Qt.CheckState.Checked
            ]
        if spec.widget == "year":
            return None if widget.value() == NO_YEAR else widget.value()
        if spec.widget == "bool":
            return widget.isChecked()
        if spec.widget in ROW_WIDGETS:
            return widget.rows()
        raise ValueError(spec.widget)

    # Dates say what is wrong in the officer's language, not in pydantic's -------------

    def _is_date_field(self, field: str) -> bool:
        return field in {"start_date", "end_date"} or bool(
            re.fullmatch(r"milestones\.\d+\.date|contacts\.\d+\.consent_date", field)
        )

    def _date_problems(self) -> list[Problem]:
        detail = self.tr("escriba la fecha como AAAA-MM-DD, p. ej. 2025-03-10")
        problems: list[Problem] = []
        data = self.data()
        for name in ("start_date", "end_date"):
            if name in data and not _is_date(data[name]):
                problems.append(Problem(name, "invalid_value", {"detail": detail}))
        for position, milestone in enumerate(data.get("milestones") or []):
            if not _is_date(milestone.get("date")):
                problems.append(
                    Problem(f"milestones.{position}.date", "invalid_value", {"detail": detail})
                )
        for position, contact in enumerate(data.get("contacts") or []):
            if not _is_date(contact.get("consent_date")):
                problems.append(
                    Problem(
                        f"contacts.{position}.consent_date", "invalid_value", {"detail": detail}
                    )
                )
        return problems


def _is_date(value: Any) -> bool:
    if value in (None, ""):
        return True
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _country_code(text: str) -> str:
    return country_from_text(text) or text.strip().upper()
