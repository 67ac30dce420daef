"""The text-shaped parts of the audience view: a flow of text, questions and charter rules,
and the either/or statement with its two sides. Children are placed by hand from measured
sizes, so what was measured is what is shown."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

from ui.common.content_rich_text import content_html
from ui.presentation.audience_style import Sizes, font
from ui.presentation.fitting import (
    block_gap,
    block_height,
    box_padding,
    fit_flow,
    largest_px,
    rule_text,
    wrapped_height,
)
from ui.presentation.frames import AudienceFrame, BlockKind
from ui.presentation.glyph_text import device_scale, draw_document, draw_plain, drawn_by_qt

BORDER_ALLOWANCE = 6  # px a box's border takes on each side, at most


class AudienceLabel(QLabel):
    """A label of the class view: text too large for Qt's glyph cache is drawn from glyph
    images made once (see glyph_text), in the same layout QLabel gives it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._document: QTextDocument | None = None
        self._document_for: tuple[object, ...] = ()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self.text() or drawn_by_qt(self.font(), device_scale(painter)):
            painter.end()
            super().paintEvent(event)
            return
        self.drawFrame(painter)
        room = self._text_room()
        colour = self.palette().color(self.foregroundRole())
        flags = self.alignment()
        if self.textFormat() != Qt.TextFormat.RichText:
            draw_plain(painter, room, flags, self.wordWrap(), self.text(), self.font(), colour)
            return
        document = self._laid_out(room.width())
        top = room.y()
        spare = room.height() - document.size().height()
        if flags & Qt.AlignmentFlag.AlignVCenter:
            top += max(0.0, spare / 2)
        elif flags & Qt.AlignmentFlag.AlignBottom:
            top += max(0.0, spare)
        draw_document(painter, document, QPointF(room.x(), top), colour)

    def _text_room(self) -> QRectF:
        """Where QLabel puts its text: inside the frame and margins, and, in a framed label
        without an indent of its own, half an "x" in from the edges it is aligned to."""
        room = QRectF(self.contentsRect()).adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        indent = self.indent()
        if indent < 0 and self.frameWidth():
            indent = self.fontMetrics().horizontalAdvance("x") // 2 - self.margin()
        if indent > 0:
            flags = self.alignment()
            if flags & Qt.AlignmentFlag.AlignLeft:
                room.setLeft(room.left() + indent)
            if flags & Qt.AlignmentFlag.AlignRight:
                room.setRight(room.right() - indent)
            if flags & Qt.AlignmentFlag.AlignTop:
                room.setTop(room.top() + indent)
            if flags & Qt.AlignmentFlag.AlignBottom:
                room.setBottom(room.bottom() - indent)
        return room

    def _laid_out(self, width: float) -> QTextDocument:
        """The rich text as QLabel lays it out: no margin, its alignment, wrapped at its width."""
        wanted = (self.text(), self.font().key(), width, int(self.alignment()), self.wordWrap())
        if self._document is None or wanted != self._document_for:
            document = QTextDocument(self)
            document.setDocumentMargin(0)
            document.setDefaultFont(self.font())
            option = QTextOption(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
            option.setWrapMode(
                QTextOption.WrapMode.WordWrap
                if self.wordWrap()
                else QTextOption.WrapMode.ManualWrap
            )
            document.setDefaultTextOption(option)
            document.setHtml(self.text())
            document.setTextWidth(width if self.wordWrap() else -1)
            if self._document is not None:
                self._document.deleteLater()
            self._document, self._document_for = document, wanted
        return self._document


def make_label(parent: QWidget, tone: str = "", box: bool = False) -> QLabel:
    label = AudienceLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if tone:
        label.setProperty("tone", tone)
    if box:
        label.setProperty("box", True)
    return label


def set_text(label: QLabel, text: str, px: int, bold: bool = False, rich: bool = False) -> None:
    label.setFont(font(px, bold))
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)


