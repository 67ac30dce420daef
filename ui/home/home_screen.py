"""Home: the teacher's classes as cards, or a clear first step when there are none."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.workspace import Workspace
from ui.classes.class_card import ClassCard, NextStep
from ui.classes.class_dialog import create_class_interactively
from ui.common.app_settings import AppSettings
from ui.common.changes import ChangeSignals
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.screen import Screen
from ui.home.card_grid import CardGrid
from ui.home.follow_ups_today import FollowUpsToday


class HomeScreen(Screen):
    key = "home"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_home")
        self._workspace = workspace
        self._settings = settings
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(16)

        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.new_class_button = QPushButton()
        self.new_class_button.setObjectName("homeNewClass")
        self.new_class_button.clicked.connect(self.create_class)
        header.addWidget(self.title, 1)
        header.addWidget(self.new_class_button)
        outer.addLayout(header)

        self.follow_ups = FollowUpsToday(workspace)
        self._follow_ups_day: date | None = None
        self.follow_ups.open_event.connect(lambda event_id: self.navigate.emit("events", event_id))
        outer.addWidget(self.follow_ups)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # The empty state: what the app is for, and the one thing to do now.
        self.empty = QWidget()
        self.empty.setObjectName("homeEmpty")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title = QLabel()
        self.empty_title.setProperty("role", "subtitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setProperty("role", "muted")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setMaximumWidth(560)
        self.first_class_button = QPushButton()
        self.first_class_button.setObjectName("createFirstClass")
        self.first_class_button.setProperty("primary", True)
        self.first_class_button.clicked.connect(self.create_class)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(12)
        empty_layout.addWidget(self.first_class_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages.addWidget(self.empty)

        self.grid = CardGrid(card_width=300)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards in it are the focus stops
        scroll.setWidgetResizable(True)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.grid)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.pages.addWidget(scroll)

        changes.changed.connect(self._on_change)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your classes"))
        self.new_class_button.setText(self.tr("New class"))
        self.empty_title.setText(self.tr("No classes yet"))
        self.empty_text.setText(
            self.tr(
                "Create a class, add its students, and Netwerk Desktop keeps track of the "
                "lessons, the partnerships and the handouts for it."
            )
        )
        self.first_class_button.setText(self.tr("Create your first class"))
        for card in self.grid.cards():
            if isinstance(card, ClassCard):
                card.retranslate()

    def refresh(self) -> None:
        self._cards_stale = self._lessons_stale = False
        summaries = self._workspace.class_overview()
        cards: list[QWidget] = []
        for summary in summaries:
            card = ClassCard(summary)
            card.opened.connect(lambda class_id: self.navigate.emit("classes", class_id))
            card.run_requested.connect(self.run_lesson)
            card.next_step_requested.connect(self.next_step)
            cards.append(card)
        self.grid.set_cards(cards)
        self._show_next_lessons()
        self.new_class_button.setVisible(bool(summaries))
        self.pages.setCurrentIndex(1 if summaries else 0)

    def _show_next_lessons(self) -> None:
        self._lessons_stale = False
        cards = [card for card in self.grid.cards() if isinstance(card, ClassCard)]
        following = self._workspace.next_lessons([card.summary.id for card in cards])
        for card in cards:
            card.set_next_lesson(following.get(card.summary.id))

    def run_lesson(self, class_id: int, lesson_id: str) -> None:
        from ui.presentation.run_mode import start_lesson  # run mode loads when first used

        start_lesson(self, self._workspace, class_id, lesson_id, self._settings)

    def next_step(self, class_id: int, step: str) -> None:
        """After the last lesson: the next rotation, the year's tallies, or archiving."""
        if step == NextStep.PARTNERSHIPS:
            self.navigate.emit("partnerships", class_id)
            return
        summary = self._workspace.classes.get(class_id)
        if step == NextStep.TALLIES:
            from ui.classes.year_tallies import YearTalliesDialog

            YearTalliesDialog(self._workspace, summary, self).exec()
        elif step == NextStep.ARCHIVE:
            answer = QMessageBox.question(
                self,
                self.tr("Archive the class?"),
                fill(
                    self.tr(
                        "%1 leaves Home and the lists. Its lessons, partnerships and charter "
                        "are kept; “Show archived classes” in Classes brings it back."
                    ),
                    summary.name,
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    self._workspace.classes.update(class_id, archived=True)
                except NetwerkError as exc:
                    QMessageBox.warning(self, self.tr("Not archived"), describe(exc))

    def create_class(self) -> None:
        created = create_class_interactively(self._workspace, self)
        if created is not None:
            self.navigate.emit("classes", created.id)

    def activated(self, argument: Any = None) -> None:
        # The cards were built at start and follow every change; coming back only catches up
        # on what changed while Home was hidden (a lesson run, a class renamed).
        if self._cards_stale:
            self.refresh()
        elif self._lessons_stale:
            self._show_next_lessons()
        if self._follow_ups_day != self._workspace.today():  # what is due depends on the day
            self._refresh_follow_ups()

    def _refresh_follow_ups(self) -> None:
        self._follow_ups_day = self._workspace.today()
        self.follow_ups.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.EVENTS):
            self._refresh_follow_ups()
        if change.touches(Topic.CLASSES) or change.touches(Topic.ROSTER):
            if self.isVisible():
                self.refresh()
            else:
                self._cards_stale = True
        elif change.touches(Topic.PROGRESS):
            if self.isVisible():
                self._show_next_lessons()
            else:
                self._lessons_stale = True
