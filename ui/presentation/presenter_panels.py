"""Parts of the presenter view: the timer with its controls, the teacher's private notes on
the lesson, and the help panel with the keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from ui.common.messages import describe
from ui.common.retranslating import Retranslating
from ui.presentation.keys import HELP_ROWS
from ui.presentation.step_list_model import clock_text

if TYPE_CHECKING:
    from ui.presentation.controller import PresentationController

NOTE_SAVE_MS = 1200


class TimerPanel(Retranslating, QFrame):
    """The time left in the phase or step, and start/pause, a minute less, a minute more."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.setProperty("card", True)
        self._controller = controller
        self.time = QLabel()
        self.time.setObjectName("presenterTime")
        big = QFont(self.time.font())
        big.setPointSizeF(big.pointSizeF() * 3.2)
        big.setBold(True)
        self.time.setFont(big)
        self.state = QLabel()
        self.state.setObjectName("timerState")
        self.state.setProperty("role", "muted")
        self.state.setWordWrap(True)
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("timerToggle")
        self.toggle_button.clicked.connect(controller.toggle_timer)
        self.less_button = QPushButton()
        self.less_button.setObjectName("timerLess")
        self.less_button.clicked.connect(lambda: controller.add_minutes(-1))
        self.more_button = QPushButton()
        self.more_button.setObjectName("timerMore")
        self.more_button.clicked.connect(lambda: controller.add_minutes(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button, 1)
        buttons.addWidget(self.less_button)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.time)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        controller.timer_changed.connect(lambda _view: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.less_button.setText(self.tr("−1 min"))
        self.more_button.setText(self.tr("+1 min"))
        self.less_button.setToolTip(self.tr("A minute less (−)"))
        self.more_button.setToolTip(self.tr("A minute more (+)"))
        self.refresh()

    def refresh(self) -> None:
        timer = self._controller.timer
        view = timer.view()
        over = timer.overtime()
        self.time.setText(f"+{clock_text(over)}" if view.ended else view.text)
        self.toggle_button.setText(self.tr("Pause (T)") if view.running else self.tr("Start (T)"))
        if view.ended:
            self.state.setText(self.tr("Time is up. The class sees a gentle signal."))
            self.state.setProperty("role", "error")
        else:
            self.state.setText(
                self.tr("Running") if view.running else self.tr("Paused: the class sees the time")
            )
            self.state.setProperty("role", "muted")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)


class NotesPanel(Retranslating, QFrame):
    """The teacher's private notes on this lesson with this class; never on the projector."""

    saved = Signal()

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privateNotes")
        self._controller = controller
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("privateNotesEditor")
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseNotes")
        self.erase_button.setProperty("danger", True)
        self.erase_button.clicked.connect(self.confirm_erase)
        self._saver = QTimer(self)
        self._saver.setSingleShot(True)
        self._saver.setInterval(NOTE_SAVE_MS)
        self._saver.timeout.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.erase_button)
        note = controller.workspace.lessons.note(controller.summary.id, controller.lesson.id)
        self.editor.setPlainText(note.text if note is not None else "")
        self.editor.textChanged.connect(self._saver.start)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Private notes"))
        self.hint.setText(self.tr("What worked, what to revisit. Only you see these."))
        self.editor.setPlaceholderText(self.tr("Notes on this lesson with this class"))
        self.erase_button.setText(self.tr("Erase notes…"))

    def save(self) -> None:
        self._saver.stop()
        controller = self._controller
        try:
            controller.workspace.lessons.save_note(
                controller.summary.id, controller.lesson.id, self.editor.toPlainText()
            )
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Notes not saved"), describe(exc))
            return
        self.saved.emit()

    def save_if_changed(self) -> None:
        if self._saver.isActive():
            self.save()

    def confirm_erase(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Erase the notes?"),
            self.tr("Your private notes on this lesson with this class will be erased."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.clear()
            self.save()


class HelpPanel(Retranslating, QFrame):
    """The keys, over the presenter view (F1 or ?)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationHelp")
        self.setProperty("card", True)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for row, _texts in enumerate(HELP_ROWS):
            keys, meaning = QLabel(), QLabel()
            keys.setProperty("role", "subtitle")
            self.grid.addWidget(keys, row, 0)
            self.grid.addWidget(meaning, row, 1)
            self.rows.append((keys, meaning))
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeHelp")
        self.close_button.clicked.connect(self.hide)
        self.close_button.clicked.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Keys during a lesson"))
        for (keys, meaning), (key_source, meaning_source) in zip(self.rows, HELP_ROWS, strict=True):
            keys.setText(QCoreApplication.translate("PresentationKeys", key_source))
            meaning.setText(QCoreApplication.translate("PresentationKeys", meaning_source))
        self.close_button.setText(self.tr("Close"))

    def texts(self) -> list[str]:
        return [label.text() for pair in self.rows for label in pair]