class Body(QWidget):
    """A part of the audience view for one layout; `arrange` returns its number of pages."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._pools: dict[str, list[QLabel]] = {}

    def labels(self, pool: str, count: int, tone: str = "", box: bool = False) -> list[QLabel]:
        """`count` labels of a pool, made as needed; the rest of the pool is hidden."""
        labels = self._pools.setdefault(pool, [])
        while len(labels) < count:
            labels.append(make_label(self, tone, box))
        for extra in labels[count:]:
            extra.hide()
        return labels[:count]

    def arrange(self, frame: AudienceFrame, sizes: Sizes) -> int:
        raise NotImplementedError


class FlowBody(Body):
    """Text, questions in boxes, and the class charter as numbered rules; one column."""

    def arrange(self, frame: AudienceFrame, sizes: Sizes) -> int:
        width, height = self.width(), self.height()
        fit = fit_flow(frame.blocks, width, height, sizes.body_max, sizes.floor)
        page = fit.pages[min(frame.page, len(fit.pages) - 1)]
        shown = [frame.blocks[index] for index in page]
        texts = self.labels("text", sum(1 for b in shown if b.kind is BlockKind.TEXT), "")
        boxes = self.labels("box", sum(1 for b in shown if b.kind is BlockKind.QUESTION), "", True)
        rules = self.labels("rule", sum(1 for b in shown if b.kind is BlockKind.RULE))
        headings = self.labels(
            "heading", sum(1 for b in shown if b.kind is BlockKind.HEADING), "accent"
        )
        counters = {"text": 0, "box": 0, "rule": 0, "heading": 0}
        pools = {
            BlockKind.TEXT: ("text", texts),
            BlockKind.QUESTION: ("box", boxes),
            BlockKind.RULE: ("rule", rules),
            BlockKind.HEADING: ("heading", headings),
        }
        px, y = fit.px, 0
        # Rules keep their numbers across pages.
        before = frame.blocks[: page[0]] if page else ()
        rule_number = 1 + sum(1 for b in before if b.kind is BlockKind.RULE)
        for block in shown:
            name, pool = pools[block.kind]
            label = pool[counters[name]]
            counters[name] += 1
            block_h = block_height(block, px, width)
            if block.kind is BlockKind.TEXT:
                set_text(label, content_html(block.text), px, rich=True)
            elif block.kind is BlockKind.QUESTION:
                pad = box_padding(px)
                label.setContentsMargins(pad, pad, pad, pad)
                set_text(label, block.text, px, bold=True)
            elif block.kind is BlockKind.RULE:
                set_text(label, rule_text(rule_number, block.text), px)
                rule_number += 1
            else:
                set_text(label, block.text, px, bold=True)
            label.setGeometry(0, y, width, block_h)
            label.show()
            y += block_h + block_gap(px)
        return len(fit.pages)


class EitherOrBody(Body):
    """The statement, large, and its two sides: students move left or right."""

    def arrange(self, frame: AudienceFrame, sizes: Sizes) -> int:
        statement = frame.statement
        assert statement is not None
        width, height = self.width(), self.height()
        gap = sizes.gap
        (instruction,) = self.labels("instruction", 1, "muted")
        (said,) = self.labels("statement", 1)
        left, right = self.labels("side", 2, "", True)
        (counter,) = self.labels("counter", 1, "muted")
        floor = sizes.floor
        text = frame.blocks[0].text if frame.blocks else ""

        # The instruction: one or two lines at the floor size.
        instruction_h = wrapped_height(floor, False, text, width) if text else 0
        instruction_h = min(instruction_h, round(floor * 2.8))
        set_text(instruction, text, floor)
        instruction.setGeometry(0, 0, width, instruction_h)
        instruction.setVisible(bool(text))

        counter_h = round(floor * 1.4)
        set_text(counter, statement.counter, floor)
        counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        counter.setGeometry(0, height - counter_h, width, counter_h)
        counter.show()

        top = instruction_h + gap * 2
        space = height - top - counter_h - gap
        statement_room = round(space * 0.42)
        px = largest_px(
            sizes.statement_max,
            floor,
            lambda size: wrapped_height(size, True, statement.text, width) <= statement_room,
        )
        px = px or floor
        said.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text(said, statement.text, px, bold=True)
        said_h = min(statement_room, wrapped_height(px, True, statement.text, width) + gap)
        said.setGeometry(0, top, width, said_h)
        said.show()

        sides_top = top + said_h + gap
        side_h = height - sides_top - counter_h - gap
        side_w = (width - gap * 2) // 2
        sides = ((left, "←  " + statement.left), (right, statement.right + "  →"))

        def sides_fit(size: int) -> bool:
            pad = box_padding(size) + BORDER_ALLOWANCE
            inner = side_w - 2 * pad
            return all(
                wrapped_height(size, True, text, inner) + 2 * pad <= side_h for _, text in sides
            )

        side_px = largest_px(sizes.body_max, floor, sides_fit) or floor
        pad = box_padding(side_px)
        for index, (label, side_text) in enumerate(sides):
            label.setContentsMargins(pad, pad, pad, pad)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_text(label, side_text, side_px, bold=True)
            x = 0 if index == 0 else width - side_w
            label.setGeometry(QRect(x, sides_top, side_w, side_h))
            label.show()
        return 1


def text_width(px: int, bold: bool, text: str) -> int:
    return QFontMetrics(font(px, bold)).horizontalAdvance(text)
