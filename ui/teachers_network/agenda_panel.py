"""A meeting's agenda: at most two talks, the exchange of experience (warned about below
about 45 % of the time), the host's tour, and the open actions carried in from earlier
minutes. Changes can be undone (Ctrl+Z)."""

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
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.teachers_network.records import AgendaLine, ItemKind, Meeting
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.rows_model import RowsModel
from ui.teachers_network.names import item_name


class AgendaPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        save: Callable[[list[AgendaLine]], Meeting | None],
        rebuild: Callable[[], Meeting | None],
    ) -> None:
        super().__init__()
        self.setObjectName("agendaPanel")
        self._save, self._rebuild = save, rebuild
        self._lines: list[AgendaLine] = []
        self._undo: list[list[AgendaLine]] = []
        self._meeting: Meeting | None = None
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.share = QProgressBar()
        self.share.setObjectName("exchangeShare")
        self.share.setRange(0, 100)
        self.warning = QLabel()
        self.warning.setObjectName("exchangeWarning")
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.carried = QLabel()
        self.carried.setObjectName("carriedActions")
        self.carried.setWordWrap(True)
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem("", kind)
        self.title = QLineEdit()
        self.title.setObjectName("agendaTitle")
        self.title.returnPressed.connect(self.add_line)
        self.speaker = QLineEdit()
        self.speaker.returnPressed.connect(self.add_line)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 240)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(20)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_line(1))
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        self.rebuild_button = QPushButton()
        self.rebuild_button.setObjectName("rebuildAgenda")
        self.rebuild_button.clicked.connect(self.rebuild)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_line)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        editor = QHBoxLayout()
        editor.addWidget(self.kind)
        editor.addWidget(self.title, 2)
        editor.addWidget(self.speaker, 1)
        editor.addWidget(self.minutes)
        editor.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rebuild_button)
        self.share_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)
        layout.addLayout(buttons)
        layout.addWidget(self.share_label)
        layout.addWidget(self.share)
        layout.addWidget(self.warning)
        layout.addWidget(self.carried)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.set_headers(
            [self.tr("Time"), self.tr("Item"), self.tr("Who"), self.tr("Minutes")]
        )
        # The title column takes the room the others leave.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index in range(self.kind.count()):
            self.kind.setItemText(index, item_name(self.kind.itemData(index)))
        self.title.setPlaceholderText(self.tr("Title, e.g. the talk’s topic"))
        self.speaker.setPlaceholderText(self.tr("Speaker (a member or a guest)"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.undo_button.setText(self.tr("Undo"))
        self.rebuild_button.setText(self.tr("Make a first agenda…"))
        self.share_label.setText(self.tr("Time for the exchange of experience"))
        self.warning.setText(
            self.tr(
                "The exchange of experience has less than 45 % of the time. It is the heart of "
                "the meeting: shorten a talk or give the exchange more minutes."
            )
        )
        if self._meeting is not None:
            self.set_meeting(self._meeting)

    def set_meeting(self, meeting: Meeting) -> None:
        self._meeting = meeting
        self._lines = [
            AgendaLine(line.kind, line.title, line.minutes, line.speaker) for line in meeting.agenda
        ]
        self.model.set_rows(
            [
                (
                    line.starts_at.strftime("%H:%M") if line.starts_at else "",
                    f"{item_name(line.kind)}: {line.title}" if line.title else item_name(line.kind),
                    line.speaker,
                    str(line.minutes),
                )
                for line in meeting.agenda
            ]
        )
        self.share.setValue(round(meeting.exchange_share * 100))
        self.share.setFormat(f"{round(meeting.exchange_share * 100)} %")
        self.warning.setVisible(meeting.exchange_too_short)
        if meeting.carried_actions:
            lines = [
                fill(self.tr("• %1 (%2)"), a.text, a.owner or "—") for a in meeting.carried_actions
            ]
            self.carried.setText(
                self.tr("Open actions carried in from earlier minutes:") + "\n" + "\n".join(lines)
            )
        else:
            self.carried.setText(self.tr("No open actions from earlier minutes."))

    def _commit(self, lines: list[AgendaLine]) -> None:
        previous = list(self._lines)
        try:
            meeting = self._save(lines)
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self._undo.append(previous)
        self.undo_button.setEnabled(True)
        if meeting is not None:
            self.set_meeting(meeting)

    def add_line(self) -> None:
        line = AgendaLine(
            self.kind.currentData(), self.title.text(), self.minutes.value(), self.speaker.text()
        )
        self._commit([*self._lines, line])
        if self.error.isHidden():
            self.title.clear()
            self.speaker.clear()

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._commit([line for i, line in enumerate(self._lines) if i != rows[0].row()])
            self.status_message.emit(self.tr("Item removed. Undo with Ctrl+Z."))

    def move_line(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row, target = rows[0].row(), rows[0].row() + step
        if 0 <= target < len(self._lines):
            lines = list(self._lines)
            lines[row], lines[target] = lines[target], lines[row]
            self._commit(lines)
            self.table.selectRow(target)

    def undo(self) -> None:
        if self._undo:
            previous = self._undo.pop()
            try:
                meeting = self._save(previous)
            except NetwerkError as error:
                self.error.setText(describe(error))
                self.error.show()
                return
            self.undo_button.setEnabled(bool(self._undo))
            if meeting is not None:
                self.set_meeting(meeting)

    def rebuild(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self._lines and (
            QMessageBox.question(
                self,
                self.tr("Make a first agenda"),
                self.tr("Replace this agenda with a first one made from the topics and the host?"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        previous = list(self._lines)
        meeting = self._rebuild()
        self._undo.append(previous)
        self.undo_button.setEnabled(True)
        if meeting is not None:
            self.set_meeting(meeting)
