"""One event's plan in tabs: the basics (purpose, day, time, place, classes), the programme,
the team, the checklist, sign-up and groups, the follow-up and the handouts."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import Block, EventPlan, TeamMember
from netwerk_desktop.workspace import Workspace
from ui.common.forms import add_form_rows, set_form_labels
from ui.common.languages import NATIVE_NAMES
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.events.checklist_panel import ChecklistPanel
from ui.events.follow_up_panel import FollowUpPanel
from ui.events.prints_panel import PrintsPanel
from ui.events.programme_panel import ProgrammePanel
from ui.events.signup_panel import SignupPanel
from ui.events.team_panel import TeamPanel


class EventPage(Retranslating, QWidget):
    status_message = Signal(str)
    deleted = Signal(int)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("eventPage")
        self._workspace = workspace
        self.plan: EventPlan | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setObjectName("eventHeading")
        self.purpose_line = QLabel()
        self.purpose_line.setProperty("role", "muted")
        self.purpose_line.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventTabs")

        basics = QWidget()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("eventTitleEdit")
        self.title_edit.setMaxLength(200)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("eventPurpose")
        self.purpose.setMaxLength(300)
        self.day = QDateEdit()
        self.day.setObjectName("eventDayEdit")
        self.day.setCalendarPopup(True)
        self.has_start = QCheckBox()
        self.start = QTimeEdit()
        self.start.setObjectName("eventStart")
        self.has_start.toggled.connect(self.start.setEnabled)
        start_row = QHBoxLayout()
        start_row.addWidget(self.has_start)
        start_row.addWidget(self.start, 1)
        self.place = QLineEdit()
        self.place.setObjectName("eventPlace")
        self.place.setMaxLength(200)
        self.language = QComboBox()
        self.language.setObjectName("eventLanguage")
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.classes = QListWidget()
        self.classes.setObjectName("eventClassList")
        self.classes.setMaximumHeight(160)
        self.form = QFormLayout()
        add_form_rows(
            self.form,
            (self.title_edit, self.purpose, self.day, start_row, self.place, self.classes),
        )
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveEvent")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_basics)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteEvent")
        self.delete_button.clicked.connect(self.delete_event)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        basics_layout = QVBoxLayout(basics)
        basics_layout.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        basics_layout.addLayout(buttons)
        basics_layout.addWidget(self.error)
        basics_layout.addStretch(1)

        self.programme = ProgrammePanel(self._save_blocks)
        self.team = TeamPanel(self._save_team)
        self.checklist = ChecklistPanel(
            lambda item, done: self._call(lambda p: workspace.events.check(p, item, done)),
            lambda text: self._call(lambda p: workspace.events.add_own_step(p, text)),
            lambda item: self._call(lambda p: workspace.events.remove_own_step(p, item)),
        )
        self.signup = SignupPanel(workspace)
        self.follow_up = FollowUpPanel(workspace)
        self.prints = PrintsPanel(workspace)
        for panel in (self.programme, self.team, self.signup, self.follow_up, self.prints):
            panel.status_message.connect(self.status_message)
        for tab in (
            basics,
            self.programme,
            self.team,
            self.checklist,
            self.signup,
            self.follow_up,
            self.prints,
        ):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose_line)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("&Plan"),
                self.tr("P&rogramme"),
                self.tr("&Team"),
                self.tr("Chec&klist"),
                self.tr("&Sign-up and groups"),
                self.tr("&Follow-up"),
                self.tr("&Handouts"),
            )
        ):
            self.tabs.setTabText(index, text)
        set_form_labels(
            self.form,
            (
                self.tr("Name"),
                self.tr("Purpose"),
                self.tr("Day"),
                self.tr("Start"),
                self.tr("Place"),
                self.tr("Handouts in"),
                self.tr("Classes"),
            ),
        )
        self.purpose.setPlaceholderText(self.tr("In one sentence: who should meet whom, and why"))
        self.has_start.setText(self.tr("Starts at"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete event…"))

    def show_plan(self, plan: EventPlan) -> None:
        self.plan = plan
        self.heading.setText(plan.title)
        self.purpose_line.setText(plan.purpose)
        self.title_edit.setText(plan.title)
        self.purpose.setText(plan.purpose)
        self.day.setDate(QDate(plan.held_on.year, plan.held_on.month, plan.held_on.day))
        self.has_start.setChecked(plan.starts_at is not None)
        self.start.setEnabled(plan.starts_at is not None)
        if plan.starts_at is not None:
            self.start.setTime(QTime(plan.starts_at.hour, plan.starts_at.minute))
        self.place.setText(plan.place)
        self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))
        taking_part = {c.id for c in plan.classes}
        self.classes.clear()
        for summary in self._workspace.class_overview():
            item = QListWidgetItem(summary.name)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            checked = summary.id in taking_part
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.classes.addItem(item)
        self.programme.set_plan(plan)
        students = [
            s
            for c in plan.classes
            for s in self._workspace.roster.list_students(c.id, include_inactive=False)
        ]
        self.team.set_plan(plan, students)
        self.checklist.set_plan(plan)
        self.signup.set_plan(plan)
        self.follow_up.set_plan(plan)
        self.prints.set_plan(plan)

    def reload(self) -> None:
        if self.plan is not None:
            try:
                self.show_plan(self._workspace.events.get(self.plan.id))
            except NetwerkError:
                self.plan = None

    def _call(self, action: object) -> EventPlan | None:
        if self.plan is None:
            return None
        return action(self.plan.id)  # type: ignore[operator,no-any-return]

    def _save_blocks(self, blocks: list[Block]) -> EventPlan | None:
        return self._call(lambda p: self._workspace.events.set_blocks(p, blocks))

    def _save_team(self, team: list[TeamMember]) -> EventPlan | None:
        return self._call(lambda p: self._workspace.events.set_team(p, team))

    def save_basics(self) -> None:
        if self.plan is None:
            return
        day = self.day.date()
        start = self.start.time()
        class_ids = [
            int(self.classes.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.classes.count())
            if self.classes.item(r).checkState() == Qt.CheckState.Checked
        ]
        events = self._workspace.events
        try:
            events.update(
                self.plan.id,
                title=self.title_edit.text(),
                purpose=self.purpose.text(),
                held_on=date(day.year(), day.month(), day.day()),
                starts_at=time(start.hour(), start.minute())
                if self.has_start.isChecked()
                else None,
                clear_start=not self.has_start.isChecked(),
                place=self.place.text(),
                language=str(self.language.currentData()),
            )
            if {c.id for c in self.plan.classes} != set(class_ids):
                events.set_classes(self.plan.id, class_ids)
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self.status_message.emit(self.tr("The event is saved."))

    def delete_event(self) -> None:
        plan = self.plan
        if plan is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            fill(
                self.tr(
                    "Delete “%1” with its programme, team, sign-up, groups and follow-up? "
                    "A backup is made first, so it can be restored in Settings."
                ),
                plan.title,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._workspace.backup_now("before-delete")
        self._workspace.events.delete(plan.id)
        self.plan = None
        self.deleted.emit(plan.id)
        self.status_message.emit(fill(self.tr("“%1” was deleted."), plan.title))
