"""The event's checklist: the five tips, and the school's own steps (an approval, say) as
plain check items, not a workflow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import CheckItem, EventPlan, Tip
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.events.names import tip_text


class ChecklistPanel(Retranslating, QWidget):
    def __init__(
        self,
        check: Callable[[int, bool], object],
        add_step: Callable[[str], object],
        remove_step: Callable[[int], object],
    ) -> None:
        super().__init__()
        self.setObjectName("checklistPanel")
        self._check, self._add_step, self._remove_step = check, add_step, remove_step
        self._items: list[CheckItem] = []
        self.list = QListWidget()
        self.list.setObjectName("eventChecklist")
        self.list.itemChanged.connect(self._changed)
        self.own = QLineEdit()
        self.own.setObjectName("ownStep")
        self.own.returnPressed.connect(self.add_own)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_own)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_own)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.own, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.own.setPlaceholderText(self.tr("A step of your own, e.g. approved by the head"))
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove step"))
        self._fill()

    def set_plan(self, plan: EventPlan) -> None:
        self._items = list(plan.checklist)
        self._fill()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items:
            text = item.text if item.tip is Tip.OWN else tip_text(item.tip)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.list.blockSignals(False)

    def _changed(self, row: QListWidgetItem) -> None:
        item_id = int(row.data(Qt.ItemDataRole.UserRole))
        self._run(lambda: self._check(item_id, row.checkState() == Qt.CheckState.Checked))

    def add_own(self) -> None:
        if self._run(lambda: self._add_step(self.own.text())):
            self.own.clear()

    def remove_own(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self._items[row].tip is not Tip.OWN:
            return
        item = self._items[row]
        answer = QMessageBox.question(
            self, self.tr("Remove step"), fill(self.tr("Remove the step “%1”?"), item.text)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._remove_step(item.id))

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return False
        self.error.hide()
        return True
