"""The school's "where to get help" contacts: who, where, when and how to reach them.

The entries and their fields come from the content pack's help template (in the language the
cards print in); what the school types is kept for every class and language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import HelpFieldKey, HelpTemplate
from netwerk_desktop.errors import NetwerkError
from ui.common.messages import describe

if TYPE_CHECKING:
    from netwerk_desktop.services.handouts import HandoutsService

FIELD_LENGTH = 120


class HelpContactsDialog(QDialog):
    def __init__(
        self, handouts: HandoutsService, template: HelpTemplate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpContactsDialog")
        self._handouts = handouts
        self.fields: dict[tuple[str, HelpFieldKey], QLineEdit] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")

        entries = QWidget()
        # One form for every entry, so the fields line up; each entry's title spans the form.
        form = QFormLayout(entries)
        form.setContentsMargins(0, 0, 12, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for entry in template.entries:
            if entry.is_builtin:
                continue
            heading = QLabel(entry.title)
            heading.setProperty("role", "subtitle")
            heading.setWordWrap(True)
            form.addRow(heading)
            for field in entry.fields:
                edit = QLineEdit(field.value)
                edit.setObjectName(f"help_{entry.id}_{field.key.value}")
                edit.setMaxLength(FIELD_LENGTH)
                form.addRow(field.label, edit)
                self.fields[(entry.id, field.key)] = edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(entries)

        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Where to get help: the school’s contacts"))
        self.intro.setText(
            self.tr(
                "These contacts are printed on the “Where to get help” cards for every class. "
                "A field left empty prints as a line to write on. 112 and 116 111 are always "
                "printed."
            )
        )

    def values(self) -> dict[tuple[str, HelpFieldKey], str]:
        return {key: edit.text() for key, edit in self.fields.items()}

    def accept(self) -> None:
        try:
            self._handouts.save_help_values(self.values())
        except NetwerkError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        super().accept()
