"""A new event: its name, day and the classes taking part (the rest is planned on its page)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import EventPlan
from netwerk_desktop.workspace import Workspace
from ui.common.forms import add_form_rows, set_form_labels
from ui.common.messages import describe
from ui.common.retranslating import Retranslating


class EventDialog(Retranslating, QDialog):
    def __init__(self, workspace: Workspace, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self._workspace = workspace
        self.created: EventPlan | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("eventTitle")
        self.title_edit.setMaxLength(200)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("eventDay")
        self.day.setCalendarPopup(True)
        self.classes = QListWidget()
        self.classes.setObjectName("eventClasses")
        for summary in workspace.class_overview():
            item = QListWidgetItem(summary.name)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.classes.addItem(item)
        self.form = QFormLayout()
        add_form_rows(self.form, (self.title_edit, self.day, self.classes))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Breakfast for the first years"))
        set_form_labels(self.form, (self.tr("&Name"), self.tr("&Day"), self.tr("&Classes")))

    def checked_classes(self) -> list[int]:
        ids = []
        for row in range(self.classes.count()):
            item = self.classes.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def accept(self) -> None:
        day = self.day.date()
        try:
            self.created = self._workspace.events.create(
                self.title_edit.text(),
                date(day.year(), day.month(), day.day()),
                self.checked_classes(),
            )
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        super().accept()
