"""The partnership board: one card per partnership group with its pairs, names large enough
for a smartboard. Drag a name onto another to swap them (mouse or touch); or, without a mouse,
move with the arrow keys, mark one or two names with Space and swap with S or Enter.

The board paints what it is given and reports what the teacher asked for; it never changes
the partnerships itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QSizePolicy, QToolTip, QWidget

from ui.common.theme import Colors, colors_for
from ui.partnerships.board_geometry import BoardGeometry, BoardMetrics, arrange
from ui.partnerships.board_painter import BoardContent, BoardPainter

WIDEST_NAME_EM = 9  # in name-line heights: longer names are cut with "…" rather than widening all


class BoardView(QWidget):
    swap_requested = Signal(int, int)
    pin_requested = Signal(int)  # toggle the pin of a student
    menu_requested = Signal(int, QPoint)  # a student, where (global) to open the menu
    marks_changed = Signal()

    def __init__(
        self, editable: bool = True, name_scale: float = 1.45, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editable = editable
        self.name_scale = name_scale
        self.colors: Callable[[], Colors] = lambda: colors_for("system")
        self.content = BoardContent()
        self.marks: list[int] = []
        self.current: int | None = None
        self._geometry: BoardGeometry | None = None
        self._geometry_width = -1
        self._press: tuple[int, QPoint] | None = None
        self._dragging: int | None = None
        self._drag_at = QPoint()
        self._drop_on: int | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)

    # Content -----------------------------------------------------------------------------------

    def show_content(self, content: BoardContent) -> None:
        on_board = {s for group in content.rotation for pair in group for s in pair}
        self.content = content
        self.marks = [s for s in self.marks if s in on_board]
        if self.current not in on_board:
            self.current = None
        self._geometry = None
        self._fit()

    def students_in_order(self) -> list[int]:
        return [place.student for place in self.board_geometry().names]

    def clear_marks(self) -> None:
        if self.marks:
            self.marks = []
            self.marks_changed.emit()
            self.update()

    def toggle_mark(self, student: int) -> None:
        if student in self.marks:
            self.marks.remove(student)
        else:
            self.marks = [*self.marks[-1:], student]
        self.marks_changed.emit()
        self.update()

    def swap_marked(self) -> bool:
        """Swap the two marked names, or the marked one with the name under the cursor."""
        pair = self.marks if len(self.marks) == 2 else [*self.marks, self.current]
        if len(pair) != 2 or pair[1] is None or pair[0] == pair[1]:
            return False
        a, b = pair[0], pair[1]
        assert a is not None
        self.marks = []
        self.marks_changed.emit()
        self.swap_requested.emit(a, b)
        return True

    def name_rect(self, student: int) -> QRect:
        """Where a student's name is drawn (tests and touch helpers aim here)."""
        place = self.board_geometry().place_of(student)
        return QRect() if place is None else place.rect

    # Size --------------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self.font())
        names = QFont(base)
        names.setPointSizeF(base.pointSizeF() * self.name_scale)
        names.setWeight(QFont.Weight.DemiBold)
        heading = QFont(base)
        heading.setPointSizeF(base.pointSizeF() * 1.05)
        heading.setWeight(QFont.Weight.Bold)
        return names, heading

    def metrics(self) -> BoardMetrics:
        names_font, heading_font = self._fonts()
        names = QFontMetrics(names_font)
        cap = WIDEST_NAME_EM * names.height()
        widest = max([names.horizontalAdvance(text) for text in self.content.names.values()] or [0])
        return BoardMetrics(
            name_height=names.height(),
            heading_height=QFontMetrics(heading_font).height(),
            widest_name=min(max(widest, 6 * names.height()), cap),
            unit=max(3, names.height() // 5),
        )

    def board_geometry(self) -> BoardGeometry:
        if self._geometry is None or self._geometry_width != self.width():
            self._geometry = arrange(self.content.rotation, max(self.width(), 1), self.metrics())
            self._geometry_width = self.width()
        return self._geometry

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return arrange(self.content.rotation, max(width, 1), self.metrics()).height + 4

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 100)

    def _fit(self) -> None:
        self.updateGeometry()
        area = self._scroll_area()
        if area is not None and area.widget() is self:
            self.resize(self.width(), max(self.heightForWidth(self.width()), 1))
        self.update()

    def _scroll_area(self) -> QScrollArea | None:
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        return area if isinstance(area, QScrollArea) else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._geometry = None
            self._fit()
        super().changeEvent(event)

    # Painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        names_font, heading_font = self._fonts()
        painter = QPainter(self)
        BoardPainter(
            painter,
            self.colors(),
            self.metrics().unit,
            self.content,
            marks=tuple(self.marks),
            focused=self.current if self.hasFocus() else None,
            dragging=self._dragging,
            drop_on=self._drop_on,
        ).paint(self.board_geometry(), names_font, heading_font, self._drag_at)
        painter.end()

    # Mouse and touch (Qt turns a finger into mouse events) -------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        place = self.board_geometry().name_at(event.position().toPoint())
        if not self.editable or place is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = (place.student, event.position().toPoint())
        self.current = place.student
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        point = event.position().toPoint()
        student, start = self._press
        if self._dragging is None:
            if (point - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = student
        self._drag_at = point
        target = self.board_geometry().name_at(point)
        self._drop_on = target.student if target and target.student != student else None
        area = self._scroll_area()
        if area is not None:
            area.ensureVisible(point.x(), point.y(), 0, self.metrics().chip_height)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        student = self._press[0]
        dragged, target = self._dragging, self._drop_on
        self._press, self._dragging, self._drop_on = None, None, None
        self.update()
        if dragged is None:
            self.toggle_mark(student)  # a click or a tap marks the name
        elif target is not None:
            self.clear_marks()
            self.current = dragged
            self.swap_requested.emit(dragged, target)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.editable:
            return
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            student = self.current
            where = self.mapToGlobal(self.name_rect(student).center()) if student else None
        else:
            place = self.board_geometry().name_at(event.pos())
            student, where = (place.student, event.globalPos()) if place else (None, None)
        if student is not None and where is not None:
            self.current = student
            self.menu_requested.emit(student, where)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self._tip_at(event.pos()), self)
            return True
        return super().event(event)

    def _tip_at(self, point: QPoint) -> str:
        geometry = self.board_geometry()
        place = geometry.name_at(point)
        if place is not None and place.student in self.content.student_notes:
            return self.content.student_notes[place.student]
        card = geometry.card_at(point)
        if card is not None:
            return "\n".join(self.content.group_notes.get(card.group, ()))
        return ""

    # Keyboard ----------------------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        order = self.students_in_order()
        if self.current is None and order:
            self.current = order[0]
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = self.students_in_order()
        if not self.editable or not order:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move_in_order(order, key)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move_to_card(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Space and self.current is not None:
            self.toggle_mark(self.current)
        elif key in (Qt.Key.Key_S, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.swap_marked()
        elif key == Qt.Key.Key_P and self.current is not None:
            self.pin_requested.emit(self.current)
        elif key == Qt.Key.Key_Escape and self.marks:
            self.clear_marks()
        else:
            super().keyPressEvent(event)
            return
        self._show_cursor()

    def _move_in_order(self, order: list[int], key: int) -> None:
        at = order.index(self.current) if self.current in order else 0
        if key == Qt.Key.Key_Home:
            at = 0
        elif key == Qt.Key.Key_End:
            at = len(order) - 1
        else:
            at = max(0, min(len(order) - 1, at + (1 if key == Qt.Key.Key_Down else -1)))
        self.current = order[at]

    def _move_to_card(self, step: int) -> None:
        """Left and right go to the neighbouring card, to the name in the same place."""
        geometry = self.board_geometry()
        here = geometry.place_of(self.current) if self.current is not None else None
        if here is None:
            return
        in_card = [p for p in geometry.names if p.group == here.group]
        slot = in_card.index(here)
        target_group = here.group + step
        target = [p for p in geometry.names if p.group == target_group]
        if target:
            self.current = target[min(slot, len(target) - 1)].student

    def _show_cursor(self) -> None:
        area = self._scroll_area()
        if area is not None and self.current is not None:
            rect = self.name_rect(self.current)
            area.ensureVisible(rect.center().x(), rect.center().y(), 0, rect.height())
        self.update()
