"""Who has worked with whom: a heat map with a row and a column per student, in the order the
matrix gives (those who met often sit next to each other, so clusters show as blocks).

A square is darker the more often two students worked together; a partnership counts three
times a group meeting, as the solver weighs them. Hovering or clicking a square says how
often; the arrow keys move between squares for those without a mouse.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from netwerk_desktop.services.partnership_records import MeetingMatrix
from ui.common.theme import Colors, colors_for
from ui.partnerships.labels import meeting_text

PARTNER_WEIGHT = 3  # as the solver counts a partnership against a group meeting
MAX_CELL = 44
LABEL_SCALE = 0.85
LONGEST_LABEL = 10  # in line heights; longer names are cut with "…" (the tooltip has them whole)


class MatrixView(QWidget):
    cell_chosen = Signal(int, int)  # two student ids
    student_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Callable[[], Colors] = lambda: colors_for("system")
        self.matrix: MeetingMatrix | None = None
        self.current: tuple[int, int] | None = None  # (row, column) in the matrix's order
        # Measured once per size, font and matrix: measuring every name is the costly part
        self._geometry: tuple[tuple[int, int, str], tuple[int, int, int]] | None = None
        self._strengths: list[list[int]] = []
        self._strongest = 1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_matrix(self, matrix: MeetingMatrix | None) -> None:
        self.matrix = matrix
        self._geometry = None
        count = len(matrix.students) if matrix else 0
        self._strengths = [
            [self._strength(row, column) for column in range(count)] for row in range(count)
        ]
        off_diagonal = [
            value
            for row, values in enumerate(self._strengths)
            for column, value in enumerate(values)
            if row != column
        ]
        self._strongest = max(off_diagonal or [1])
        if self.current is not None and max(self.current) >= count:
            self.current = None
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint().expandedTo(QSize(640, 560))

    def minimumSizeHint(self) -> QSize:
        """Every name readable: a square is never lower than a line of the names."""
        label_w, header_h, _side = self._layout()
        n = len(self.matrix.students) if self.matrix else 0
        cell = self._smallest_cell()
        return QSize(label_w + n * cell + 2, header_h + n * cell + 2)

    # Geometry ----------------------------------------------------------------------------------

    def _label_font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * LABEL_SCALE)
        font.setBold(bold)
        return font

    def _smallest_cell(self) -> int:
        return QFontMetrics(self._label_font(True)).height()

    def _layout(self) -> tuple[int, int, int]:
        """(width of the name column, height of the number row, side of a square)."""
        key = (self.width(), self.height(), self.font().key())
        if self._geometry is None or self._geometry[0] != key:
            self._geometry = (key, self._measure())
        return self._geometry[1]

    def _measure(self) -> tuple[int, int, int]:
        students = self.matrix.students if self.matrix else ()
        metrics = QFontMetrics(self._label_font(True))
        labels = [self._row_label(i) for i in range(len(students))]
        widest = max([metrics.horizontalAdvance(text) for text in labels] or [0])
        label_w = min(widest, LONGEST_LABEL * metrics.height()) + 12
        header_h = metrics.height() + 6
        n = max(len(students), 1)
        side = min((self.width() - label_w - 2) // n, (self.height() - header_h - 2) // n)
        return label_w, header_h, max(self._smallest_cell(), min(MAX_CELL, side))

    def _row_label(self, index: int) -> str:
        assert self.matrix is not None
        return f"{index + 1}  {self.matrix.students[index].display_name}"

    def cell_rect(self, row: int, column: int) -> QRect:
        label_w, header_h, side = self._layout()
        return QRect(label_w + column * side, header_h + row * side, side, side)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        if self.matrix is None:
            return None
        label_w, header_h, side = self._layout()
        n = len(self.matrix.students)
        column, row = (point.x() - label_w) // side, (point.y() - header_h) // side
        if point.x() < label_w and 0 <= row < n and point.y() >= header_h:
            return (row, -1)  # the name at the start of a row
        if 0 <= row < n and 0 <= column < n and point.x() >= label_w and point.y() >= header_h:
            return (row, column)
        return None

    # Painting ----------------------------------------------------------------------------------

    def strength(self, row: int, column: int) -> int:
        return self._strengths[row][column]

    def _strength(self, row: int, column: int) -> int:
        assert self.matrix is not None
        a, b = self.matrix.students[row].id, self.matrix.students[column].id
        met = self.matrix.between(a, b)
        return PARTNER_WEIGHT * met.partners + (met.group_mates - met.partners)

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = self.colors()
        painter = QPainter(self)
        painter.setFont(self._label_font())
        if self.matrix is None or not self.matrix.students:
            painter.end()
            return
        n = len(self.matrix.students)
        label_w, header_h, side = self._layout()
        strongest = self._strongest
        fills: dict[int, QColor] = {-1: QColor(colors.border)}  # one colour per strength
        accent, empty = QColor(colors.accent), QColor(colors.surface)
        chosen = set(self.current) if self.current is not None else set()
        plain, bold = self._label_font(), self._label_font(True)
        plain_metrics, bold_metrics = QFontMetrics(plain), QFontMetrics(bold)
        for row in range(n):
            font, metrics = (bold, bold_metrics) if row in chosen else (plain, plain_metrics)
            painter.setFont(font)
            painter.setPen(QColor(colors.accent if row in chosen else colors.text))
            label = metrics.elidedText(
                self._row_label(row), Qt.TextElideMode.ElideRight, label_w - 8
            )
            painter.drawText(
                QRect(0, header_h + row * side, label_w - 8, side),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            top = header_h + row * side
            values = self._strengths[row]
            for column in range(n):
                value = -1 if row == column else values[column]
                fill = fills.get(value)
                if fill is None:
                    fill = fills[value] = _fill(value, strongest, empty, accent)
                painter.fillRect(label_w + column * side, top, side - 1, side - 1, fill)
        painter.setFont(self._label_font())
        metrics = QFontMetrics(painter.font())
        step = 1 if side >= metrics.horizontalAdvance("88") + 4 else 5
        painter.setPen(QColor(colors.muted))
        for column in range(0, n, step):
            self._draw_number(painter, column, label_w, side, header_h)
        for column in sorted(c for c in chosen if c >= 0):  # on top, so it is always readable
            painter.setFont(self._label_font(True))
            box = QRect(label_w + column * side, 0, metrics.horizontalAdvance("888"), header_h)
            painter.fillRect(box, QColor(colors.window))
            painter.setPen(QColor(colors.accent))
            self._draw_number(painter, column, label_w, side, header_h)
        if self.current is not None and self.current[1] >= 0:
            painter.setPen(QPen(QColor(colors.focus), 3 if self.hasFocus() else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(*self.current).adjusted(1, 1, -2, -2))
        painter.end()

    @staticmethod
    def _draw_number(painter: QPainter, column: int, label_w: int, side: int, height: int) -> None:
        painter.drawText(
            QRect(label_w + column * side, 0, side * 5, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            str(column + 1),
        )

    # Asking ------------------------------------------------------------------------------------

    def text_for(self, row: int, column: int) -> str:
        assert self.matrix is not None
        first, second = self.matrix.students[row], self.matrix.students[column]
        met = self.matrix.between(first.id, second.id)
        return meeting_text(first.display_name, second.display_name, met)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is not None and cell[1] >= 0 and cell[0] != cell[1]:
                QToolTip.showText(event.globalPos(), self.text_for(*cell), self)
            elif cell is not None and self.matrix is not None:
                name = self.matrix.students[cell[0]].display_name
                QToolTip.showText(event.globalPos(), name, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None or self.matrix is None:
            return
        row, column = cell
        if column < 0:
            self.student_chosen.emit(self.matrix.students[row].id)
            return
        self._choose(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.matrix is None or not self.matrix.students:
            super().keyPressEvent(event)
            return
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        move = moves.get(Qt.Key(event.key()))
        if move is None:
            super().keyPressEvent(event)
            return
        n = len(self.matrix.students)
        row, column = self.current if self.current else (0, 1 if n > 1 else 0)
        if self.current is not None:
            row = max(0, min(n - 1, row + move[0]))
            column = max(0, min(n - 1, column + move[1]))
        self._choose(row, column)

    def _choose(self, row: int, column: int) -> None:
        assert self.matrix is not None
        self.current = (row, column)
        self.update()
        self.cell_chosen.emit(self.matrix.students[row].id, self.matrix.students[column].id)


def _mix(low: QColor, high: QColor, share: float) -> QColor:
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )


def _fill(value: int, strongest: int, empty: QColor, accent: QColor) -> QColor:
    """An empty square, or darker the more often two students met."""
    if not value:
        return QColor(empty)
    return _mix(empty, accent, 0.2 + 0.8 * value / max(strongest, 1))
