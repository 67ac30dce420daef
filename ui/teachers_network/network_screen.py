"""The teachers' network: its meetings (plan, agenda, minutes, sign-up, files), members,
schools and topics, and the network pack that carries the calendar to other schools."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.common.changes import ChangeSignals
from ui.common.forms import short_date_time
from ui.common.languages import resolve_language
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.rows_model import RowsModel
from ui.common.screen import Screen
from ui.common.widths import fit_width, keep_fitted
from ui.teachers_network.directory_panels import MembersPanel, SchoolsPanel, TopicsPanel
from ui.teachers_network.meeting_view import MeetingView
from ui.teachers_network.names import mode_name
from ui.teachers_network.plan_dialog import PlanDialog

SIDE_WIDTH = 340  # the list's width at 100 %; its buttons may ask for more


class NetworkScreen(Screen):
    key = "network"

    def __init__(self, workspace: Workspace, settings: AppSettings, changes: ChangeSignals) -> None:
        super().__init__()
        self.setObjectName("screen_network")
        self._workspace = workspace

        def language() -> str:
            return resolve_language(str(settings.value(Setting.LANGUAGE)))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("networkTabs")
        meetings = QWidget()
        self.model = RowsModel(self)
        self.list = QListView()
        self.list.setObjectName("meetingList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._open_current())
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planMeetings")
        self.plan_button.setProperty("primary", True)
        self.plan_button.clicked.connect(self.plan)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPack")
        self.export_button.clicked.connect(self.export_pack)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importPack")
        self.import_button.clicked.connect(self.import_pack)
        self.message = QLabel()
        self.message.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        side.addWidget(self.plan_button)
        side.addWidget(self.export_button)
        side.addWidget(self.import_button)
        side.addWidget(self.message)
        self.side_widget = side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(SIDE_WIDTH)
        self.view = MeetingView(workspace, language)
        self.view.status_message.connect(self.status_message)
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)
        row = QHBoxLayout(meetings)
        row.addWidget(side_widget)
        row.addWidget(self.pages, 1)
        self.members = MembersPanel(workspace)
        self.schools = SchoolsPanel(workspace)
        self.topics = TopicsPanel(workspace)
        for panel in (self.members, self.schools, self.topics):
            panel.status_message.connect(self.status_message)
        for tab in (meetings, self.members, self.schools, self.topics):
            self.tabs.addTab(tab, "")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        changes.changed.connect(self._on_change)
        self.retranslate()
        keep_fitted(self, self._fit_side)
        self.refresh()

    def _fit_side(self) -> None:
        buttons = [self.plan_button, self.export_button, self.import_button]
        width = fit_width(self.side_widget, buttons, SIDE_WIDTH)
        self.side_widget.setMaximumWidth(width)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Teachers’ network"))
        for index, text in enumerate(
            (self.tr("Meetings"), self.tr("Members"), self.tr("Schools"), self.tr("Topics"))
        ):
            self.tabs.setTabText(index, text)
        self.plan_button.setText(self.tr("&Plan the meetings…"))
        self.export_button.setText(self.tr("Export the network pack…"))
        self.import_button.setText(self.tr("Import a network pack…"))
        self.empty.setText(
            self.tr(
                "The contact teachers of several schools meet a few times a year: one online "
                "and two in person, hosted in turn. Add the schools, then plan the meetings."
            )
        )
        self._fit_side()
        self.refresh()

    def refresh(self) -> None:
        current = self.view.meeting.id if self.view.meeting else None
        meetings = self._workspace.meetings.meetings()
        self.model.set_headers([""])
        self.model.set_rows(
            [
                (
                    f"{short_date_time(m.starts_at)} · {mode_name(m.mode)}"
                    + (f" · {m.host}" if m.host else ""),
                )
                for m in meetings
            ],
            [m.id for m in meetings],
        )
        ids = [m.id for m in meetings]
        if current in ids:
            self.list.setCurrentIndex(self.model.index(ids.index(current), 0))
            self.view.show_meeting(meetings[ids.index(current)])
        elif meetings:
            upcoming = [i for i, m in enumerate(meetings) if m.starts_at.date() >= date.today()]
            self.list.setCurrentIndex(self.model.index(upcoming[0] if upcoming else 0, 0))
        self.pages.setCurrentIndex(1 if meetings else 0)

    def _open_current(self) -> None:
        meeting_id = self.model.value(self.list.currentIndex().row())
        if meeting_id is not None:
            self.view.show_meeting(self._workspace.meetings.meeting(int(meeting_id)))
            self.pages.setCurrentIndex(1)

    def plan(self) -> None:
        start = date.today()
        start = date(start.year if start.month >= 8 else start.year - 1, 8, 1)
        if PlanDialog(self._workspace, start, self).exec():
            self.refresh()

    def export_pack(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the network pack"),
            str(Path.home() / "netwerk-pack.json"),
            self.tr("Network pack (*.json)"),
        )
        if path:
            self._pack_result(lambda: self._workspace.network_files.export_pack(Path(path)))

    def import_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a network pack"),
            str(Path.home()),
            self.tr("Network pack (*.json)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        try:
            result = self._workspace.network_files.import_pack(path)
        except NetwerkError as error:
            self.message.setProperty("role", "error")
            self.message.setText(describe(error))
            return
        self.message.setProperty("role", "muted")
        self.message.setText(
            fill(
                self.tr("New meetings: %1. Updated: %2. Already up to date: %3. Newer here: %4."),
                result.added,
                result.updated,
                result.unchanged,
                result.kept_newer_here,
            )
        )
        self.refresh()

    def _pack_result(self, action: Any) -> None:
        try:
            path = action()
        except NetwerkError as error:
            self.message.setText(describe(error))
            return
        self.status_message.emit(fill(self.tr("Saved %1."), Path(path).name))

    def activated(self, argument: Any = None) -> None:
        self.refresh()
        for panel in (self.members, self.schools, self.topics):
            panel.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.NETWORK) and self.isVisible():
            self.refresh()
