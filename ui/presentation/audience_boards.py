"""The board-shaped parts of the audience view: sorting cards, the tally chart and the
partnership groups. Each fits its content to the room it has, down to the floor size."""

from __future__ import annotations

import html

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ui.presentation.audience_bodies import (
    BORDER_ALLOWANCE,
    Body,
    make_label,
    set_text,
    text_width,
)
from ui.presentation.audience_style import AudienceTheme, Sizes
from ui.presentation.fitting import box_padding, fit_grid, largest_px, wrapped_height
from ui.presentation.frames import AudienceFrame, GroupCard, TallyBar, TallyView


class SortingBody(Body):
    """The cards, with the categories (or the axis from low to high) above them."""

    def arrange(self, frame: AudienceFrame, sizes: Sizes) -> int:
        sorting = frame.sorting
        assert sorting is not None
        width, height, gap, floor = self.width(), self.height(), sizes.gap, sizes.floor
        heads = list(sorting.categories)
        if not heads and sorting.low and sorting.high:
            heads = ["←  " + sorting.low, sorting.high + "  →"]
        head_labels = self.labels("head", len(heads), "accent")
        head_h = 0
        if heads:
            head_w = (width - gap * (len(heads) - 1)) // len(heads)
            head_h = max(wrapped_height(floor, True, h, head_w) for h in heads) + gap // 2
            for index, (label, text) in enumerate(zip(head_labels, heads, strict=True)):
                set_text(label, text, floor, bold=True)
                align = Qt.AlignmentFlag.AlignCenter
                if sorting.low and not sorting.categories:
                    align = (
                        Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
                    )
                label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                label.setGeometry(index * (head_w + gap), 0, head_w, head_h)
                label.show()
        top = head_h + gap if heads else 0
        cards = sorting.cards

        def fits(px: int, cell_w: int, cell_h: int) -> bool:
            pad = box_padding(px) + BORDER_ALLOWANCE
            return all(
                wrapped_height(px, False, c, cell_w - 2 * pad) + 2 * pad <= cell_h for c in cards
            )

        fit = fit_grid(len(cards), width, height - top, sizes.body_max, floor, gap, 4, fits)
        pages = max(1, -(-len(cards) // fit.per_page))
        page = min(frame.page, pages - 1)
        shown = cards[page * fit.per_page : (page + 1) * fit.per_page]
        cell_w = (width - gap * (fit.columns - 1)) // fit.columns
        cell_h = (height - top - gap * (fit.rows - 1)) // fit.rows
        pad = box_padding(fit.px)
        for index, (label, text) in enumerate(
            zip(self.labels("card", len(shown), "", True), shown, strict=True)
        ):
            row, column = divmod(index, fit.columns)
            label.setContentsMargins(pad, pad, pad, pad)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_text(label, text, fit.px)
            label.setGeometry(column * (cell_w + gap), top + row * (cell_h + gap), cell_w, cell_h)
            label.show()
        return pages


class Bar(QWidget):
    """One bar of the tally chart (no text: the numbers are labels beside it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.color = QColor("#000000")

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.fraction <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        radius = self.height() / 5
        painter.drawRoundedRect(
            0, 0, max(4, round(self.width() * self.fraction)), self.height(), radius, radius
        )


class TallyBody(Body):
    """The question and, once the teacher shows the counts, a bar per option. Counts below
    three read "fewer than 3" and get no bar."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.theme: AudienceTheme | None = None

    def bars(self, count: int) -> list[Bar]:
        while len(self._bars) < count:
            self._bars.append(Bar(self))
        for extra in self._bars[count:]:
            extra.hide()
        return self._bars[:count]

    def arrange(self, frame: AudienceFrame, sizes: Sizes) -> int:
        tally = frame.tally
        assert tally is not None
        width, height, gap, floor = self.width(), self.height(), sizes.gap, sizes.floor
        (question,) = self.labels("question", 1)
        q_px = largest_px(
            sizes.body_max,
            floor,
            lambda px: wrapped_height(px, True, tally.question, width) <= height * 0.3,
        )
        q_px = q_px or floor
        q_h = wrapped_height(q_px, True, tally.question, width)
        set_text(question, tally.question, q_px, bold=True)
        question.setGeometry(0, 0, width, q_h)
        question.show()
        top = q_h + gap * 2
        # While the class answers: how to answer, and the options (no counts yet).
        instruction = frame.blocks[0].text if frame.blocks else ""
        for how in self.labels("instruction", 1 if instruction and not tally.shown else 0, "muted"):
            how_h = wrapped_height(floor, False, instruction, width)
            set_text(how, instruction, floor)
            how.setGeometry(0, top - gap, width, how_h)
            how.show()
            top += how_h + gap
        legend = self.labels("legend", 2 if tally.shown and tally.compared else 0, "muted")
        for index, label in enumerate(legend):
            text = tally.earlier_label if index == 0 else tally.now_label
            theme = self.theme
            colour = (theme.bar_earlier if index == 0 else theme.bar) if theme else "#777777"
            marker = f"<span style='color:{colour}'>■</span>&nbsp;&nbsp;"
            set_text(label, marker + html.escape(text), floor, rich=True)
            label.setGeometry(index * width // 3, top, width // 3, round(floor * 1.4))
            label.show()
        if legend:
            top += round(floor * 1.4) + gap
        self._rows(tally, sizes, top)
        return 1

    def _rows(self, tally: TallyView, sizes: Sizes, top: int) -> None:
        width, height, gap, floor = self.width(), self.height(), sizes.gap, sizes.floor
        rows = tally.bars
        per_row = 2 if tally.shown and tally.compared else 1
        row_h = (height - top) // max(1, len(rows))
        label_w = round(width * 0.34)
        names = self.labels("option", len(rows))
        px = (
            largest_px(
                min(sizes.body_max, round(row_h * 0.7)),
                floor,
                lambda size: all(
                    wrapped_height(size, False, bar.label, label_w) <= row_h - gap for bar in rows
                ),
            )
            or floor
        )
        parts = [_bar_values(bar, tally.compared) for bar in rows] if tally.shown else []
        hidden = sum(1 for pairs in parts for count, _ in pairs if count is None)
        counts = self.labels("value", sum(len(pairs) for pairs in parts) - hidden)
        fewer = self.labels("fewer", hidden, "muted")
        bars = self.bars(sum(len(pairs) for pairs in parts))
        value_px = max(floor, min(px, round((row_h - gap) / per_row * 0.8)))
        value_w = text_width(value_px, True, tally.fewer_text) + gap
        scale_max = max([1, *(b.count or 0 for b in rows), *(b.earlier or 0 for b in rows)])
        theme = self.theme
        for index, bar in enumerate(rows):
            y = top + index * row_h
            name = names[index]
            set_text(name, bar.label, px)
            if not parts:  # while the class answers: the options as a plain list
                name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                name.setGeometry(0, y, width, row_h - gap)
                name.show()
                continue
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name.setGeometry(0, y, label_w, row_h - gap)
            name.show()
            slot = (row_h - gap) // per_row
            for part, (count, earlier) in enumerate(parts[index]):
                shape = bars.pop(0)
                value = (fewer if count is None else counts).pop(0)
                bar_x = label_w + gap
                bar_w = width - bar_x - value_w - gap
                thickness = round(slot * (0.55 if earlier else 0.8))
                shape.fraction = 0.0 if count is None else count / scale_max
                if theme is not None:
                    shape.color = QColor(theme.bar_earlier if earlier else theme.bar)
                shape.setGeometry(
                    bar_x, y + part * slot + (slot - thickness) // 2, bar_w, thickness
                )
                shape.show()
                shape.update()
                text = tally.fewer_text if count is None else str(count)
                set_text(value, text, value_px, bold=count is not None and not earlier)
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                value_x = bar_x + round(bar_w * shape.fraction) + gap // 2
                value.setGeometry(value_x, y + part * slot, width - value_x, slot)
                value.show()


def _bar_values(bar: TallyBar, compared: bool) -> list[tuple[int | None, bool]]:
    if not compared:
        return [(bar.count, False)]
    return [(None if bar.earlier_hidden else bar.earlier, True), (bar.count, False)]


class GroupCardView(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("box", True)
        self.heading = make_label(self, "accent")
        self.pairs: list[QLabel] = []

    def show_card(self, card: GroupCard, px: int, heading_px: int) -> None:
        while len(self.pairs) < len(card.pairs):
            self.pairs.append(make_label(self))
        for extra in self.pairs[len(card.pairs) :]:
            extra.hide()
        pad = card_padding(px)
        inner = self.width() - 2 * pad
        set_text(self.heading, card.heading, heading_px, bold=True)
        heading_h = wrapped_height(heading_px, True, card.heading, inner)
        self.heading.setGeometry(pad, pad, inner, heading_h)
        y = pad + heading_h + px // 3
        for label, pair in zip(self.pairs, card.pairs, strict=False):
            text = "\n".join(pair)
            set_text(label, text, px)
            height = wrapped_height(px, False, text, inner)
            label.setGeometry(pad, y, inner, height)
            label.show()
            y += height + px // 3


def card_padding(px: int) -> int:
    return round(px * 0.2) + BORDER_ALLOWANCE


def card_height(card: GroupCard, px: int, width: int) -> int:
    pad = card_padding(px)
    inner = width - 2 * pad
    total = 2 * pad + wrapped_height(px, True, card.heading, inner) + px // 3
    for pair in card.pairs:
        total += wrapped_height(px, False, "\n".join(pair), inner) + px // 3
    return total


class GroupsBody(Body):
    """One card per partnership group, names large; 32 students fit on one 1920x1080 page."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._cards: list[GroupCardView] = []

    def arrange(self, frame: AudienceFrame, sizes: Sizes) -> int:
        groups = frame.groups
        width, height, gap, floor = self.width(), self.height(), sizes.gap, sizes.floor
        while len(self._cards) < len(groups):
            self._cards.append(GroupCardView(self))

        def fits(px: int, cell_w: int, cell_h: int) -> bool:
            return all(card_height(card, px, cell_w) <= cell_h for card in groups)

        fit = fit_grid(len(groups) or 1, width, height, sizes.body_max, floor, gap, 5, fits)
        pages = max(1, -(-len(groups) // fit.per_page))
        page = min(frame.page, pages - 1)
        shown = groups[page * fit.per_page : (page + 1) * fit.per_page]
        cell_w = (width - gap * (fit.columns - 1)) // fit.columns
        cell_h = (height - gap * (fit.rows - 1)) // fit.rows
        for index, view in enumerate(self._cards):
            if index >= len(shown):
                view.hide()
                continue
            row, column = divmod(index, fit.columns)
            view.setGeometry(QRect(column * (cell_w + gap), row * (cell_h + gap), cell_w, cell_h))
            view.show_card(shown[index], fit.px, max(fit.px, floor))
            view.show()
        return pages
