"""The follow-up steps of an event for each class, to tick off; the tally takes its counts."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import EventPlan, FollowUpItem, FollowUpKind
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.events.names import follow_up_name


def step_text(item: FollowUpItem, with_event: bool = False) -> str:
    when = QLocale().toString(
        QDate(item.due_on.year, item.due_on.month, item.due_on.day), QLocale.FormatType.ShortFormat
    )
    text = " · ".join((when, item.class_name, follow_up_name(item.kind)))
    if item.kind is FollowUpKind.TALLY and item.tally_of is not None:
        text += f" ({item.tally_yes}/{item.tally_of})"
    return f"{item.event_title}: {text}" if with_event else text


class FollowUpPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("followUpPanel")
        self._workspace = workspace
        self._items: list[FollowUpItem] = []
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("followUpList")
        self.list.itemChanged.connect(self._changed)
        self.yes = QSpinBox()
        self.yes.setRange(0, 1000)
        self.of = QSpinBox()
        self.of.setRange(0, 1000)
        self.tally_button = QPushButton()
        self.tally_button.clicked.connect(self.save_tally)
        self.yes_label, self.of_label = QLabel(), QLabel()
        self.yes_label.setBuddy(self.yes)
        self.of_label.setBuddy(self.of)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        tally = QHBoxLayout()
        tally.addWidget(self.yes_label)
        tally.addWidget(self.yes)
        tally.addWidget(self.of_label)
        tally.addWidget(self.of)
        tally.addWidget(self.tally_button)
        tally.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(tally)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "The event puts these steps on each class’s timeline; Home shows them on the day "
                "they are due. For the tally, count hands, never names."
            )
        )
        self.yes_label.setText(self.tr("&Hands up"))
        self.of_label.setText(self.tr("&of"))
        self.tally_button.setText(self.tr("Save the tally"))
        self._fill()

    def set_plan(self, plan: EventPlan) -> None:
        self._items = list(plan.follow_ups)
        self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items:
            row = QListWidgetItem(step_text(item))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            done = item.done_on is not None
            row.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.list.blockSignals(False)

    def _changed(self, row: QListWidgetItem) -> None:
        done = row.checkState() == Qt.CheckState.Checked
        try:
            self._workspace.follow_ups.set_done(int(row.data(Qt.ItemDataRole.UserRole)), done)
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()

    def save_tally(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self._items[row].kind is not FollowUpKind.TALLY:
            self.error.setText(self.tr("Choose a tally step in the list first."))
            self.error.show()
            return
        try:
            self._workspace.follow_ups.set_done(
                self._items[row].id, True, tally_yes=self.yes.value(), tally_of=self.of.value()
            )
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.status_message.emit(
            fill(self.tr("Tally saved: %1 of %2."), self.yes.value(), self.of.value())
        )
