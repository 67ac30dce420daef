"""A meeting's files: the calendar entry (.ics), the sign-ups as CSV, and the invitation with
agenda, the sign-up sheet, name badges and the minutes as PDF. Made in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netwerk_desktop.teachers_network.prints import MeetingPrint
from netwerk_desktop.teachers_network.records import Meeting
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.tasks import TaskControl, run_in_background


class MeetingFiles(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace, language: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("meetingFiles")
        self._workspace = workspace
        self._language = language  # the interface language: the files are printed in it
        self._meeting: Meeting | None = None
        self.ask_path: Callable[[str, str], Path | None] = self._ask_path
        self.ics_button = QPushButton()
        self.ics_button.setObjectName("meetingIcs")
        self.ics_button.clicked.connect(self.save_ics)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.save_signups)
        self.print_buttons: dict[MeetingPrint, QPushButton] = {}
        grid = QGridLayout()
        grid.addWidget(self.ics_button, 0, 0)
        grid.addWidget(self.csv_button, 0, 1)
        for index, kind in enumerate(MeetingPrint):
            button = QPushButton()
            button.setObjectName(f"meeting-{kind.value}")
            button.clicked.connect(lambda _=False, kind=kind: self.save_print(kind))
            self.print_buttons[kind] = button
            grid.addWidget(button, 1 + index // 2, index % 2)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.ics_button.setText(self.tr("Calendar file (.ics)"))
        self.csv_button.setText(self.tr("Sign-ups (CSV)"))
        names = {
            MeetingPrint.INVITATION: self.tr("Invitation and agenda (PDF)"),
            MeetingPrint.SIGNUP_SHEET: self.tr("Sign-up sheet (PDF)"),
            MeetingPrint.BADGES: self.tr("Name badges (PDF)"),
            MeetingPrint.MINUTES: self.tr("Minutes (PDF)"),
        }
        for kind, button in self.print_buttons.items():
            button.setText(names[kind])

    def set_meeting(self, meeting: Meeting) -> None:
        self._meeting = meeting

    def _ask_path(self, suggested: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the file"), str(Path.home() / suggested), pattern
        )
        return Path(path) if path else None

    def _name(self, what: str, suffix: str) -> str:
        assert self._meeting is not None
        return f"{self._meeting.starts_at:%Y-%m-%d} {what}{suffix}".replace("/", "-")

    def save_ics(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        path = self.ask_path(self._name(self.tr("meeting"), ".ics"), "iCalendar (*.ics)")
        if path is None:
            return
        workspace, language = self._workspace, self._language()

        def work(_control: TaskControl) -> Path:
            from netwerk_desktop.handouts import load_labels
            from netwerk_desktop.teachers_network.prints import calendar_texts

            network = workspace.meetings.series().name
            title, description = calendar_texts(meeting, network, load_labels(language))
            return workspace.network_files.write_ics(
                meeting.id, path, title=title, description=description
            )

        self._start(work)

    def save_signups(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        path = self.ask_path(self._name(self.tr("sign-ups"), ".csv"), "CSV (*.csv)")
        if path is not None:
            files = self._workspace.network_files
            self._start(lambda _control: files.write_signups_csv(meeting.id, path))

    def save_print(self, kind: MeetingPrint) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        path = self.ask_path(self._name(self.print_buttons[kind].text(), ".pdf"), "PDF (*.pdf)")
        if path is None:
            return
        workspace, language = self._workspace, self._language()

        def work(_control: TaskControl) -> Path:
            from netwerk_desktop.teachers_network.prints import print_meeting

            print_meeting(
                workspace.meetings.meeting(meeting.id),
                kind,
                path,
                network=workspace.meetings.series().name,
                language=language,
                printed_on=date.today(),
                members=workspace.network.members(),
                school_name=workspace.school.school_name,
            )
            return path

        self._start(work)

    def _start(self, work: Callable[[TaskControl], Path]) -> None:
        run_in_background(work, self, succeeded=self._saved, failed=self._failed)

    def _saved(self, path: Path) -> None:
        self.error.hide()
        self.status_message.emit(fill(self.tr("Saved %1."), path.name))

    def _failed(self, error: BaseException) -> None:
        self.error.setText(describe(error))
        self.error.show()
