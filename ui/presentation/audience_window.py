"""The audience view: a passive full-screen window that renders the frames it is given.

It knows nothing of the database, the lesson or the teacher's notes: it shows a frame, the
timer, a black or a calm screen. It reports only where it was tapped, so a touch screen can
move the lesson on, and how many pages a long text took.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QWidget

from ui.presentation.audience_boards import GroupsBody, SortingBody, TallyBody
from ui.presentation.audience_bodies import Body, EitherOrBody, FlowBody, make_label, set_text
from ui.presentation.audience_style import Sizes, font, stylesheet, theme_for
from ui.presentation.fitting import largest_px, wrapped_height
from ui.presentation.frames import AudienceFrame, Blank, Layout, TimerView

EDGE = 0.18  # a tap in the outer 18 % of the width moves back or on
SWIPE = 0.12  # a horizontal drag over 12 % of the width is a swipe


class TimerStrip(QWidget):
    """A thin bar along the top: the time left, turning warm when time is up."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.fraction = 1.0
        self.color = QColor("#000000")
        self.track = QColor("#cccccc")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.track)
        painter.fillRect(0, 0, round(self.width() * self.fraction), self.height(), self.color)


class BlackScreen(QWidget):
    """B: black, whatever the theme; painted here, so no style sheet rule can outrank it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("audienceBlack")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(event.rect(), Qt.GlobalColor.black)


class CalmView(QWidget):
    """The calm screen (W): the theme's colour and a quiet drawing of a network."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.shape = QColor("#dddddd")
        self.title = make_label(self, "muted")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        center = QPointF(self.width() / 2, self.height() * 0.42)
        radius = min(self.width(), self.height()) * 0.16
        # A wheel: people around a middle, each linked to the next and to the middle.
        count = 7
        points = [
            center + QPointF(radius * math.cos(a), radius * math.sin(a))
            for a in (i * 2 * math.pi / count - math.pi / 2 for i in range(count))
        ]
        painter.setPen(QPen(self.shape, max(3.0, radius / 22)))
        for index, point in enumerate(points):
            painter.drawLine(point, points[(index + 1) % count])
            painter.drawLine(point, center)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.shape)
        dot = radius / 7
        for point in [*points, center]:
            painter.drawEllipse(QRectF(point.x() - dot, point.y() - dot, 2 * dot, 2 * dot))


