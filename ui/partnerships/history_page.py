"""The History tab, for the teacher's screen only: the saved rotations with their dates, who
has worked with whom as a heat map, and one student's partners rotation by rotation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.services.partnership_history import meeting_matrix, partner_history
from ui.common.retranslating import Retranslating
from ui.common.theme import Colors
from ui.partnerships.board_state import BoardState
from ui.partnerships.meeting_matrix import MatrixView
from ui.partnerships.partner_history_model import (
    GROUP_MATES,
    PARTNERS,
    STARTED,
    PartnerHistoryModel,
)
from ui.partnerships.rotation_list_model import MADE, STUDENTS, RotationListModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from netwerk_desktop.workspace import Workspace


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class HistoryPage(Retranslating, QWidget):
    def __init__(
        self, workspace: Workspace, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.state: BoardState | None = None
        self.stale = True

        self.rotations_title = QLabel()
        self.rotations_title.setProperty("role", "subtitle")
        self.rotations = RotationListModel(parent=self)
        self.rotation_table = _table("savedRotations")
        self.rotation_table.setModel(self.rotations)
        self.rotation_table.hideColumn(STUDENTS)
        self.rotation_table.hideColumn(MADE)  # each row's tooltip says how it was made
        self.no_rotations = QLabel()
        self.no_rotations.setProperty("role", "muted")
        self.no_rotations.setWordWrap(True)
        self.student_title = QLabel()
        self.student_title.setProperty("role", "subtitle")
        self.student = QComboBox()
        self.student.setObjectName("historyStudent")
        self.student.currentIndexChanged.connect(lambda _: self._show_student())
        self.partners = PartnerHistoryModel(self)
        self.partner_table = _table("partnerHistory")
        self.partner_table.setModel(self.partners)
        self.partner_table.hideColumn(STARTED)  # the saved rotations above have the dates
        for column in (PARTNERS, GROUP_MATES):
            self.partner_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )

        self.matrix_title = QLabel()
        self.matrix_title.setProperty("role", "subtitle")
        self.matrix = MatrixView()
        self.matrix.setObjectName("meetingMatrix")
        self.matrix.colors = colors
        self.matrix.cell_chosen.connect(self._cell_chosen)
        self.matrix.student_chosen.connect(self.show_student)
        self.chosen = QLabel()
        self.chosen.setObjectName("matrixChosen")
        self.chosen.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setProperty("role", "muted")
        self.legend.setWordWrap(True)

        matrix_area = QScrollArea()
        matrix_area.setWidget(self.matrix)
        matrix_area.setWidgetResizable(True)
        left = QVBoxLayout()
        left.addWidget(self.matrix_title)
        left.addWidget(matrix_area, 1)
        left.addWidget(self.chosen)
        left.addWidget(self.legend)
        right_box = QWidget()
        right_box.setMinimumWidth(300)
        right_box.setMaximumWidth(420)
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.rotations_title)
        right.addWidget(self.rotation_table, 2)
        right.addWidget(self.no_rotations)
        right.addSpacing(8)
        right.addWidget(self.student_title)
        right.addWidget(self.student)
        right.addWidget(self.partner_table, 3)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(right_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.rotations_title.setText(self.tr("Saved rotations"))
        self.no_rotations.setText(self.tr("No rotations saved yet."))
        self.student_title.setText(self.tr("Partner history"))
        self.matrix_title.setText(self.tr("Who has worked with whom"))
        self.matrix.setAccessibleName(self.matrix_title.text())
        self.matrix.setAccessibleDescription(
            self.tr("The arrow keys move between squares; the sentence below says how often.")
        )
        self.legend.setText(
            self.tr(
                "The stronger the colour, the more often the two worked together; partners count "
                "three times a shared group. Click a name for the student's history."
            )
        )
        self.chosen.setText(self.tr("Point at or click a square to see how often."))

    def show_state(self, state: BoardState | None) -> None:
        self.state = state
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        state = self.state
        saved = list(state.data.saved) if state else []
        self.rotations.set_rotations(saved)
        self.rotation_table.setVisible(bool(saved))
        self.no_rotations.setVisible(not saved)
        chosen = self.student.currentData()
        self.student.blockSignals(True)
        self.student.clear()
        for student in state.data.students if state else ():
            self.student.addItem(student.display_name, student.id)
        index = self.student.findData(chosen)
        self.student.setCurrentIndex(max(index, 0) if self.student.count() else -1)
        self.student.blockSignals(False)
        # The screen's state holds the saved rotations already: no second read of the history
        matrix = meeting_matrix(state.data.students, state.data.saved) if state else None
        self.matrix.set_matrix(matrix)
        self._show_student()

    def show_student(self, student_id: int) -> None:
        index = self.student.findData(student_id)
        if index >= 0:
            self.student.setCurrentIndex(index)

    def _show_student(self) -> None:
        state, student = self.state, self.student.currentData()
        if state is None or student is None:
            self.partners.set_rows([], {})
            return
        numbers = {view.number: place for place, view in enumerate(state.data.saved, start=1)}
        rows = partner_history(state.data.saved, int(student))
        self.partners.set_rows(rows, numbers)

    def _cell_chosen(self, a: int, b: int) -> None:
        if a == b or self.matrix.matrix is None:
            return
        order = [s.id for s in self.matrix.matrix.students]
        self.chosen.setText(self.matrix.text_for(order.index(a), order.index(b)))
