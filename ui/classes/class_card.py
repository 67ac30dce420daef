"""A class on the Home screen: name, year, student count, the next lesson. Click, tap or Enter
opens it; its button continues or starts the next lesson, and once every lesson is done it
offers what comes next (new partnerships, the year's tallies, archiving), also beside an
optional module's first lesson once the main series is done."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QPushButton, QVBoxLayout

from netwerk_desktop.services.lesson_records import LessonState, NextLesson
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.services.startup_reads import module_title
from ui.common.languages import NATIVE_NAMES
from ui.common.placeholders import fill


class ClassCardText(QObject):
    """Plural texts: pyside6-lupdate finds plural forms only in tr() calls of a QObject."""

    def students(self, count: int) -> str:
        return self.tr("%n student(s)", "", count)


_PLURALS = ClassCardText()


def students_text(count: int) -> str:
    return _PLURALS.students(count)


class NextStep(StrEnum):
    """What a class can do once every lesson is done."""

    PARTNERSHIPS = "partnerships"  # the next rotation
    TALLIES = "tallies"  # the year's tallies side by side
    ARCHIVE = "archive"


class ClassCard(QFrame):
    opened = Signal(int)
    run_requested = Signal(int, str)  # class id, lesson id
    next_step_requested = Signal(int, str)  # class id, a NextStep

    def __init__(self, summary: ClassSummary) -> None:
        super().__init__()
        self.summary = summary
        self.setObjectName(f"classCard_{summary.id}")
        self.setProperty("card", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.name_label = QLabel(summary.name)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # a class name is never markup
        self.name_label.setProperty("role", "subtitle")
        self.name_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setProperty("role", "muted")
        self.count_label = QLabel()
        self.next_lesson: NextLesson | None = None
        self.lessons_started = False  # the card knows what comes next (see set_next_lesson)
        self.next_label = QLabel()
        self.next_label.setObjectName("classCardNext")
        self.next_label.hide()
        self.run_button = QPushButton()
        self.run_button.setObjectName("classCardRun")
        self.run_button.clicked.connect(self._run_clicked)
        self.run_button.hide()
        # After the last lesson the same place offers what comes next for the class.
        self.next_steps = QMenu(self)
        self.next_actions: dict[NextStep, QAction] = {}
        for step in NextStep:
            action = self.next_steps.addAction("")
            action.triggered.connect(
                lambda _checked=False, chosen=step: self.next_step_requested.emit(
                    self.summary.id, chosen.value
                )
            )
            self.next_actions[step] = action
        # After the main series the card offers an optional module's first lesson; what comes
        # next for the class stays one click away for a teacher who skips the module.
        self.steps_button = QPushButton()
        self.steps_button.setObjectName("classCardNextStepsBesideModule")
        self.steps_button.setFlat(True)
        self.steps_button.clicked.connect(lambda _checked=False: self._pop_next_steps())
        self.steps_button.hide()
        layout.addWidget(self.name_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.run_button)
        layout.addWidget(self.steps_button)
        self.retranslate()

    def retranslate(self) -> None:
        language = NATIVE_NAMES.get(self.summary.content_language, self.summary.content_language)
        self.detail_label.setText(f"{self.summary.school_year} · {language}")
        self.count_label.setText(students_text(self.summary.student_count))
        self.setAccessibleName(f"{self.summary.name}, {self.count_label.text()}")
        self._show_next()

    def set_next_lesson(self, following: NextLesson | None) -> None:
        """What comes next for the class (None: every lesson is done)."""
        self.next_lesson = following
        self.lessons_started = True
        self._show_next()

    def _show_next(self) -> None:
        if not self.lessons_started:
            return
        following = self.next_lesson
        self.next_label.show()
        self.run_button.show()
        self.steps_button.setText(QCoreApplication.translate("ClassCard", "Next steps…"))
        self.steps_button.setVisible(
            following is not None
            and following.module is not None
            and following.number == 1
            and following.state is LessonState.NOT_STARTED
        )
        if following is None:
            self.next_label.setText(QCoreApplication.translate("ClassCard", "All lessons done"))
            self.run_button.setText(QCoreApplication.translate("ClassCard", "Next steps…"))
            self.run_button.setObjectName("classCardNextSteps")
            return
        self.run_button.setObjectName("classCardRun")
        number = str(following.number)
        if following.module is not None:
            self._show_next_in_module(following, number)
            return
        if following.state is LessonState.IN_PROGRESS:
            self.next_label.setText(
                fill(QCoreApplication.translate("ClassCard", "Lesson %1 is in progress"), number)
            )
            text = QCoreApplication.translate("ClassCard", "Continue lesson %1")
        else:
            self.next_label.setText(
                fill(QCoreApplication.translate("ClassCard", "Next: lesson %1"), number)
            )
            text = QCoreApplication.translate("ClassCard", "Start lesson %1")
        self.run_button.setText(fill(text, number))

    def _show_next_in_module(self, following: NextLesson, number: str) -> None:
        """A module's lesson, named with the module ("Our networks, lesson 2")."""
        assert following.module is not None
        module = module_title(following.module, self.summary.content_language)
        translate = QCoreApplication.translate
        if following.state is LessonState.IN_PROGRESS:
            label = translate("ClassCard", "%1, lesson %2 is in progress")
            button = translate("ClassCard", "Continue %1, lesson %2")
        else:
            label = translate("ClassCard", "Next: %1, lesson %2")
            button = translate("ClassCard", "Start %1, lesson %2")
        self.next_label.setText(fill(label, module, number))
        self.run_button.setText(fill(button, module, number))

    def _name_next_steps(self) -> None:
        texts = {
            NextStep.PARTNERSHIPS: QCoreApplication.translate("ClassCard", "New partnerships"),
            NextStep.TALLIES: QCoreApplication.translate(
                "ClassCard", "The year's tallies side by side"
            ),
            NextStep.ARCHIVE: QCoreApplication.translate("ClassCard", "Archive the class…"),
        }
        for step, action in self.next_actions.items():
            action.setText(texts[step])

    def _run_clicked(self) -> None:
        if self.next_lesson is not None:
            self.run_requested.emit(self.summary.id, self.next_lesson.lesson_id)
        elif self.lessons_started:
            self._pop_next_steps(self.run_button)

    def _pop_next_steps(self, under: QPushButton | None = None) -> None:
        # Named as they open: a language change reaches them, and a card being taken down
        # (its menu already gone) never touches them.
        self._name_next_steps()
        button = under or self.steps_button
        self.next_steps.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.summary.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.summary.id)
            return
        super().keyPressEvent(event)
