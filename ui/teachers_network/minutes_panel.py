"""A meeting's minutes: the notes, and actions with an owner and a due date that roll into the
next agenda until they are ticked off."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.teachers_network.records import Meeting
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating


class MinutesPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("minutesPanel")
        self._workspace = workspace
        self._meeting: Meeting | None = None
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("minutesNotes")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveMinutes")
        self.save_button.clicked.connect(self.save_notes)
        self.actions_label = QLabel()
        self.actions_label.setProperty("role", "subtitle")
        self.action_list = QListWidget()
        self.action_list.setObjectName("minutesActions")
        self.action_list.itemChanged.connect(self._ticked)
        self.action_text = QLineEdit()
        self.action_text.setObjectName("actionText")
        self.action_text.returnPressed.connect(self.add_action)
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.has_due = QCheckBox()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_action)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.action_text, 2)
        row.addWidget(self.owner, 1)
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes, 2)
        layout.addWidget(self.save_button)
        layout.addWidget(self.actions_label)
        layout.addWidget(self.action_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.notes.setPlaceholderText(self.tr("What was said and agreed"))
        self.save_button.setText(self.tr("Save the notes"))
        self.actions_label.setText(self.tr("Actions"))
        self.action_text.setPlaceholderText(self.tr("What is to be done"))
        self.owner.setPlaceholderText(self.tr("Who"))
        self.has_due.setText(self.tr("By"))
        self.add_button.setText(self.tr("Add action"))

    def set_meeting(self, meeting: Meeting) -> None:
        changed_meeting = self._meeting is None or self._meeting.id != meeting.id
        self._meeting = meeting
        if changed_meeting or not self.notes.document().isModified():
            self.notes.setPlainText(meeting.notes)
            self.notes.document().setModified(False)
        day = meeting.starts_at.date()
        self.due.setDate(QDate(day.year, day.month, day.day).addMonths(1))
        self.action_list.blockSignals(True)
        self.action_list.clear()
        for action in meeting.actions:
            due = action.due_on.isoformat() if action.due_on else "—"
            item = QListWidgetItem(
                fill(self.tr("%1 — %2, by %3"), action.text, action.owner or "—", due)
            )
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setCheckState(Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
            self.action_list.addItem(item)
        self.action_list.blockSignals(False)

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return False
        self.error.hide()
        return True

    def save_notes(self) -> None:
        meeting = self._meeting
        if meeting is not None and self._run(
            lambda: self._workspace.meetings.set_notes(meeting.id, self.notes.toPlainText())
        ):
            self.notes.document().setModified(False)
            self.status_message.emit(self.tr("The minutes are saved."))

    def add_action(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        qdate = self.due.date()
        due = date(qdate.year(), qdate.month(), qdate.day()) if self.has_due.isChecked() else None
        if self._run(
            lambda: self._workspace.meetings.add_action(
                meeting.id, self.action_text.text(), self.owner.text(), due
            )
        ):
            self.action_text.clear()
            self.owner.clear()
            self.action_text.setFocus()

    def _ticked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        action_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._run(lambda: self._workspace.meetings.set_action_done(action_id, done))
