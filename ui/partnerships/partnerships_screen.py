"""Partnerships: choose a class, then make and adjust its partnerships on the board, plan a
season of rotations, and look back at who has worked with whom.

The screen keeps one board state per class while the app runs, so a proposal is not lost
when the teacher looks at another class and comes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.common.changes import ChangeSignals
from ui.common.messages import describe
from ui.common.screen import Screen
from ui.common.theme import Colors, colors_for
from ui.partnerships.board_page import BoardPage
from ui.partnerships.board_state import BoardState, load_class
from ui.partnerships.history_page import HistoryPage
from ui.partnerships.season_plan import SeasonPage


class PartnershipsScreen(Screen):
    key = "partnerships"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_partnerships")
        self._workspace = workspace
        self._settings = settings
        self._classes: list[ClassSummary] = []
        self.states: dict[int, BoardState] = {}

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.class_label = QLabel()
        self.class_box = QComboBox()
        self.class_box.setObjectName("partnershipClass")
        self.class_box.setMinimumWidth(220)
        self.class_label.setBuddy(self.class_box)
        self.class_box.currentIndexChanged.connect(lambda _: self._class_chosen())
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.board = BoardPage(workspace, self.colors)
        self.board.status_message.connect(self.status_message)
        self.board.history_requested.connect(self.show_history_of)
        self.board.reload_requested.connect(self.reload)
        self.board.show_to_class_requested.connect(self.show_to_class)
        self.season = SeasonPage(workspace, self.colors)
        self.season.status_message.connect(self.status_message)
        self.season.started.connect(self._planned_started)
        self.history = HistoryPage(workspace, self.colors)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partnershipTabs")
        self.tabs.addTab(self.board, "")
        self.tabs.addTab(self.season, "")
        self.tabs.addTab(self.history, "")
        self.tabs.currentChanged.connect(lambda _: self._tab_shown())

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.class_label)
        header.addWidget(self.class_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        changes.changed.connect(self._on_change)
        self.retranslate()
        self.refresh_classes()

    def colors(self) -> Colors:
        return colors_for(self._settings.theme)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Partnerships"))
        self.class_label.setText(self.tr("Class"))
        self.tabs.setTabText(0, self.tr("Board"))
        self.tabs.setTabText(1, self.tr("Season plan"))
        self.tabs.setTabText(2, self.tr("History"))

    # Classes -----------------------------------------------------------------------------------

    def activated(self, argument: Any = None) -> None:
        """`argument`: a class id to open, for example from the Classes page. The screen keeps
        itself current from the changes the services report, so coming back reads nothing."""
        if isinstance(argument, int) and argument != self.class_id():
            self.refresh_classes(argument)
        self._tab_shown()

    def refresh_classes(self, select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else self.class_id()
        if wanted is None:
            wanted = int(self._settings.value(Setting.PARTNERSHIPS_CLASS)) or None
        self._classes = self._workspace.classes.list_classes()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for summary in self._classes:
            self.class_box.addItem(summary.name, summary.id)
        index = self.class_box.findData(wanted) if wanted is not None else -1
        self.class_box.setCurrentIndex(index if index >= 0 else (0 if self._classes else -1))
        self.class_box.blockSignals(False)
        self._class_chosen()

    def class_id(self) -> int | None:
        data = self.class_box.currentData()
        return data if isinstance(data, int) else None

    def _class_chosen(self) -> None:
        class_id = self.class_id()
        if class_id is not None:
            self._settings.set_value(Setting.PARTNERSHIPS_CLASS, class_id)
        self.reload()

    def reload(self) -> None:
        """Read the chosen class's partnerships again and show them on every tab."""
        class_id = self.class_id()
        summary = next((s for s in self._classes if s.id == class_id), None)
        state: BoardState | None = None
        self.problem.hide()
        if summary is not None:
            try:
                data = load_class(self._workspace, summary)
            except NetwerkError as exc:
                self.problem.setText(describe(exc))
                self.problem.show()
                data = None
            if data is not None:
                state = self.states.get(summary.id)
                if state is None:
                    state = self.states[summary.id] = BoardState(data)
                else:
                    state.reload(data)
        self.board.show_state(state)
        self.season.show_state(state)
        self.history.show_state(state)
        if state is None and not self._classes:
            self.board.empty.setText(
                self.tr("No classes yet. Create a class and add its students first.")
            )

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.CLASSES):
            self.refresh_classes()
            return
        if change.class_id is not None and change.class_id != self.class_id():
            return
        if change.touches(Topic.PARTNERSHIPS) or change.touches(Topic.ROSTER):
            self.reload()

    # Tabs --------------------------------------------------------------------------------------

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.history and self.history.stale:
            self.history.refresh()

    def show_to_class(self, groups: list[list[list[str]]]) -> None:
        """The board's groups on the class's screen, names only, in the class's language."""
        from ui.presentation.framing import names_frame
        from ui.presentation.on_screen import show_on_class_screen
        from ui.presentation.words import AudienceWords

        summary = next((s for s in self._classes if s.id == self.class_id()), None)
        if summary is None:
            return
        frame = names_frame(groups, AudienceWords(summary.content_language))
        if show_on_class_screen(self, frame, self._settings) is None:
            self.status_message.emit(self.tr("There is no screen to show the groups on."))

    def show_history_of(self, student_id: int) -> None:
        self.tabs.setCurrentWidget(self.history)
        self.history.show_student(student_id)

    def _planned_started(self) -> None:
        self.reload()
        self.tabs.setCurrentWidget(self.board)
