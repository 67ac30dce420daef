"""Text that runs down the page and on to the next: worksheets and teacher guides."""

from __future__ import annotations

from netwerk_desktop.handouts.fitted_text import LEADING, Fitted, fit, place, wrap
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.page import INK, MM, RULE, Color, LineMark, Page, Sheet, TextMark

BODY = 10.5
HEADING = 13.0
BULLET = "•"


class Flow:
    """A cursor going down the content box, starting a new page when the next piece won't fit."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.pages: list[Page] = [Page()]
        self.y = sheet.top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.sheet.top

    def room(self) -> float:
        return self.y - self.sheet.bottom

    def need(self, height: float) -> None:
        """Start a new page unless `height` fits below the cursor (a fresh page always 'fits')."""
        if height > self.room() and self.y < self.sheet.top:
            self.new_page()

    def gap(self, height: float) -> None:
        self.y -= height

    def lines(
        self,
        lines: list[TextMark],
        *,
        step: float,
    ) -> None:
        """Place pre-set marks line by line (already positioned relative to the cursor at 0)."""
        for mark in lines:
            self.need(step)
            self.page.add(
                TextMark(mark.x, self.y - mark.size * 0.96, mark.line, mark.size, mark.color)
            )
            self.y -= step

    def text(
        self,
        text: str,
        size: float = BODY,
        *,
        style: Style = Style.REGULAR,
        color: Color = INK,
        indent: float = 0.0,
        keep_with_next: float = 0.0,
    ) -> None:
        """A wrapped paragraph; it may break across pages between lines."""
        width = self.sheet.content_width - indent
        shaped = wrap(text, width, size, style)
        step = size * LEADING
        self.need(min(len(shaped), 2) * step + keep_with_next)
        marks, _ = place(Fitted(tuple(shaped), size), self.sheet.left + indent, 0.0, width)
        self.lines(marks, step=step)

    def heading(self, text: str, size: float = HEADING, *, color: Color = INK) -> None:
        """A bold heading kept on the page with at least three lines after it."""
        self.gap(size * 0.6)
        self.text(text, size, style=Style.BOLD, color=color, keep_with_next=3 * BODY * LEADING)
        self.gap(size * 0.15)

    def bullets(
        self,
        items: tuple[str, ...],
        size: float = BODY,
        *,
        marker: str = BULLET,
        indent: float = 0.0,
    ) -> None:
        """A list with hanging markers; `marker` "#" numbers the items."""
        hang = 5 * MM
        left = self.sheet.left + indent
        width = self.sheet.content_width - indent - hang
        step = size * LEADING
        for number, item in enumerate(items, start=1):
            label = f"{number}." if marker == "#" else marker
            shaped = wrap(item, width, size)
            self.need(min(len(shaped), 2) * step)
            marker_fit = fit(label, hang - 1 * MM, size, size * 0.7, 1)
            marker_marks, _ = place(marker_fit, left, self.y, hang - 1 * MM)
            self.page.extend(list(marker_marks))
            marks, _ = place(Fitted(tuple(shaped), size), left + hang, 0.0, width)
            self.lines(marks, step=step)
            self.gap(size * 0.2)

    def writing_lines(self, count: int, spacing: float = 8 * MM) -> None:
        """Ruled lines for handwriting."""
        for _ in range(count):
            self.need(spacing)
            self.y -= spacing
            self.page.add(LineMark(self.sheet.left, self.y, self.sheet.right, self.y, 0.5, RULE))
        self.gap(2 * MM)

    def rule(self, color: Color = RULE, width: float = 0.8) -> None:
        self.page.add(LineMark(self.sheet.left, self.y, self.sheet.right, self.y, width, color))

    def field(self, label: str, value: str, size: float = 12.0) -> None:
        """A label and its value on one line, or the label and a line to write on if empty."""
        sheet = self.sheet
        label_fit = fit(f"{label}:", 40 * MM, size, size * 0.7, 1)
        label_width = label_fit.width() + 2 * MM
        self.need(size * 2)
        marks, below = place(label_fit, sheet.left, self.y, 40 * MM)
        self.page.extend(list(marks))
        value_width = sheet.content_width - label_width
        if value:
            value_fit = fit(value, value_width, size + 2, size * 0.6, 2, Style.BOLD)
            value_marks, value_below = place(
                value_fit, sheet.left + label_width, self.y + 1.5, value_width
            )
            self.page.extend(list(value_marks))
            below = min(below, value_below)
        else:
            baseline = self.y - size * 0.96
            self.page.add(LineMark(sheet.left + label_width, baseline, sheet.right, baseline, 0.6))
        self.y = below - 1 * MM