class AudienceWindow(QWidget):
    repainted = Signal()  # after each repaint reached the screen (the benchmark waits for it)
    tapped = Signal(str)  # "next" or "previous"
    pointer_moved = Signal()
    pages_counted = Signal(int)  # pages of the frame just shown (next moves through them)

    def __init__(self, theme: str = "light", owner: QWidget | None = None) -> None:
        # A window of its own; the owner (the main window) takes it down with it.
        super().__init__(owner, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audience")
        self.setWindowTitle("Netwerk")
        # The window paints its background itself, once: with a style sheet background Qt
        # filled the whole window with the palette first, so a 4K frame paid for it twice.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.resize(1920, 1080)
        self.frame: AudienceFrame | None = None
        self.timer: TimerView | None = None
        self.pages = 1
        self._relayout_due = False
        self._pressed: QPointF | None = None
        self.black = BlackScreen(self)
        self.calm = CalmView(self)
        self.calm.setObjectName("audienceCalm")
        self.content = QWidget(self)
        self.content.setObjectName("audienceContent")
        self.title = make_label(self.content)
        self.timer_label = make_label(self.content, "muted")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.setWordWrap(False)
        self.strip = TimerStrip(self.content)
        self.chips: list[QLabel] = []
        self.page_label = make_label(self.content, "muted")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bodies: dict[Layout, Body] = {
            Layout.FLOW: FlowBody(self.content),
            Layout.EITHER_OR: EitherOrBody(self.content),
            Layout.SORTING: SortingBody(self.content),
            Layout.TALLY: TallyBody(self.content),
            Layout.GROUPS: GroupsBody(self.content),
        }
        for widget in (self.black, self.calm, self.content, *self.bodies.values()):
            widget.setMouseTracking(True)
        self.set_theme(theme)

    # What it is told to show ----------------------------------------------------------------

    def set_theme(self, key: str) -> None:
        self.theme = theme_for(key)
        self.sizes = Sizes.for_window(self.width(), self.height())
        self.setStyleSheet(stylesheet(self.theme, self.sizes))
        self.calm.shape = QColor(self.theme.calm)
        self.strip.color = QColor(
            self._strip_colour(self.timer) if self.timer is not None else self.theme.accent
        )
        self.strip.track = QColor(self.theme.box)
        tally = self.bodies[Layout.TALLY]
        assert isinstance(tally, TallyBody)
        tally.theme = self.theme
        self._render()

    def show_frame(self, frame: AudienceFrame) -> None:
        self.frame = frame
        self._render()

    def show_timer(self, timer: TimerView | None) -> None:
        before = self.timer
        self.timer = timer
        if timer is None:
            self.timer_label.hide()
            self.strip.hide()
            return
        if before is None or timer.ended != before.ended:
            self.timer_label.setProperty("tone", "cue" if timer.ended else "muted")
            self.timer_label.style().unpolish(self.timer_label)
            self.timer_label.style().polish(self.timer_label)
        self.strip.color = QColor(self._strip_colour(timer))
        self.strip.fraction = 1.0 if timer.ended else timer.fraction_left
        self.strip.update()
        self.timer_label.setText(timer.shown_text)
        if before is not None and timer.paused != before.paused and not self._relayout_due:
            # "Paused 4:12" needs more room than the time alone: lay out again, once, after
            # the frame that may come with it (a new step loads its timer first)
            self._relayout_due = True
            QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        if self._relayout_due:
            self._render()

    def _strip_colour(self, timer: TimerView) -> str:
        if timer.ended:
            return self.theme.cue
        return self.theme.muted if timer.paused else self.theme.accent

    # Layout ---------------------------------------------------------------------------------

    def _render(self) -> None:
        self._relayout_due = False
        frame = self.frame
        blank = frame.blank if frame is not None else Blank.CALM
        self.black.setVisible(blank is Blank.BLACK)
        self.calm.setVisible(blank is Blank.CALM)
        self.content.setVisible(blank is Blank.NONE and frame is not None)
        if blank is Blank.CALM:
            self._render_calm(frame.calm_title if frame is not None else "Netwerk")
        if blank is not Blank.NONE or frame is None:
            self.setCursor(Qt.CursorShape.BlankCursor)
            return
        self.unsetCursor()
        self._render_content(frame)

    def _render_calm(self, title: str) -> None:
        px = self.sizes.title_min
        set_text(self.calm.title, title, px, bold=True)
        self.calm.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.calm.title.setGeometry(0, round(self.height() * 0.7), self.width(), round(px * 1.6))
        self.calm.update()

    def _render_content(self, frame: AudienceFrame) -> None:
        sizes = self.sizes
        groups = frame.layout is Layout.GROUPS
        # The partnerships need every pixel for names: smaller margins, the smallest title.
        margin, gap = (sizes.px(36) if groups else sizes.margin), sizes.gap
        width = self.width() - 2 * margin
        has_timer = self.timer is not None and not groups
        timer_metrics = QFontMetrics(font(sizes.timer, True))
        timer_text = self.timer.shown_text if self.timer is not None else ""
        timer_w = max(timer_metrics.horizontalAdvance(t) for t in ("00:00", timer_text)) + gap
        title_w = width - (timer_w + gap if has_timer else 0)
        title_px = largest_px(
            sizes.title_min if groups else sizes.title_max,
            sizes.title_min,
            lambda px: wrapped_height(px, True, frame.title, title_w) <= px * 1.5,
        )
        title_px = title_px or sizes.title_min
        title_h = wrapped_height(title_px, True, frame.title, title_w)
        set_text(self.title, frame.title, title_px, bold=True)
        self.title.setGeometry(margin, margin, title_w, title_h)
        self.title.show()
        self.timer_label.setFont(font(sizes.timer, True))
        timer_h = round(sizes.timer * 1.3)
        self.timer_label.setGeometry(margin + width - timer_w, margin, timer_w, timer_h)
        self.timer_label.setVisible(has_timer)
        if has_timer and self.timer is not None:
            self.timer_label.setText(self.timer.shown_text)
        y = margin + max(title_h, timer_h if has_timer else 0) + gap // 2
        strip_h = sizes.px(10)
        self.strip.setGeometry(margin, y, width, strip_h)
        self.strip.setVisible(has_timer)
        y += (strip_h if has_timer else 0) + gap
        y = self._render_phases(frame, margin, y, width) + gap
        body = self.bodies[frame.layout]
        for other in self.bodies.values():
            if other is not body:
                other.hide()
        body_h = self.height() - y - margin
        body.setGeometry(margin, y, width, body_h)
        pages = body.arrange(frame, sizes)
        page_h = round(sizes.floor * 1.4)
        if pages > 1:  # room for the page number, then arrange again
            body.setGeometry(margin, y, width, body_h - page_h)
            pages = body.arrange(frame, sizes)
        body.show()
        set_text(self.page_label, f"{min(frame.page, pages - 1) + 1} / {pages}", sizes.floor)
        page_y = self.height() - margin - page_h + gap // 2
        self.page_label.setGeometry(margin, page_y, width, page_h)
        self.page_label.setVisible(pages > 1)
        self.pages = pages
        self.pages_counted.emit(pages)

    def _render_phases(self, frame: AudienceFrame, x: int, y: int, width: int) -> int:
        labels = frame.phase.labels if frame.phase is not None else ()
        while len(self.chips) < len(labels):
            chip = make_label(self.content)
            chip.setWordWrap(False)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.chips.append(chip)
        for extra in self.chips[len(labels) :]:
            extra.hide()
        if not labels or frame.phase is None:
            return y - self.sizes.gap
        px = self.sizes.floor
        metrics = QFontMetrics(font(px, True))
        chip_h = round(px * 1.7)
        for index, (chip, text) in enumerate(zip(self.chips, labels, strict=False)):
            state = "current" if index == frame.phase.current else "true"
            if chip.property("chip") != state:
                chip.setProperty("chip", state)
                chip.style().unpolish(chip)
                chip.style().polish(chip)
            set_text(chip, text, px, bold=True)
            chip_w = metrics.horizontalAdvance(text) + self.sizes.px(64)
            chip.setGeometry(x, y, chip_w, chip_h)
            chip.show()
            x += chip_w + self.sizes.gap
        return y + chip_h

    # Events -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(event.rect(), QColor(self.theme.background))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for layer in (self.black, self.calm, self.content):
            layer.setGeometry(self.rect())
        sizes = Sizes.for_window(self.width(), self.height())
        if sizes != self.sizes:
            self.sizes = sizes
            self.setStyleSheet(stylesheet(self.theme, sizes))
        self._render()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest:
            self.repainted.emit()
        return handled

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.pointer_moved.emit()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start, self._pressed = self._pressed, None
        if start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = event.position().x() - start.x()
        width = max(1, self.width())
        if abs(moved) > width * SWIPE:
            self.tapped.emit("next" if moved < 0 else "previous")
        elif start.x() < width * EDGE:
            self.tapped.emit("previous")
        elif start.x() > width * (1 - EDGE):
            self.tapped.emit("next")
        else:
            self.pointer_moved.emit()
