"""The event's team: colleagues by name and students of the classes, each with a role (tip 4).
Removing someone can be undone (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import EventPlan, TeamMember
from netwerk_desktop.services.records import StudentRecord
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.rows_model import RowsModel


class TeamPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, save: Callable[[list[TeamMember]], EventPlan | None]) -> None:
        super().__init__()
        self.setObjectName("teamPanel")
        self._save = save
        self._team: list[TeamMember] = []
        self._undo: list[list[TeamMember]] = []
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("teamTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.colleague = QLineEdit()
        self.colleague.setObjectName("teamColleague")
        self.colleague_role = QLineEdit()
        self.colleague_role.setObjectName("teamColleagueRole")
        self.colleague_role.returnPressed.connect(self.add_colleague)
        self.add_colleague_button = QPushButton()
        self.add_colleague_button.clicked.connect(self.add_colleague)
        self.student = QComboBox()
        self.student.setObjectName("teamStudent")
        self.student_role = QLineEdit()
        self.student_role.setObjectName("teamStudentRole")
        self.student_role.returnPressed.connect(self.add_student)
        self.add_student_button = QPushButton()
        self.add_student_button.clicked.connect(self.add_student)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)

        grid = QGridLayout()
        self.colleague_label, self.student_label = QLabel(), QLabel()
        self.role_label_1, self.role_label_2 = QLabel(), QLabel()
        self.colleague_label.setBuddy(self.colleague)
        self.student_label.setBuddy(self.student)
        self.role_label_1.setBuddy(self.colleague_role)
        self.role_label_2.setBuddy(self.student_role)
        grid.addWidget(self.colleague_label, 0, 0)
        grid.addWidget(self.colleague, 0, 1)
        grid.addWidget(self.role_label_1, 0, 2)
        grid.addWidget(self.colleague_role, 0, 3)
        grid.addWidget(self.add_colleague_button, 0, 4)
        grid.addWidget(self.student_label, 1, 0)
        grid.addWidget(self.student, 1, 1)
        grid.addWidget(self.role_label_2, 1, 2)
        grid.addWidget(self.student_role, 1, 3)
        grid.addWidget(self.add_student_button, 1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        buttons = QGridLayout()
        buttons.addWidget(self.remove_button, 0, 0)
        buttons.addWidget(self.undo_button, 0, 1)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.set_headers([self.tr("Name"), self.tr("Role")])
        self.hint.setText(
            self.tr(
                "A committed team makes the event: give colleagues and students a clear role, "
                "for example host, timekeeper or the one who welcomes guests."
            )
        )
        self.colleague_label.setText(self.tr("&Colleague"))
        self.student_label.setText(self.tr("&Student"))
        self.role_label_1.setText(self.tr("&Role"))
        self.role_label_2.setText(self.tr("R&ole"))
        self.add_colleague_button.setText(self.tr("Add colleague"))
        self.add_student_button.setText(self.tr("Add student"))
        self.remove_button.setText(self.tr("Remove"))
        self.undo_button.setText(self.tr("Undo"))

    def set_plan(self, plan: EventPlan, students: list[StudentRecord]) -> None:
        self._team = list(plan.team)
        self.model.set_rows([(m.name, m.role) for m in self._team], self._team)
        current = self.student.currentData()
        self.student.clear()
        for student in students:
            self.student.addItem(student.display_name, student.id)
        if current is not None:
            self.student.setCurrentIndex(max(0, self.student.findData(current)))

    def _commit(self, team: list[TeamMember]) -> bool:
        previous = list(self._team)
        try:
            self._save(team)
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return False
        self.error.hide()
        self._undo.append(previous)
        self.undo_button.setEnabled(True)
        return True

    def add_colleague(self) -> None:
        member = TeamMember(self.colleague_role.text(), colleague_name=self.colleague.text())
        if self._commit([*self._team, member]):
            self.colleague.clear()
            self.colleague_role.clear()
            self.colleague.setFocus()

    def add_student(self) -> None:
        if self.student.currentData() is None:
            return
        member = TeamMember(self.student_role.text(), student_id=int(self.student.currentData()))
        if self._commit([*self._team, member]):
            self.student_role.clear()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        removed = self._team[rows[0].row()]
        if self._commit([m for i, m in enumerate(self._team) if i != rows[0].row()]):
            self.status_message.emit(
                fill(self.tr("Removed %1 from the team. Undo with Ctrl+Z."), removed.name)
            )

    def undo(self) -> None:
        if self._undo:
            previous = self._undo.pop()
            try:
                self._save(previous)
            except NetwerkError as error:
                self.error.setText(describe(error))
                self.error.show()
            self.undo_button.setEnabled(bool(self._undo))
