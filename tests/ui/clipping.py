"""Finding text that a widget shows cut: its size hint asks for more room than it has."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QListView, QWidget

from ui.common.widths import needed_width

SLACK = 2  # px: rounding between a hint and a layout
ITEM_PADDING = 12  # px: a list item's padding on both sides (the app's style sheet)


def visible_inside(widget: QWidget, window: QWidget) -> bool:
    """Shown, and not merely scrolled out of sight (a scroll area shows the rest)."""
    return widget.isVisibleTo(window) and not widget.visibleRegion().isEmpty()


def needs(widget: QWidget) -> tuple[int, int]:
    hint = widget.sizeHint()
    if isinstance(widget, QLabel) and widget.wordWrap():
        return 0, widget.heightForWidth(widget.width())
    return needed_width(widget), hint.height()


def clipped(window: QWidget) -> list[tuple[QWidget, str]]:
    """Every visible label and button whose text does not fit the size it is shown at."""
    found: list[tuple[QWidget, str]] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.text():
            continue
        if not visible_inside(widget, window) or widget.toolTip() == widget.text():
            continue
        width, height = needs(widget)
        short = []
        if widget.width() + SLACK < width:
            short.append(f"width {widget.width()} < {width}")
        if widget.height() + SLACK < height:
            short.append(f"height {widget.height()} < {height}")
        if short:
            found.append((widget, ", ".join(short)))
    for view in window.findChildren(QListView):
        if visible_inside(view, window):
            found.extend((view, why) for why in cut_rows(view))
    return found


def cut_rows(view: QListView) -> list[str]:
    """Rows of a list that are cut: wider than the list without wrapping, or taller than the
    room the list gives them."""
    model = view.model()
    if model is None:
        return []
    room = view.viewport().width()
    cut = []
    metrics = view.fontMetrics()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        shown = view.visualRect(index)
        wanted = view.sizeHintForIndex(index)
        text = str(index.data() or "").split("\n")[0]
        # The text with the item's padding (12 px), on one line unless the list wraps
        wide = metrics.horizontalAdvance(text) + ITEM_PADDING
        if not view.wordWrap() and min(shown.width(), room) < wide:
            cut.append(f"row {row} {text!r}: width {min(shown.width(), room)} < {wide}")
        elif shown.height() + SLACK < wanted.height():
            cut.append(f"row {row} {text!r}: height {shown.height()} < {wanted.height()}")
    return cut
