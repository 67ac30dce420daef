"""One meeting: when, where and who hosts, then its agenda, minutes, sign-up and files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.teachers_network.records import AgendaLine, Meeting, Mode
from netwerk_desktop.workspace import Workspace
from ui.common.forms import short_date_time
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.events.names import isolated
from ui.teachers_network.agenda_panel import AgendaPanel
from ui.teachers_network.meeting_files import MeetingFiles
from ui.teachers_network.minutes_panel import MinutesPanel
from ui.teachers_network.names import mode_name


class MeetingView(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace, language: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("meetingView")
        self._workspace = workspace
        self.meeting: Meeting | None = None
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setProperty("role", "title")
        self.facts = QLabel()
        self.facts.setProperty("role", "muted")
        self.facts.setWordWrap(True)
        self.host = QComboBox()
        self.host.setObjectName("meetingHost")
        self.host.activated.connect(self._host_chosen)
        self.host_label = QLabel()
        self.host_label.setBuddy(self.host)
        self.tabs = QTabWidget()
        self.agenda = AgendaPanel(self._save_agenda, self._rebuild)
        self.minutes = MinutesPanel(workspace)
        signup = QWidget()
        self.attendees = QListWidget()
        self.attendees.setObjectName("meetingAttendees")
        self.member = QComboBox()
        self.member.setObjectName("signupMember")
        self.sign_up_button = QPushButton()
        self.sign_up_button.clicked.connect(self.sign_up)
        self.guest = QLineEdit()
        self.guest.returnPressed.connect(self.add_guest)
        self.guest_button = QPushButton()
        self.guest_button.clicked.connect(self.add_guest)
        signup_layout = QVBoxLayout(signup)
        signup_layout.addWidget(self.attendees, 1)
        member_row = QHBoxLayout()
        member_row.addWidget(self.member, 1)
        member_row.addWidget(self.sign_up_button)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.guest, 1)
        guest_row.addWidget(self.guest_button)
        signup_layout.addLayout(member_row)
        signup_layout.addLayout(guest_row)
        self.files = MeetingFiles(workspace, language)
        for panel in (self.agenda, self.minutes, self.files):
            panel.status_message.connect(self.status_message)
        for tab in (self.agenda, self.minutes, signup, self.files):
            self.tabs.addTab(tab, "")
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_label)
        host_row.addWidget(self.host, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(host_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate(
            (self.tr("&Agenda"), self.tr("&Minutes"), self.tr("&Sign-up"), self.tr("&Files"))
        ):
            self.tabs.setTabText(index, text)
        self.host_label.setText(self.tr("&Host"))
        self.sign_up_button.setText(self.tr("Sign up"))
        self.guest.setPlaceholderText(self.tr("A guest’s name (nothing else is kept)"))
        self.guest_button.setText(self.tr("Add guest"))
        if self.meeting is not None:
            self.show_meeting(self.meeting)

    def show_meeting(self, meeting: Meeting) -> None:
        self.meeting = meeting
        if meeting.mode is Mode.PHYSICAL and meeting.host:
            self.heading.setText(fill(self.tr("Meeting at %1"), meeting.host))
        elif meeting.mode is Mode.PHYSICAL:
            self.heading.setText(self.tr("Meeting in person (no host yet)"))
        else:
            self.heading.setText(self.tr("Online meeting"))
        ends = meeting.ends_at
        end = QLocale().toString(QTime(ends.hour, ends.minute), QLocale.FormatType.ShortFormat)
        self.facts.setText(
            fill(
                self.tr("%1 to %2 · %3 · %4 signed up"),
                short_date_time(meeting.starts_at),
                end,
                mode_name(meeting.mode),
                len(meeting.attendees),
            )
        )
        self.host.clear()
        self.host.addItem(self.tr("No host"), None)
        for school in self._workspace.network.schools():
            if school.can_host:
                self.host.addItem(school.name, school.id)
        self.host.setCurrentIndex(max(0, self.host.findText(meeting.host)) if meeting.host else 0)
        self.host.setEnabled(meeting.mode is Mode.PHYSICAL)
        self.agenda.set_meeting(meeting)
        self.minutes.set_meeting(meeting)
        self.files.set_meeting(meeting)
        self.attendees.clear()
        for attendee in meeting.attendees:
            self.attendees.addItem(
                f"{isolated(attendee.name)} · {attendee.school}"
                if attendee.school
                else attendee.name
            )
        self.member.clear()
        for member in self._workspace.network.members():
            self.member.addItem(member.name, member.id)

    def _run(self, action: Callable[[], Meeting]) -> None:
        try:
            meeting = action()
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.show_meeting(meeting)

    def _save_agenda(self, lines: list[AgendaLine]) -> Meeting | None:
        if self.meeting is None:
            return None
        return self._workspace.meetings.set_agenda(self.meeting.id, lines)

    def _rebuild(self) -> Meeting | None:
        if self.meeting is None:
            return None
        return self._workspace.meetings.build_agenda(self.meeting.id)

    def _host_chosen(self, index: int) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        school = self.host.itemData(index)
        meetings = self._workspace.meetings
        if school is None:
            self._run(lambda: meetings.update(meeting.id, clear_host=True))
        else:
            self._run(lambda: meetings.update(meeting.id, host_school_id=int(school)))

    def sign_up(self) -> None:
        meeting, member = self.meeting, self.member.currentData()
        if meeting is not None and member is not None:
            self._run(lambda: self._workspace.meetings.sign_up(meeting.id, int(member)))

    def add_guest(self) -> None:
        meeting = self.meeting
        if meeting is not None:
            name = self.guest.text()
            self._run(lambda: self._workspace.meetings.add_guest(meeting.id, name))
            if self.error.isHidden():
                self.guest.clear()
