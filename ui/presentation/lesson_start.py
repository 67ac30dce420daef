"""Before a lesson starts: the students who have no place in the class's partnerships.

A student who was away when the partnerships were made, or who joined the class since, has no
place in them, and "P" would project the groups without them. So the teacher is told at the
start who has no place and ticks who is here today: they get a place now (where they fit
best, as "Back today" on the Partnerships board does), or the partnerships are shown without
them, as the teacher chose.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.grouping import RulesConflict
from netwerk_desktop.services.records import StudentRecord
from ui.common.messages import describe
from ui.common.messages.partnerships import conflict_sentence
from ui.common.retranslating import Retranslating

if TYPE_CHECKING:
    from netwerk_desktop.services.partnership_records import RotationView
    from netwerk_desktop.workspace import Workspace


class Choice(Enum):
    PLACE = "place"  # the ticked students get a place now
    WITHOUT = "without"  # the partnerships are shown without them today
    CANCEL = "cancel"  # the lesson does not start


class NoPlaceDialog(Retranslating, QDialog):
    def __init__(self, students: list[StudentRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noPlaceDialog")
        self.choice = Choice.CANCEL
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.boxes: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        for student in students:
            box = QCheckBox(student.display_name)
            box.setObjectName(f"backToday_{student.id}")
            box.setChecked(True)
            self.boxes[student.id] = box
            layout.addWidget(box)
        self.buttons = QDialogButtonBox()
        self.place_button = QPushButton()
        self.place_button.setObjectName("givePlaces")
        self.place_button.setProperty("primary", True)
        self.without_button = QPushButton()
        self.without_button.setObjectName("withoutThem")
        self.buttons.addButton(self.place_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.without_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.place_button.clicked.connect(lambda: self._choose(Choice.PLACE))
        self.without_button.clicked.connect(lambda: self._choose(Choice.WITHOUT))
        self.buttons.rejected.connect(self.reject)
        for box in self.boxes.values():
            box.toggled.connect(self._update)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Before the lesson"))
        self.heading.setText(
            self.tr("%n student(s) have no place in the partnerships", "", len(self.boxes))
        )
        self.text.setText(
            self.tr(
                "They were away when the partnerships were made, or joined the class since. "
                "Tick who is here today: they get a place where they fit best."
            )
        )
        self.without_button.setText(self.tr("Show the partnerships without them"))
        self._update()

    def _update(self) -> None:
        count = len(self.ticked())
        self.place_button.setText(self.tr("Give %n student(s) a place", "", count))
        self.place_button.setEnabled(count > 0)

    def ticked(self) -> list[int]:
        return [student for student, box in self.boxes.items() if box.isChecked()]

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def without_place(
    workspace: Workspace, class_id: int
) -> tuple[RotationView | None, list[StudentRecord]]:
    """The class's partnerships, and its active students who have no place in them."""
    rotation = workspace.partnerships.current_rotation(class_id)
    if rotation is None:
        return None, []
    placed = rotation.student_ids
    students = workspace.roster.list_students(class_id, include_inactive=False)
    return rotation, [s for s in students if s.active and s.id not in placed]


def not_saved() -> str:
    return QCoreApplication.translate("NoPlaceDialog", "Not saved")


def ready_to_start(parent: QWidget, workspace: Workspace, class_id: int) -> bool:
    """Ask about the students without a place, if there are any; False: do not start."""
    rotation, students = without_place(workspace, class_id)
    if rotation is None or not students:
        return True
    dialog = NoPlaceDialog(students, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is Choice.CANCEL:
        return False
    if dialog.choice is Choice.PLACE:
        try:
            for student in dialog.ticked():  # as "Back today" on the board: where they fit best
                workspace.planner.place_returning(class_id, student)
        except RulesConflict as conflict:
            names = {s.id: s.display_name for s in workspace.roster.list_students(class_id)}
            QMessageBox.warning(parent, not_saved(), conflict_sentence(conflict, names))
            return False
        except NetwerkError as exc:
            QMessageBox.warning(parent, not_saved(), describe(exc))
            return False
    return True
