"""Who comes (students of the classes, guests by name only), and the cross-class groups the
partnership solver makes from them (in the background, it takes a moment)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.events.records import EventPlan
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.tasks import TaskControl, run_in_background
from ui.events.names import isolated


class SignupPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("signupPanel")
        self._workspace = workspace
        self._plan: EventPlan | None = None
        self.count = QLabel()
        self.count.setObjectName("signupCount")
        self.attendees = QListWidget()
        self.attendees.setObjectName("attendeeList")
        self.everyone_button = QPushButton()
        self.everyone_button.setObjectName("signUpEveryone")
        self.everyone_button.clicked.connect(self.sign_up_everyone)
        self.guest = QLineEdit()
        self.guest.setObjectName("guestName")
        self.guest.setMaxLength(200)
        self.guest.returnPressed.connect(self.add_guest)
        self.guest_button = QPushButton()
        self.guest_button.clicked.connect(self.add_guest)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.groups_title = QLabel()
        self.groups_title.setProperty("role", "subtitle")
        self.groups = QListWidget()
        self.groups.setObjectName("eventGroups")
        self.groups_button = QPushButton()
        self.groups_button.setObjectName("makeGroups")
        self.groups_button.clicked.connect(self.make_groups)
        self.groups_note = QLabel()
        self.groups_note.setProperty("role", "muted")
        self.groups_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        left = QVBoxLayout()
        left.addWidget(self.count)
        left.addWidget(self.attendees, 1)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.guest, 1)
        guest_row.addWidget(self.guest_button)
        left.addLayout(guest_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.everyone_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.groups_title)
        right.addWidget(self.groups_note)
        right.addWidget(self.groups, 1)
        right.addWidget(self.groups_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.guest.setPlaceholderText(self.tr("A guest’s name (nothing else is kept)"))
        self.guest_button.setText(self.tr("Add guest"))
        self.everyone_button.setText(self.tr("Sign up every student"))
        self.remove_button.setText(self.tr("Take off the list"))
        self.groups_title.setText(self.tr("Groups across the classes"))
        self.groups_button.setText(self.tr("Make groups"))
        self._show()

    def set_plan(self, plan: EventPlan) -> None:
        self._plan = plan
        self._show()

    def _show(self) -> None:
        plan = self._plan
        if plan is None:
            return
        self.attendees.clear()
        for attendee in plan.attendees:
            if attendee.guest:
                self.attendees.addItem(fill(self.tr("%1 (guest)"), isolated(attendee.name)))
            else:
                self.attendees.addItem(f"{isolated(attendee.name)} · {attendee.class_name}")
        students = sum(1 for a in plan.attendees if not a.guest)
        guests = len(plan.attendees) - students
        self.count.setText(fill(self.tr("Coming: %1 students, %2 guests"), students, guests))
        self.groups.clear()
        for group in plan.groups:
            pairs = "  /  ".join(
                " & ".join(f"{isolated(a.name)} ({a.class_name})" for a in pair)
                for pair in group.pairs
            )
            self.groups.addItem(fill(self.tr("Group %1: %2"), group.number, pairs))
        if plan.groups_removed:
            self.groups_note.setText(
                self.tr("The follow-up is over, so the groups were deleted, as planned.")
            )
        else:
            self.groups_note.setText(
                self.tr(
                    "The solver mixes the classes in every group as far as the numbers allow. "
                    "The groups are deleted by themselves when the follow-up is over."
                )
            )
        self.groups_button.setEnabled(not plan.groups_removed)

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except NetwerkError as error:
            self.error.setText(describe(error))
            self.error.show()
        else:
            self.error.hide()

    def sign_up_everyone(self) -> None:
        if self._plan is not None:
            plan_id = self._plan.id
            self._run(lambda: self._workspace.events.sign_up_everyone(plan_id))

    def add_guest(self) -> None:
        if self._plan is None:
            return
        plan_id, name = self._plan.id, self.guest.text()
        self._run(lambda: self._workspace.events.add_guest(plan_id, name))
        if self.error.isHidden():
            self.guest.clear()

    def remove_selected(self) -> None:
        plan = self._plan
        row = self.attendees.currentRow()
        if plan is None or row < 0:
            return
        attendee = plan.attendees[row]
        answer = QMessageBox.question(
            self,
            self.tr("Take off the list"),
            fill(self.tr("Take %1 off the list?"), attendee.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if attendee.guest:
            self._run(lambda: self._workspace.events.remove_guest(plan.id, attendee.name))
        elif attendee.student_id is not None:
            student = attendee.student_id
            self._run(lambda: self._workspace.events.sign_up(plan.id, [student], coming=False))

    def make_groups(self) -> None:
        plan = self._plan
        if plan is None:
            return
        if plan.groups and (
            QMessageBox.question(
                self, self.tr("Make groups"), self.tr("Replace the groups made before?")
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.groups_button.setEnabled(False)
        self.status_message.emit(self.tr("Making groups…"))

        def work(_control: TaskControl) -> EventPlan:
            return self._workspace.event_groups.make_groups(plan.id)

        run_in_background(work, self, succeeded=self._made, failed=self._failed)

    def _made(self, plan: EventPlan) -> None:
        self.error.hide()
        self.set_plan(plan)
        self.status_message.emit(fill(self.tr("%1 groups made."), len(plan.groups)))

    def _failed(self, error: BaseException) -> None:
        self.groups_button.setEnabled(True)
        self.error.setText(describe(error))
        self.error.show()
