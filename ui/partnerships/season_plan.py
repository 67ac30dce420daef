"""The Season plan tab: plan the next 2 to 13 rotations together, look at them, start the next
one when its time comes, and plan again when the class has changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.grouping import RulesConflict
from netwerk_desktop.services.partnership_records import MAX_SEASON, RotationChoices
from ui.common.messages import describe
from ui.common.messages.partnerships import conflict_sentence, group_heading
from ui.common.retranslating import Retranslating
from ui.common.tasks import Task, run_in_background
from ui.common.theme import Colors
from ui.partnerships.board_painter import BoardContent
from ui.partnerships.board_state import BoardState, as_rotation
from ui.partnerships.board_view import BoardView
from ui.partnerships.labels import to_date
from ui.partnerships.rotation_list_model import MADE, RotationListModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from netwerk_desktop.workspace import Workspace

MIN_ROUNDS, MAX_ROUNDS, DEFAULT_ROUNDS = 2, MAX_SEASON, 4


class SeasonPage(Retranslating, QWidget):
    status_message = Signal(str)
    started = Signal()  # the next planned rotation is now the class's partnerships

    def __init__(
        self, workspace: Workspace, colors: Callable[[], Colors], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.state: BoardState | None = None
        self.task: Task | None = None
        self.time_budget_s = 2.0

        self.intro = QLabel()
        self.intro.setProperty("role", "muted")
        self.intro.setWordWrap(True)
        self.rounds_label = QLabel()
        self.rounds = QSpinBox()
        self.rounds.setObjectName("seasonRounds")
        self.rounds.setRange(MIN_ROUNDS, MAX_ROUNDS)
        self.rounds.setValue(DEFAULT_ROUNDS)
        self.rounds_label.setBuddy(self.rounds)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planSeason")
        self.plan_button.setProperty("primary", True)
        self.plan_button.clicked.connect(self.plan)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.problem = QLabel()
        self.problem.setObjectName("seasonProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.model = RotationListModel(planned=True, parent=self)
        self.table = QTableView()
        self.table.setObjectName("plannedRotations")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.table.setMaximumWidth(420)
        self.table.hideColumn(MADE)  # every planned rotation is made the same way
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.preview = BoardView(editable=False, name_scale=1.15)
        self.preview.setObjectName("plannedBoard")
        self.preview.colors = colors
        preview_area = QScrollArea()
        preview_area.setWidget(self.preview)
        preview_area.setWidgetResizable(True)
        preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.starts_label = QLabel()
        self.starts_on = QDateEdit()
        self.starts_on.setObjectName("plannedStartsOn")
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDate(QDate.currentDate())
        self.starts_label.setBuddy(self.starts_on)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startNextPlanned")
        self.start_button.clicked.connect(self.start_next)

        plan_row = QHBoxLayout()
        plan_row.addWidget(self.rounds_label)
        plan_row.addWidget(self.rounds)
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.busy)
        plan_row.addStretch(1)
        start_row = QHBoxLayout()
        start_row.addWidget(self.starts_label)
        start_row.addWidget(self.starts_on)
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 2)
        body.addWidget(preview_area, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro)
        layout.addLayout(plan_row)
        layout.addWidget(self.problem)
        layout.addLayout(body, 1)
        layout.addLayout(start_row)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A season plan makes the next rotations together, so the later ones still bring "
                "new partners. Start them one at a time; plan again when the class changes, for "
                "example when a student joins or leaves."
            )
        )
        self.rounds_label.setText(self.tr("Rotations to plan"))
        self.starts_label.setText(self.tr("Starts on"))
        self.start_button.setText(self.tr("Start the next planned rotation"))
        self.empty.setText(self.tr("No season plan yet."))
        if self.state is not None:
            self.refresh()
        else:
            self.plan_button.setText(self.tr("Plan the season"))

    def show_state(self, state: BoardState | None) -> None:
        if state is not self.state:
            self.problem.hide()
        self.state = state
        self.refresh()

    def refresh(self) -> None:
        planned = list(self.state.data.planned) if self.state else []
        row = self.table.currentIndex().row()
        self.model.set_rotations(planned)
        self.empty.setVisible(not planned)
        self.plan_button.setText(self.tr("Plan again") if planned else self.tr("Plan the season"))
        if planned:
            row = min(max(row, 0), len(planned) - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_chosen()
        self._update_buttons()

    def _show_chosen(self) -> None:
        row = self.table.currentIndex().row()
        if self.state is None or row < 0 or row >= self.model.rowCount():
            self.preview.show_content(BoardContent())
            return
        rotation = as_rotation(self.model.rotation(row))
        self.preview.show_content(
            BoardContent(
                rotation=rotation,
                names=self.state.data.names(),
                headings=tuple(group_heading(i + 1) for i in range(len(rotation))),
            )
        )

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        state = self.state
        self.busy.setVisible(busy)
        self.plan_button.setEnabled(
            bool(state and len(state.data.active_students) >= 2) and not busy
        )
        self.start_button.setEnabled(bool(state and state.data.planned) and not busy)

    def plan(self) -> Task | None:
        state = self.state
        if state is None:
            return None
        planner = self._workspace.planner
        class_id, rounds = state.data.summary.id, self.rounds.value()
        balance, size = tuple(sorted(state.balance)), state.group_size
        budget = self.time_budget_s
        self.problem.hide()

        def work(_control: object) -> int:
            views = planner.plan_season(
                class_id,
                rounds,
                RotationChoices(balance_tags=tuple(balance), group_size=size, time_budget_s=budget),
            )
            return len(views)

        task = run_in_background(
            work,
            self,
            succeeded=self._planned,
            failed=lambda error: self._plan_failed(state, error),
        )
        task.done.connect(self._update_buttons)
        self.task = task
        self._update_buttons()
        return task

    def _planned(self, count: int) -> None:
        self.status_message.emit(self.tr("%n rotation(s) planned.", "", count))

    def _plan_failed(self, state: BoardState, error: object) -> None:
        if state is not self.state:
            return
        if isinstance(error, RulesConflict):
            text = conflict_sentence(error, state.data.names())
        else:
            text = describe(error if isinstance(error, BaseException) else Exception(str(error)))
        self.problem.setText(text)
        self.problem.show()

    def start_next(self) -> bool:
        state = self.state
        if state is None or not state.data.planned:
            return False
        starts = to_date(self.starts_on.date())
        try:
            self._workspace.partnerships.start_next_planned(state.data.summary.id, starts)
        except NetwerkError as exc:
            self.problem.setText(describe(exc))
            self.problem.show()
            return False
        state.put_aside()  # the board shows the rotation that just started
        self.status_message.emit(self.tr("The next planned rotation has started."))
        self.started.emit()
        return True
