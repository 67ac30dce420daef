"""The event's handouts: each one saved as a PDF where the teacher chooses, made in the
background, then opened in the system's PDF viewer to print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.events.prints import EventPrint, default_parents_letter
from netwerk_desktop.events.records import EventPlan
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.tasks import TaskControl, run_in_background


def open_after_saving(parent: QWidget, path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PrintsPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("eventPrints")
        self._workspace = workspace
        self._plan: EventPlan | None = None
        self.open_when_done = True
        self.buttons: dict[EventPrint, QPushButton] = {}
        grid = QGridLayout()
        for index, kind in enumerate(EventPrint):
            button = QPushButton()
            button.setObjectName(f"print-{kind.value}")
            button.clicked.connect(lambda _=False, kind=kind: self.ask_and_print(kind))
            self.buttons[kind] = button
            grid.addWidget(button, index // 3, index % 3)
        self.letter_label = QLabel()
        self.letter_label.setProperty("role", "subtitle")
        self.letter = QPlainTextEdit()
        self.letter.setObjectName("parentsLetter")
        self.save_letter = QPushButton()
        self.save_letter.setObjectName("saveLetter")
        self.save_letter.clicked.connect(self.store_letter)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.letter_label)
        layout.addWidget(self.letter, 1)
        layout.addWidget(self.save_letter)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            EventPrint.POSTER: self.tr("Programme poster"),
            EventPrint.GROUP_CARDS: self.tr("Group cards"),
            EventPrint.BADGES: self.tr("First-name badges"),
            EventPrint.ROLE_CARDS: self.tr("Role cards"),
            EventPrint.PARENTS_LETTER: self.tr("Letter to parents"),
            EventPrint.FOLLOW_UP_CARDS: self.tr("Follow-up cards"),
        }
        for kind, button in self.buttons.items():
            button.setText(names[kind])
        self.letter_label.setText(self.tr("The letter to parents (edit it before printing)"))
        self.save_letter.setText(self.tr("Save the letter"))

    def set_plan(self, plan: EventPlan) -> None:
        self._plan = plan
        if not self.letter.document().isModified():
            from netwerk_desktop.handouts import load_labels

            text = plan.parents_letter or default_parents_letter(plan, load_labels(plan.language))
            self.letter.setPlainText(text)
            self.letter.document().setModified(False)

    def store_letter(self) -> None:
        if self._plan is None:
            return
        self._workspace.events.update(self._plan.id, parents_letter=self.letter.toPlainText())
        self.letter.document().setModified(False)
        self.status_message.emit(self.tr("The letter is saved."))

    def ask_and_print(self, kind: EventPrint) -> None:
        if self._plan is None:
            return
        if kind is EventPrint.PARENTS_LETTER and self.letter.document().isModified():
            self.store_letter()
        suggested = f"{self._plan.title} - {self.buttons[kind].text()}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the handout"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        if path:
            self.print_to(kind, Path(path))

    def print_to(self, kind: EventPrint, path: Path) -> None:
        """Make the handout in the background (the screen stays responsive)."""
        plan_id = self._plan.id if self._plan else None
        if plan_id is None:
            return
        workspace = self._workspace
        school = workspace.school.school_name

        def work(_control: TaskControl) -> Path:
            from netwerk_desktop.events.prints import print_event

            plan = workspace.events.get(plan_id)
            print_event(plan, kind, path, school_name=school, printed_on=date.today())
            return path

        run_in_background(work, self, succeeded=self._printed, failed=self._failed)

    def _printed(self, path: Path) -> None:
        self.error.hide()
        self.status_message.emit(fill(self.tr("Saved %1."), path.name))
        if self.open_when_done:
            open_after_saving(self, path)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(describe(error))
        self.error.show()
