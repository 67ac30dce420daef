"""Events: community events for the classes (a trip, a cross-class day, a breakfast), each
planned with a purpose, a mixed programme, a team, sign-up, groups and follow-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings
from ui.common.changes import ChangeSignals
from ui.common.rows_model import RowsModel
from ui.common.screen import Screen
from ui.common.widths import fit_width, keep_fitted
from ui.events.event_dialog import EventDialog
from ui.events.event_page import EventPage

SIDE_WIDTH = 320  # the list's width at 100 %; its buttons may ask for more


class EventsScreen(Screen):
    key = "events"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_events")
        self._workspace = workspace
        self.model = RowsModel(self)
        self.list = QListView()
        self.list.setObjectName("eventList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._open_current())
        self.list_title = QLabel()
        self.list_title.setProperty("role", "subtitle")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newEvent")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.create_event)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.create_event)
        side = QVBoxLayout()
        side.addWidget(self.list_title)
        side.addWidget(self.list, 1)
        side.addWidget(self.new_button)
        self.side_widget = side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(SIDE_WIDTH)

        self.page = EventPage(workspace)
        self.page.status_message.connect(self.status_message)
        self.page.deleted.connect(lambda _id: self.refresh())
        self.empty = QLabel()
        self.empty.setObjectName("eventsEmpty")
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(24)
        layout.addWidget(side_widget)
        layout.addWidget(self.pages, 1)
        changes.changed.connect(self._on_change)
        self.retranslate()
        keep_fitted(self, self._fit_side)
        self.refresh()

    def _fit_side(self) -> None:
        width = fit_width(self.side_widget, [self.list_title, self.new_button], SIDE_WIDTH)
        self.side_widget.setMaximumWidth(width)

    def retranslate(self) -> None:
        self.list_title.setText(self.tr("Events"))
        self.new_button.setText(self.tr("&New event"))
        self.new_button.setToolTip(
            QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.empty.setText(
            self.tr(
                "Plan a community event for one class or several: a trip, a cross-class day, "
                "a breakfast. Give it a purpose, a mixed programme and a team; the follow-up "
                "comes by itself."
            )
        )
        self._fit_side()

    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else (self.page.plan.id if self.page.plan else None)
        events = self._workspace.events.list_events()
        self.model.set_headers([""])
        self.model.set_rows(
            [(f"{e.title} · {e.held_on.strftime('%d.%m.%Y')}",) for e in events],
            [e.id for e in events],
        )
        rows = [i for i, e in enumerate(events) if e.id == current]
        if rows:
            self.list.setCurrentIndex(self.model.index(rows[0], 0))
            self.page.reload()
            self.pages.setCurrentIndex(1)
        elif events and current is None:
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.page.plan = None
            self.pages.setCurrentIndex(1 if self.page.plan else 0)

    def _open_current(self) -> None:
        event_id = self.model.value(self.list.currentIndex().row())
        if event_id is None:
            return
        if self.page.plan is None or self.page.plan.id != event_id:
            self.page.prints.letter.document().setModified(False)
            self.page.show_plan(self._workspace.events.get(int(event_id)))
        self.pages.setCurrentIndex(1)

    def create_event(self) -> None:
        dialog = EventDialog(self._workspace, date.today(), self)
        if dialog.exec() and dialog.created is not None:
            self.refresh(select=dialog.created.id)
            self.page.tabs.setCurrentIndex(0)
            self.page.purpose.setFocus()

    def activated(self, argument: Any = None) -> None:
        self.refresh(select=int(argument) if isinstance(argument, int) else None)

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.EVENTS) or change.touches(Topic.CLASSES):
            self.refresh()
