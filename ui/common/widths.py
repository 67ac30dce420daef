"""Side panels as wide as their widest words at the current language and UI scale.

A panel beside a screen that wants all the room gets squeezed to its minimum; fixed minimums
and maximums fit English at 100 % and cut Danish or Dutch at 150-200 % ("Udleveringsark",
"Gearchiveerde klassen tonen"). Measured again on every language, style or scale change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget


def fit_width(holder: QWidget, parts: Sequence[QWidget], least: int) -> int:
    """Make `holder` at least as wide as its widest part needs (and `least`); returns it."""
    for part in parts:
        part.ensurePolished()
    widest = max((needed_width(part) for part in parts), default=0)
    layout = holder.layout()
    if layout is not None:
        margins = layout.contentsMargins()
        widest += margins.left() + margins.right()
    width = max(least, widest)
    holder.setMinimumWidth(width)
    if holder.maximumWidth() < width:
        holder.setMaximumWidth(width)
    return width


def at_most(widget: QWidget, width: int) -> QBoxLayout:
    """`widget` no wider than `width`, in a row to add to a column. The row asks the widget's
    wrapped labels for their height at that width; a column asks its items at its own whole
    width, so a narrower widget placed in it directly comes out shorter than its words."""
    widget.setMaximumWidth(width)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addStretch(0)
    return row


def needed_width(part: QWidget) -> int:
    """The part's size hint, and for a push button that can be checked the room its text
    takes in bold (the style sheet makes the checked one bold; the hint does not know)."""
    hint = part.sizeHint().width()
    if isinstance(part, QPushButton) and part.isCheckable():
        bold = QFont(part.font())
        bold.setWeight(QFont.Weight.DemiBold)
        extra = QFontMetrics(bold).horizontalAdvance(part.text())
        extra -= part.fontMetrics().horizontalAdvance(part.text())
        hint += max(0, extra)
    return hint


def fit_button(button: QPushButton) -> None:
    """A button in a row of buttons never narrower than its words (bold when checked)."""
    button.ensurePolished()
    button.setMinimumWidth(needed_width(button))


class _Refit(QObject):
    def __init__(self, watched: QWidget, fit: Callable[[], None]) -> None:
        super().__init__(watched)
        self._fit = fit
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit)  # once the children have the new style
        return False


def keep_fitted(screen: QWidget, fit: Callable[[], None]) -> None:
    """Run `fit` again whenever the screen's style or font (the UI scale) changes. The screen
    calls `fit` itself from `retranslate`, at start and on a change of language."""
    _Refit(screen, fit)
