"""Drawing the partnership board: cards with a heading and a warning badge, pair boxes, and
the names with their marks, pins, warnings and the one being dragged. Colours come from the
theme, so light, dark and high contrast all read well on a projector."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen

from netwerk_desktop.grouping.model import Rotation
from ui.common.theme import Colors
from ui.partnerships.board_geometry import BoardGeometry, CardPlace, NamePlace


@dataclass(frozen=True)
class BoardContent:
    rotation: Rotation = ()
    names: Mapping[int, str] = field(default_factory=dict)
    headings: Sequence[str] = ()
    pins: frozenset[int] = frozenset()
    away: frozenset[int] = frozenset()  # on the board but not here today: drawn faint
    student_notes: Mapping[int, str] = field(default_factory=dict)  # the warnings about them
    group_notes: Mapping[int, Sequence[str]] = field(default_factory=dict)  # by group index
    serious_groups: frozenset[int] = frozenset()
    serious_students: frozenset[int] = frozenset()  # a rule broken or a size off, not a repeat


class BoardPainter:
    def __init__(
        self,
        painter: QPainter,
        colors: Colors,
        unit: int,
        content: BoardContent,
        *,
        marks: tuple[int, ...] = (),
        focused: int | None = None,  # the keyboard's place, drawn only while the board has focus
        dragging: int | None = None,
        drop_on: int | None = None,
    ) -> None:
        self.painter, self.colors, self.u, self.content = painter, colors, unit, content
        self.marks, self.focused = marks, focused
        self.dragging, self.drop_on = dragging, drop_on

    def paint(
        self, geometry: BoardGeometry, names_font: QFont, heading_font: QFont, drag_at: QPoint
    ) -> None:
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setFont(heading_font)
        for card in geometry.cards:
            self._card(card)
        for place in geometry.names:
            self.painter.setFont(names_font)
            self._name(place)
        if self.dragging is not None:
            source = geometry.place_of(self.dragging)
            if source is not None:
                self.painter.setFont(names_font)
                self._dragged(source.rect, drag_at)

    def _card(self, card: CardPlace) -> None:
        painter, colors, u, content = self.painter, self.colors, self.u, self.content
        notes = content.group_notes.get(card.group, ())
        warn = QColor(colors.danger if card.group in content.serious_groups else colors.focus)
        painter.setPen(QPen(warn if notes else QColor(colors.border), 3 if notes else 1))
        painter.setBrush(QColor(colors.surface))
        painter.drawRoundedRect(QRectF(card.rect).adjusted(1, 1, -1, -1), 2.5 * u, 2.5 * u)
        painter.setPen(QColor(colors.muted))
        heading = content.headings[card.group] if card.group < len(content.headings) else ""
        painter.drawText(card.heading, Qt.AlignmentFlag.AlignVCenter, heading)
        if notes:
            self._badge(card.heading, len(notes), warn)
        for box in card.pairs:
            painter.setPen(QPen(QColor(colors.border), 1))
            painter.setBrush(QColor(colors.window))
            painter.drawRoundedRect(QRectF(box), 1.5 * u, 1.5 * u)

    def _badge(self, heading: QRect, count: int, color: QColor) -> None:
        size = heading.height()
        circle = QRect(heading.right() - size, heading.y(), size, size)
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(color)
        self.painter.drawEllipse(circle)
        self.painter.setPen(readable_on(color))
        self.painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(count))

    def _name(self, place: NamePlace) -> None:
        painter, colors, u, content = self.painter, self.colors, self.u, self.content
        student, rect = place.student, place.rect
        marked = student in self.marks
        fill = QColor(colors.accent if marked else colors.surface)
        text = QColor(colors.accent_text if marked else colors.text)
        if student in content.away or student == self.dragging:
            text = QColor(colors.muted)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect), u, u)
        if student in content.student_notes:
            serious = student in content.serious_students
            painter.setBrush(QColor(colors.danger if serious else colors.focus))
            painter.drawRoundedRect(QRectF(rect.x(), rect.y(), u, rect.height()), u / 2, u / 2)
        outline = self._outline(student)
        if outline is not None:
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), u, u)
        pin_room = rect.height() if student in content.pins else 0
        text_rect = rect.adjusted(2 * u, 0, -u - pin_room, 0)
        font = painter.font()
        font.setItalic(student in content.away)
        painter.setFont(font)
        painter.setPen(text)
        name = content.names.get(student, "?")
        shown = QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
        if pin_room:
            self._pin(QRect(rect.right() - pin_room, rect.y(), pin_room, rect.height()), text)

    def _outline(self, student: int) -> QPen | None:
        if student == self.drop_on:
            return QPen(QColor(self.colors.accent), 3, Qt.PenStyle.DashLine)
        if student == self.focused:
            return QPen(QColor(self.colors.focus), 3)
        return None

    def _pin(self, box: QRect, color: QColor) -> None:
        """A drawing pin: a round head and a needle, so no icon font is needed."""
        side = box.height()
        cx, top = box.center().x(), box.y() + side * 0.2
        head = QRectF(cx - side * 0.17, top, side * 0.34, side * 0.34)
        path = QPainterPath()
        path.addEllipse(head)
        self.painter.setPen(QPen(color, max(2.0, side * 0.07)))
        self.painter.setBrush(color)
        self.painter.drawPath(path)
        self.painter.drawLine(
            QPoint(cx, int(head.bottom())), QPoint(cx, int(box.y() + side * 0.82))
        )

    def _dragged(self, source: QRect, at: QPoint) -> None:
        painter, colors, u = self.painter, self.colors, self.u
        ghost = QRect(source)
        ghost.moveCenter(at)
        painter.setOpacity(0.9)
        painter.setPen(QPen(QColor(colors.focus), 2))
        painter.setBrush(QColor(colors.accent))
        painter.drawRoundedRect(QRectF(ghost), u, u)
        painter.setPen(QColor(colors.accent_text))
        name = self.content.names.get(self.dragging or 0, "?")
        painter.drawText(ghost.adjusted(2 * u, 0, -u, 0), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setOpacity(1.0)


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background."""
    light = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000" if light > 150 else "#ffffff")
