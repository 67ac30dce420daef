"""The Lessons tab of a class: which lessons are done, which is in progress, what comes next;
continue or start a lesson in run mode, pick any lesson, mark one done, or reset it (with
undo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import ContentPack, load_pack
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.lesson_records import (
    ClassProgress,
    LessonState,
    NextLesson,
    ResetReceipt,
)
from netwerk_desktop.services.records import ClassSummary
from ui.common.app_settings import AppSettings
from ui.common.changes import ChangeSignals
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.series_chooser import SeriesChooser
from ui.presentation.progress_model import LessonProgressModel

if TYPE_CHECKING:
    from netwerk_desktop.workspace import Workspace


class LessonProgressPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(
        self, workspace: Workspace, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lessonProgress")
        self._workspace = workspace
        self._settings = settings
        self.summary: ClassSummary | None = None
        self._pack: ContentPack | None = None
        self._stale = True
        self._receipt: ResetReceipt | None = None
        self.model = LessonProgressModel(self)
        self.series_choice = SeriesChooser()  # the series, or a module beside it
        self.series_choice.chosen.connect(lambda _module: self.refresh())
        self._progress: ClassProgress | None = None
        self.list = QListView()
        self.list.setObjectName("lessonProgressList")
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.list.doubleClicked.connect(lambda _index: self.run_chosen())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("lessonProgressSummary")
        self.summary_label.setProperty("role", "subtitle")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueLesson")
        self.continue_button.setProperty("primary", True)
        self.continue_button.clicked.connect(self.run_next)
        self.run_button = QPushButton()
        self.run_button.setObjectName("runChosenLesson")
        self.run_button.clicked.connect(self.run_chosen)
        self.done_button = QPushButton()
        self.done_button.setObjectName("markLessonDone")
        self.done_button.clicked.connect(self.mark_done)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetLesson")
        self.reset_button.clicked.connect(self.confirm_reset)
        self.undo_bar = QFrame()
        self.undo_bar.setProperty("card", True)
        self.undo_text = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoReset")
        self.undo_button.clicked.connect(self.undo_reset)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.continue_button)
        chosen = QHBoxLayout()
        for button in (self.run_button, self.done_button, self.reset_button):
            chosen.addWidget(button)
        chosen.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.series_choice)
        layout.addWidget(self.list, 1)
        layout.addLayout(chosen)
        layout.addWidget(self.undo_bar)
        self._changes = ChangeSignals(workspace.changes, self)
        self._changes.changed.connect(self._on_change)
        self.destroyed.connect(self._changes.detach)
        self.retranslate()

    # Texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.done_button.setText(self.tr("Mark as done"))
        self.reset_button.setText(self.tr("Reset…"))
        self.undo_button.setText(self.tr("Undo"))
        self._update_buttons()
        self.model.set_progress(self.model.progress)  # its rows are sentences too

    # Data ------------------------------------------------------------------------------------

    def show_class(self, summary: ClassSummary) -> None:
        if self.summary is None or summary.content_language != self.summary.content_language:
            self._pack = None
        if self.summary is None or summary.id != self.summary.id:
            self.undo_bar.hide()
            self._progress = None  # a new class: show where it stands (see refresh)
        self.summary = summary
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        summary = self.summary
        if summary is None:
            return
        first_look = self._pack is None or self._progress is None
        if self._pack is None:
            self._pack = load_pack(summary.content_language)
            self.series_choice.set_pack(self._pack)
        chosen = self.chosen_lesson_id()
        whole = self._workspace.lessons.progress(summary.id, self._pack.lessons, self._pack.modules)
        self._progress = whole
        if first_look and whole.next is not None:
            self.series_choice.blockSignals(True)
            self.series_choice.choose(whole.next.module)  # where the class is now
            self.series_choice.blockSignals(False)
        progress = whole.of_series(self.series_choice.module())
        self.model.set_progress(progress)
        self._stale = False
        row = self.model.row_of(chosen) if chosen else None
        if row is None and progress.next is not None:
            row = self.model.row_of(progress.next.lesson_id)
        if row is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.summary_label.setText(
            fill(
                self.tr("%1 of %2 lessons done"),
                str(progress.done_count),
                str(len(progress.lessons)),
            )
        )
        self._update_buttons()

    def chosen_lesson_id(self) -> str | None:
        item = self.model.lesson(self.list.currentIndex().row())
        return item.lesson_id if item is not None else None

    def _update_buttons(self) -> None:
        progress = self.model.progress
        following = progress.next if progress is not None else None
        self.continue_button.setVisible(following is not None)
        if following is not None:
            self.continue_button.setText(self._next_text(following) + "  (F5)")
        item = self.model.lesson(self.list.currentIndex().row())
        for button in (self.run_button, self.done_button, self.reset_button):
            button.setEnabled(item is not None)
        if item is None:
            self.run_button.setText(self.tr("Run this lesson"))
            return
        texts = {
            LessonState.NOT_STARTED: self.tr("Start lesson %1"),
            LessonState.IN_PROGRESS: self.tr("Continue lesson %1"),
            LessonState.DONE: self.tr("Run lesson %1 again"),
        }
        self.run_button.setText(fill(texts[item.state], str(item.number)))
        self.done_button.setEnabled(item.state is not LessonState.DONE)
        self.reset_button.setEnabled(item.state is not LessonState.NOT_STARTED)

    def _next_text(self, following: NextLesson) -> str:
        """ "Continue lesson 4", or with the module's title for a module's lesson."""
        number = str(following.number)
        going_on = following.state is LessonState.IN_PROGRESS
        module = self._pack.module(following.module) if self._pack and following.module else None
        if module is None:
            text = self.tr("Continue lesson %1") if going_on else self.tr("Start lesson %1")
            return fill(text, number)
        text = self.tr("Continue %1, lesson %2") if going_on else self.tr("Start %1, lesson %2")
        return fill(text, module.title, number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5:  # as in presentation software: start
            self.run_next()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if self.summary is None or not change.touches(Topic.PROGRESS):
            return
        if change.class_id not in (None, self.summary.id):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    # Actions ---------------------------------------------------------------------------------

    def run_next(self) -> None:
        progress = self.model.progress
        if progress is not None and progress.next is not None:
            self.run(progress.next.lesson_id)

    def run_chosen(self) -> None:
        lesson_id = self.chosen_lesson_id()
        if lesson_id is not None:
            self.run(lesson_id)

    def run(self, lesson_id: str) -> None:
        if self.summary is None:
            return
        from ui.presentation.run_mode import start_lesson

        start_lesson(self, self._workspace, self.summary.id, lesson_id, self._settings)

    def mark_done(self) -> None:
        lesson_id = self.chosen_lesson_id()
        if self.summary is None or self._pack is None or lesson_id is None:
            return
        lesson = self._pack.lesson(lesson_id)
        if lesson is None:
            return
        try:
            self._workspace.lessons.mark_done(self.summary.id, lesson)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), describe(exc))
            return
        self.status_message.emit(fill(self.tr("Lesson %1 is marked as done."), str(lesson.number)))
        # The button is off now; Qt would hand the focus to the next one, "Reset…"
        self.list.setFocus()

    def confirm_reset(self) -> None:
        item = self.model.lesson(self.list.currentIndex().row())
        if self.summary is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            fill(self.tr("Reset lesson %1?"), str(item.number)),
            fill(
                self.tr(
                    "Lesson %1 will show as not started, and a new run starts at its first step. "
                    "You can undo this."
                ),
                str(item.number),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset(item.lesson_id, item.number)

    def reset(self, lesson_id: str, number: int) -> None:
        assert self.summary is not None
        try:
            self._receipt = self._workspace.lessons.reset(self.summary.id, lesson_id)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not reset"), describe(exc))
            return
        self.undo_text.setText(fill(self.tr("Lesson %1 is back to “not started”."), str(number)))
        self.undo_bar.show()

    def undo_reset(self) -> None:
        if self._receipt is None:
            return
        try:
            self._workspace.lessons.undo_reset(self._receipt)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not undone"), describe(exc))
            return
        self._receipt = None
        self.undo_bar.hide()
