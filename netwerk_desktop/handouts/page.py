"""Laid-out pages: the sheet's geometry and the marks on a page, in points from bottom left."""

from __future__ import annotations

from dataclasses import dataclass, field

from netwerk_desktop.handouts.inputs import PaperSize
from netwerk_desktop.handouts.shaping import ShapedText

MM = 72.0 / 25.4
Color = tuple[float, float, float]

INK: Color = (0.1, 0.1, 0.12)
MUTED: Color = (0.38, 0.38, 0.42)
RULE: Color = (0.62, 0.62, 0.66)
ACCENT: Color = (0.09, 0.38, 0.45)
TINT: Color = (0.9, 0.95, 0.96)


@dataclass(frozen=True)
class Sheet:
    """One paper size with margins a school printer's unprintable edge cannot eat (15 mm)."""

    width: float
    height: float
    margin: float = 15 * MM
    footer_height: float = 9 * MM

    @classmethod
    def of(cls, paper: PaperSize) -> Sheet:
        width_mm, height_mm = paper.value
        return cls(width_mm * MM, height_mm * MM)

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    @property
    def top(self) -> float:
        return self.height - self.margin

    @property
    def bottom(self) -> float:
        """The lowest point content may use; the footer sits below it."""
        return self.margin + self.footer_height

    @property
    def content_width(self) -> float:
        return self.right - self.left

    @property
    def footer_baseline(self) -> float:
        return self.margin


@dataclass(frozen=True, slots=True)
class TextMark:
    """A shaped line whose left end sits at (x, baseline)."""

    x: float
    baseline: float
    line: ShapedText
    size: float
    color: Color = INK


@dataclass(frozen=True, slots=True)
class LineMark:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.6
    color: Color = RULE
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class RectMark:
    x: float
    y: float
    width: float
    height: float
    stroke: Color | None = RULE
    fill: Color | None = None
    line_width: float = 0.8
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class CircleMark:
    cx: float
    cy: float
    r: float
    stroke: Color | None = RULE
    fill: Color | None = None
    line_width: float = 0.8
    dash: tuple[float, ...] = ()


Mark = TextMark | LineMark | RectMark | CircleMark


@dataclass
class Page:
    """The marks of one page, drawn in order (later marks on top)."""

    marks: list[Mark] = field(default_factory=list)

    def add(self, mark: Mark) -> None:
        self.marks.append(mark)

    def extend(self, marks: list[Mark]) -> None:
        self.marks.extend(marks)
