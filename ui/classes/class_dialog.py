"""Create or edit a class: name, school year, content language."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.school_year import school_year_of
from netwerk_desktop.services.records import ClassSummary
from ui.common.messages import describe
from ui.common.retranslating import Retranslating

if TYPE_CHECKING:
    from netwerk_desktop.services.classes import ClassesService
    from netwerk_desktop.workspace import Workspace
from ui.common.forms import add_form_rows, set_form_labels
from ui.common.languages import NATIVE_NAMES


class ClassDialog(Retranslating, QDialog):
    def __init__(
        self,
        classes: ClassesService,
        existing: ClassSummary | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("classDialog")
        self._classes = classes
        self._existing = existing
        self.result_summary: ClassSummary | None = None
        self.name = QLineEdit()
        self.name.setObjectName("className")
        self.name.setMaxLength(200)
        self.year = QComboBox()
        self.year.setObjectName("schoolYear")
        self.year.setEditable(True)
        this_year = school_year_of(today or date.today())
        start = int(this_year[:4])
        for offset in (-1, 0, 1):
            self.year.addItem(f"{start + offset}/{(start + offset + 1) % 100:02d}")
        self.year.setCurrentText(this_year)
        self.language = QComboBox()
        self.language.setObjectName("contentLanguage")
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        add_form_rows(self.form, (self.name, self.year, self.language))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)  # under the content language it explains
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if existing is not None:
            self.name.setText(existing.name)
            self.year.setCurrentText(existing.school_year)
            self.language.setCurrentIndex(max(0, self.language.findData(existing.content_language)))
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        editing = self._existing is not None
        self.setWindowTitle(self.tr("Edit class") if editing else self.tr("New class"))
        self.hint.setText(
            self.tr(
                "The content language is the language of the lessons and handouts for "
                "this class. It can differ from the language of the app."
            )
        )
        set_form_labels(
            self.form, (self.tr("Name"), self.tr("School year"), self.tr("Content language"))
        )
        self.name.setPlaceholderText(self.tr("for example 2.g or H4b"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if editing else self.tr("Create class"))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        name = self.name.text()
        year = self.year.currentText().strip()
        language = str(self.language.currentData())
        try:
            if self._existing is None:
                self.result_summary = self._classes.create(name, year, language)
            else:
                self.result_summary = self._classes.update(
                    self._existing.id, name=name, school_year=year, content_language=language
                )
        except NetwerkError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        super().accept()


def create_class_interactively(workspace: Workspace, parent: QWidget) -> ClassSummary | None:
    """The New class dialog, from the menu (Ctrl+N) or the Home screen's buttons."""
    dialog = ClassDialog(workspace.classes, parent=parent)
    if dialog.exec() == ClassDialog.DialogCode.Accepted:
        return dialog.result_summary
    return None
