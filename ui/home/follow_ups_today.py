"""Home's list of event follow-up steps that are due: today's and any still open from before,
to tick off right there (space on a step, or a click). Hidden when nothing is due.

The steps are read in the background, after the window is painted, so start-up stays fast;
the same call deletes the cross-class groups of events whose follow-up time is over.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import FollowUpItem
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.retranslating import Retranslating
from ui.common.tasks import TaskControl, run_in_background
from ui.events.follow_up_panel import step_text

FIRST_LOOK_MS = 800


class FollowUpsToday(Retranslating, QFrame):
    open_event = Signal(int)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("followUpsToday")
        self._workspace = workspace
        self.items: list[FollowUpItem] = []
        self._started = False
        self.title = QLabel()
        self.title.setProperty("role", "subtitle")
        self.list = QListWidget()
        self.list.setObjectName("followUpsDue")
        self.list.itemChanged.connect(self._ticked)
        self.list.itemActivated.connect(self._activated)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Follow-up due"))
        self._fill()

    def refresh(self) -> None:
        if not self._started:
            # The first look waits a moment, so the window paints before the data layer loads.
            self._started = True
            QTimer.singleShot(FIRST_LOOK_MS, self.refresh)
            return
        workspace = self._workspace

        def work(_control: TaskControl) -> list[FollowUpItem]:
            workspace.follow_ups.remove_expired_groups()
            return workspace.follow_ups.due()

        run_in_background(work, self, succeeded=self.show_items)

    def show_items(self, items: list[FollowUpItem]) -> None:
        self.items = list(items)
        self._fill()
        self.setVisible(bool(self.items))

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            row = QListWidgetItem(step_text(item, with_event=True))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(row)
        self.list.blockSignals(False)
        # As tall as its steps (up to five), so the class cards stay in view.
        rows = min(max(self.list.count(), 1), 5)
        self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), 24) + 6)

    def _ticked(self, row: QListWidgetItem) -> None:
        if row.checkState() != Qt.CheckState.Checked:
            return
        try:
            self._workspace.follow_ups.set_done(int(row.data(Qt.ItemDataRole.UserRole)))
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.show_items([i for i in self.items if i.id != row.data(Qt.ItemDataRole.UserRole)])

    def _activated(self, row: QListWidgetItem) -> None:
        item_id = row.data(Qt.ItemDataRole.UserRole)
        item = next((i for i in self.items if i.id == item_id), None)
        if item is not None:
            self.open_event.emit(item.event_id)
