"""Controls over the audience view when there is only one screen (a mirrored smartboard).

A small bar at the bottom that hides itself after a few seconds and comes back when the
pointer moves or a key is pressed. The class sees it too, so the teacher notes stay hidden
unless the teacher opens them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.common.retranslating import Retranslating
from ui.presentation.controller import PresentationController
from ui.presentation.keys import Action
from ui.presentation.presenter_view import teacher_html

HIDE_AFTER_MS = 4000


class ControlOverlay(Retranslating, QFrame):
    action = Signal(str)  # an Action

    def __init__(self, controller: PresentationController, owner: QWidget | None = None) -> None:
        super().__init__(
            owner,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("controlOverlay")
        self.setProperty("card", True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._controller = controller
        self.buttons: dict[Action, QPushButton] = {}
        row = QHBoxLayout()
        for action in (Action.PREVIOUS, Action.NEXT, Action.TIMER, Action.BLACK, Action.CALM):
            row.addWidget(self._button(action))
        self.time = QLabel()
        self.time.setObjectName("overlayTime")
        self.time.setProperty("role", "subtitle")
        row.insertWidget(2, self.time)
        self.notes_button = QPushButton()
        self.notes_button.setObjectName("overlayNotes")
        self.notes_button.setCheckable(True)
        self.notes_button.toggled.connect(self._show_notes)
        row.addWidget(self.notes_button)
        row.addWidget(self._button(Action.HELP))
        row.addWidget(self._button(Action.LEAVE))
        self.notes = QTextBrowser()
        self.notes.setObjectName("overlayTeacherNotes")
        self.notes.setMinimumHeight(260)
        self.notes.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.notes)
        layout.addLayout(row)
        self._hider = QTimer(self)
        self._hider.setSingleShot(True)
        self._hider.setInterval(HIDE_AFTER_MS)
        self._hider.timeout.connect(self._fade)
        self._area = QRect()
        controller.timer_changed.connect(lambda view: self.time.setText(view.text))
        controller.position_changed.connect(self._step_changed)
        self.retranslate()

    def _button(self, action: Action) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"overlay_{action.value}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: self.action.emit(action.value))
        self.buttons[action] = button
        return button

    def retranslate(self) -> None:
        texts = {
            Action.PREVIOUS: self.tr("◀"),
            Action.NEXT: self.tr("▶"),
            Action.TIMER: self.tr("Timer"),
            Action.BLACK: self.tr("Black"),
            Action.CALM: self.tr("Calm"),
            Action.HELP: self.tr("Keys"),
            Action.LEAVE: self.tr("Leave"),
        }
        for action, text in texts.items():
            self.buttons[action].setText(text)
        self.buttons[Action.PREVIOUS].setToolTip(self.tr("Previous"))
        self.buttons[Action.NEXT].setToolTip(self.tr("Next"))
        self.notes_button.setText(self.tr("Notes"))
        self.notes_button.setToolTip(self.tr("Show the teacher notes (the class can see them)"))

    def place(self, area: QRect) -> None:
        """Sit at the bottom middle of the audience screen."""
        self._area = QRect(area)
        self.adjustSize()
        width = min(area.width() - 40, max(self.sizeHint().width(), 720))
        height = self.sizeHint().height()
        self.setGeometry(
            area.x() + (area.width() - width) // 2,
            area.y() + area.height() - height - 24,
            width,
            height,
        )

    def wake(self) -> None:
        """Show the bar (pointer moved, key pressed) and hide it again after a while."""
        if not self._area.isNull():
            self.place(self._area)
        if not self.isVisible():
            self.show()
            self.raise_()
        self._hider.start()

    def _fade(self) -> None:
        if not self.notes.isVisible() and not self.underMouse():
            self.hide()
        else:
            self._hider.start()

    def _show_notes(self, shown: bool) -> None:
        self.notes.setVisible(shown)
        if shown:
            self.notes.setHtml(
                teacher_html(self._controller.step, self._controller.cursor.statement)
            )
        self.wake()

    def _step_changed(self) -> None:
        if self.notes.isVisible():
            self.notes.setHtml(
                teacher_html(self._controller.step, self._controller.cursor.statement)
            )
