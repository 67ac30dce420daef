"""Keys as in presentation software, so a presentation clicker works too.

One filter on the application sees key presses for the run mode's windows (the presenter
view, the class view and the bar on it). While the teacher types in a field (charter rules,
counts, notes), keys go to the field; Esc leaves the field first.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class Action(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    BLACK = "black"
    CALM = "calm"
    TIMER = "timer"
    MORE = "more"
    LESS = "less"
    START = "start"
    LEAVE = "leave"
    HELP = "help"
    PARTNERSHIPS = "partnerships"


Key = Qt.Key
KEYS: dict[Qt.Key, Action] = {
    Key.Key_Right: Action.NEXT,
    Key.Key_Down: Action.NEXT,
    Key.Key_PageDown: Action.NEXT,
    Key.Key_Space: Action.NEXT,
    Key.Key_Left: Action.PREVIOUS,
    Key.Key_Up: Action.PREVIOUS,
    Key.Key_PageUp: Action.PREVIOUS,
    Key.Key_B: Action.BLACK,
    Key.Key_Period: Action.BLACK,
    Key.Key_W: Action.CALM,
    Key.Key_T: Action.TIMER,
    Key.Key_Plus: Action.MORE,
    Key.Key_Equal: Action.MORE,  # "+" without Shift on many keyboards
    Key.Key_Minus: Action.LESS,
    Key.Key_F5: Action.START,
    Key.Key_Escape: Action.LEAVE,
    Key.Key_F1: Action.HELP,
    Key.Key_Question: Action.HELP,
    Key.Key_P: Action.PARTNERSHIPS,
}

# (keys, what they do) for the help panel; translated when shown.
HELP_ROWS = (
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "→  ↓  Page Down  Space")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Next (statement, phase or step)")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "←  ↑  Page Up")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Previous")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "B  or  .")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Black screen, and back")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "W")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Calm screen, and back")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "T")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Start or pause the timer")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "+  /  −")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "A minute more or less")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "P")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Show the partnerships, and back")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "F5")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Show the lesson on the audience screen")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Esc")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Leave the lesson (your place is kept)")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "F1  or  ?")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "This help")),
    ),
    (
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Tap the left or right edge")),
        str(QT_TRANSLATE_NOOP("PresentationKeys", "Previous or next on a touch screen (or swipe)")),
    ),
)

_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def action_for(event: QKeyEvent) -> Action | None:
    if event.modifiers() & _MODIFIERS:
        return None
    try:
        return KEYS.get(Qt.Key(event.key()))
    except ValueError:
        return None


def is_typing_field(widget: QWidget | None) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


class KeyRouter(QObject):
    """Turns key presses in the run mode's windows into actions."""

    triggered = Signal(str)  # an Action

    def __init__(self, windows: Callable[[], list[QWidget]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows = windows
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        if watched.window() not in self._windows():
            return False
        assert isinstance(event, QKeyEvent)
        action = action_for(event)
        if action is None:
            return False
        if is_typing_field(watched) and action not in (Action.START, Action.HELP):
            if action is Action.LEAVE:
                watched.clearFocus()
                watched.window().setFocus()
                return True
            return False
        self.triggered.emit(action.value)
        return True
