"""The programme of an event: blocks in order with their kind, minutes and lead, the balance
bar, and a catalogue of activities to pick from. Every change can be undone (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import ContentPack
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import Block, BlockKind, EventPlan
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.rows_model import RowsModel
from ui.common.tasks import TaskControl, run_in_background
from ui.events.balance_bar import BalanceBar
from ui.events.names import block_kind_name


class ProgrammePanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, save: Callable[[list[Block]], EventPlan | None]) -> None:
        super().__init__()
        self.setObjectName("programmePanel")
        self._save = save
        self._blocks: list[Block] = []
        self._undo: list[list[Block]] = []
        self._pack: ContentPack | None = None
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("programmeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.balance = BalanceBar()

        self.kind = QComboBox()
        self.kind.setObjectName("blockKind")
        for kind in BlockKind:
            self.kind.addItem("", kind)
        self.title = QLineEdit()
        self.title.setObjectName("blockTitle")
        self.title.setMaxLength(200)
        self.title.returnPressed.connect(self.add_block)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("blockMinutes")
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.lead = QLineEdit()
        self.lead.setObjectName("blockLead")
        self.lead.returnPressed.connect(self.add_block)
        self.catalogue = QComboBox()
        self.catalogue.setObjectName("blockCatalogue")
        self.catalogue.activated.connect(self._from_catalogue)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addBlock")
        self.add_button.clicked.connect(self.add_block)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeBlock")
        self.remove_button.clicked.connect(self.remove_block)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_block(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_block(1))
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoBlocks")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_block)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        editor = QHBoxLayout()
        self.kind_label, self.title_label = QLabel(), QLabel()
        self.minutes_label, self.lead_label = QLabel(), QLabel()
        for label, field, stretch in (
            (self.kind_label, self.kind, 0),
            (self.title_label, self.title, 2),
            (self.minutes_label, self.minutes, 0),
            (self.lead_label, self.lead, 1),
        ):
            label.setBuddy(field)
            editor.addWidget(label)
            editor.addWidget(field, stretch)
        editor.addWidget(self.add_button)
        actions = QHBoxLayout()
        self.catalogue_label = QLabel()
        self.catalogue_label.setBuddy(self.catalogue)
        actions.addWidget(self.catalogue_label)
        actions.addWidget(self.catalogue, 1)
        for button in (self.up_button, self.down_button, self.remove_button, self.undo_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.set_headers(
            [
                self.tr("Time"),
                self.tr("Block"),
                self.tr("Kind"),
                self.tr("Minutes"),
                self.tr("Lead"),
            ]
        )
        # The title column takes the room the others leave.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index in range(self.kind.count()):
            self.kind.setItemText(index, block_kind_name(self.kind.itemData(index)))
        self.kind_label.setText(self.tr("&Kind"))
        self.title_label.setText(self.tr("&Block"))
        self.minutes_label.setText(self.tr("M&inutes"))
        self.lead_label.setText(self.tr("&Lead"))
        self.catalogue_label.setText(self.tr("From the &activity catalogue"))
        self.title.setPlaceholderText(self.tr("e.g. Breakfast at mixed tables"))
        self.add_button.setText(self.tr("Add block"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.undo_button.setText(self.tr("Undo"))
        self._show(self._blocks)

    def load_catalogue(self, language: str) -> None:
        if self._pack is not None and self._pack.language == language:
            return

        def work(_control: TaskControl) -> ContentPack:
            from netwerk_desktop.content import load_pack

            return load_pack(language)

        run_in_background(work, self, succeeded=self._catalogue_arrived)

    def _catalogue_arrived(self, pack: ContentPack) -> None:
        self._pack = pack
        self.catalogue.clear()
        self.catalogue.addItem("—", None)
        for activity in pack.activities:
            self.catalogue.addItem(activity.title, activity.id)

    def _from_catalogue(self, index: int) -> None:
        activity_id = self.catalogue.itemData(index)
        activity = self._pack.activity(activity_id) if self._pack and activity_id else None
        if activity is None:
            return
        self.kind.setCurrentIndex(self.kind.findData(BlockKind.ACTIVITY))
        self.title.setText(activity.title)
        self.minutes.setValue(max(5, activity.minutes.high))
        self.title.setFocus()

    def set_plan(self, plan: EventPlan) -> None:
        self._blocks = list(plan.blocks)
        self._show(self._blocks)
        self.balance.show_balance(plan.balance)
        self.load_catalogue(plan.language)

    def _show(self, blocks: list[Block]) -> None:
        self.model.set_rows(
            [
                (
                    b.starts_at.strftime("%H:%M") if b.starts_at else "",
                    b.title,
                    block_kind_name(b.kind),
                    str(b.minutes),
                    b.lead,
                )
                for b in blocks
            ],
            blocks,
        )

    def _commit(self, blocks: list[Block]) -> bool:
        previous = list(self._blocks)
        try:
            plan = self._save(blocks)
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return False
        self.error.hide()
        self._undo.append(previous)
        self.undo_button.setEnabled(True)
        if plan is not None:
            self.set_plan(plan)
        return True

    def add_block(self) -> None:
        activity = (
            self.catalogue.currentData() if self.kind.currentData() is BlockKind.ACTIVITY else None
        )
        block = Block(
            self.kind.currentData(),
            self.title.text(),
            self.minutes.value(),
            self.lead.text(),
            activity,
        )
        if self._commit([*self._blocks, block]):
            self.title.clear()
            self.lead.clear()
            self.title.setFocus()

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_block(self) -> None:
        row = self._selected()
        if row < 0:
            return
        removed = self._blocks[row]
        if self._commit([b for i, b in enumerate(self._blocks) if i != row]):
            self.status_message.emit(
                fill(self.tr("Removed “%1”. Undo with Ctrl+Z."), removed.title)
            )

    def move_block(self, step: int) -> None:
        row = self._selected()
        target = row + step
        if row < 0 or not 0 <= target < len(self._blocks):
            return
        blocks = list(self._blocks)
        blocks[row], blocks[target] = blocks[target], blocks[row]
        if self._commit(blocks):
            self.table.selectRow(target)

    def undo(self) -> None:
        if not self._undo:
            return
        previous = self._undo.pop()
        try:
            plan = self._save(previous)
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.undo_button.setEnabled(bool(self._undo))
        if plan is not None:
            self.set_plan(plan)
