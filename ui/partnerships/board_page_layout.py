"""The Board tab's widgets and layout: the controls beside the board, the board with what it
shows above it, its check below, and the Save row. Behaviour and words are in board_page.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.flow_layout import FlowLayout
from ui.common.retranslating import Retranslating
from ui.common.theme import Colors
from ui.partnerships.board_check import BoardCheckPanel
from ui.partnerships.board_controls import BoardControls
from ui.partnerships.board_view import BoardView


class BoardPageLayout(Retranslating, QWidget):
    """The widgets of the Board tab and where they sit; BoardPage gives them their words
    and their behaviour."""

    def __init__(self, colors: Callable[[], Colors], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls = BoardControls()
        self.side = QScrollArea()
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # what it holds takes the focus
        self.side.setWidget(self.controls)
        self.side.setWidgetResizable(True)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.showing = QLabel()
        self.showing.setObjectName("boardShowing")
        self.showing.setProperty("role", "subtitle")
        self.showing.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showToClass")
        self.swap_button = QPushButton()
        self.swap_button.setObjectName("swapMarked")
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("pinMarked")
        self.problem = QLabel()
        self.problem.setObjectName("boardProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.board = BoardView()
        self.board.setObjectName("partnershipBoard")
        self.board.colors = colors
        self.board_area = QScrollArea()
        self.board_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the board takes the focus
        self.board_area.setWidget(self.board)
        self.board_area.setWidgetResizable(True)
        self.board_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel()
        self.empty.setObjectName("boardEmpty")
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.board_area)
        self.check = BoardCheckPanel()

        self.starts_label = QLabel()
        self.starts_on = QDateEdit()
        self.starts_on.setObjectName("startsOn")
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDate(QDate.currentDate())
        self.starts_label.setBuddy(self.starts_on)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveRotation")
        self.save_button.setProperty("primary", True)
        self.aside_button = QPushButton()
        self.aside_button.setObjectName("putAside")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRotation")
        self.undo_button.setProperty("danger", True)

        # What the board shows, then its buttons: a row of their own, wrapping at 200 %,
        # so the hint beside them is not squeezed into a narrow column.
        actions = QWidget()
        action_row = FlowLayout(actions)
        for button in (self.show_button, self.swap_button, self.pin_button):
            action_row.addWidget(button)
        board_box = QWidget()
        board_column = QVBoxLayout(board_box)
        board_column.setContentsMargins(0, 0, 0, 0)
        board_column.setSpacing(4)
        board_column.addWidget(self.showing)
        board_column.addWidget(self.hint)
        board_column.addWidget(actions)
        board_column.addWidget(self.problem)
        board_column.addWidget(self.stack, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(board_box)
        split.addWidget(self.check)
        split.setCollapsible(0, False)  # the check may be dragged away; the board stays
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        bottom = QWidget()
        row = FlowLayout(bottom)  # wraps at 200 % instead of squeezing the buttons' words
        for part in (
            self.starts_label,
            self.starts_on,
            self.save_button,
            self.aside_button,
            self.undo_button,
        ):
            row.addWidget(part)
        center = QVBoxLayout()
        center.addWidget(split, 1)
        center.addWidget(bottom)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(16)
        layout.addWidget(self.side)
        layout.addLayout(center, 1)
        self.fit_side()

    def fit_side(self) -> None:
        """As wide as the longest button needs at the current UI scale, and no wider."""
        self.controls.ensurePolished()
        width = self.controls.minimumSizeHint().width()
        width += self.side.verticalScrollBar().sizeHint().width() + 4
        self.side.setMinimumWidth(max(width, 250))
        self.side.setMaximumWidth(max(width, 250) + 40)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.fit_side()
