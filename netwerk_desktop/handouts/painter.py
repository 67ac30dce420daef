"""Laid-out pages onto a PDF with reportlab: marks, footer, metadata, embedded fonts only."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from netwerk_desktop.handouts.fitted_text import Align, fit, place
from netwerk_desktop.handouts.fonts import LATIN, Style
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.page import (
    MUTED,
    LineMark,
    Mark,
    Page,
    RectMark,
    Sheet,
    TextMark,
)
from netwerk_desktop.handouts.pdf_fonts import glyph_key, pdf_fonts
from netwerk_desktop.handouts.shaping import ShapedText

CREATOR = "Netwerk Desktop"
# A line's text operators by (shaped line, size), valid within one document's font subsets.
_DrawnLines = dict[tuple[ShapedText, float], str]
FOOTER_SIZE = 9.0


@dataclass(frozen=True)
class DocumentInfo:
    """PDF metadata and the footer's words."""

    title: str
    subject: str
    language: str
    author: str
    footer: str
    labels: HandoutLabels


def write_pdf(
    out: Path | BinaryIO,
    sheet: Sheet,
    info: DocumentInfo,
    copies: Iterable[list[Page]],
    after_copy: Callable[[], None] = lambda: None,
) -> int:
    """Paint every copy (pages numbered within each copy); returns the number of pages."""
    from reportlab import rl_config  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    fonts = pdf_fonts()
    canvas = Canvas(
        str(out) if isinstance(out, Path) else out,
        pagesize=(sheet.width, sheet.height),
        pageCompression=1,
        initialFontName=LATIN[Style.REGULAR],
        initialFontSize=10,
        lang=info.language,
    )
    canvas.setTitle(info.title)
    canvas.setSubject(info.subject)
    canvas.setAuthor(info.author)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    ascii85, rl_config.useA85 = rl_config.useA85, 0  # binary zlib streams: smaller, faster
    try:
        total = _paint_copies(canvas, fonts, sheet, info, copies, after_copy)
        canvas.save()
    finally:
        rl_config.useA85 = ascii85
    return total


def _paint_copies(
    canvas: Any,
    fonts: dict[str, Any],
    sheet: Sheet,
    info: DocumentInfo,
    copies: Iterable[list[Page]],
    after_copy: Callable[[], None],
) -> int:
    total = 0
    drawn: _DrawnLines = {}
    for pages in copies:
        for number, page in enumerate(pages, start=1):
            for mark in page.marks:
                _paint(canvas, fonts, mark, drawn)
            for mark in _footer(sheet, info, number, len(pages)):
                _paint(canvas, fonts, mark, drawn)
            canvas.showPage()
            total += 1
        after_copy()
    return total


def _footer(sheet: Sheet, info: DocumentInfo, number: int, count: int) -> list[Mark]:
    half = sheet.content_width / 2 - 6
    page_of = fit(
        info.labels.text("common.page_of", page=number, pages=count), half, FOOTER_SIZE, 6, 1
    )
    who = fit(info.footer, half, FOOTER_SIZE, 6, 1)
    top = sheet.footer_baseline + FOOTER_SIZE * 0.96
    left, _ = place(who, sheet.left, top, half, Align.LEFT, MUTED)
    right, _ = place(page_of, sheet.right - half, top, half, Align.RIGHT, MUTED)
    return [*left, *right]


def _paint(canvas: Any, fonts: dict[str, Any], mark: Mark, drawn: _DrawnLines) -> None:
    if isinstance(mark, TextMark):
        _paint_text(canvas, fonts, mark, drawn)
    elif isinstance(mark, LineMark):
        canvas.setStrokeColorRGB(*mark.color)
        canvas.setLineWidth(mark.width)
        canvas.setDash(list(mark.dash) if mark.dash else [])
        canvas.line(mark.x1, mark.y1, mark.x2, mark.y2)
    elif isinstance(mark, RectMark):
        _set_paint(canvas, mark.stroke, mark.fill, mark.line_width)
        stroke, fill = int(mark.stroke is not None), int(mark.fill is not None)
        if mark.radius:
            canvas.roundRect(
                mark.x, mark.y, mark.width, mark.height, mark.radius, stroke=stroke, fill=fill
            )
        else:
            canvas.rect(mark.x, mark.y, mark.width, mark.height, stroke=stroke, fill=fill)
    else:
        _set_paint(canvas, mark.stroke, mark.fill, mark.line_width)
        canvas.setDash(list(mark.dash) if mark.dash else [])
        canvas.circle(
            mark.cx, mark.cy, mark.r, stroke=int(mark.stroke is not None), fill=int(bool(mark.fill))
        )
        canvas.setDash([])


def _set_paint(canvas: Any, stroke: Any, fill: Any, width: float) -> None:
    canvas.setDash([])
    if stroke is not None:
        canvas.setStrokeColorRGB(*stroke)
        canvas.setLineWidth(width)
    if fill is not None:
        canvas.setFillColorRGB(*fill)


def _paint_text(canvas: Any, fonts: dict[str, Any], mark: TextMark, drawn: _DrawnLines) -> None:
    """A line's operators are built once per document (at the origin) and moved into place."""
    key = (mark.line, mark.size)
    ops = drawn.get(key)
    if ops is None:
        ops = drawn[key] = _text_operators(canvas._doc, fonts, mark)
    red, green, blue = mark.color
    canvas.addLiteral(
        f"q {_num(red)} {_num(green)} {_num(blue)} rg 1 0 0 1 {_num(mark.x)} "
        f"{_num(mark.baseline)} cm\n{ops}\nQ"
    )


def _text_operators(doc: Any, fonts: dict[str, Any], mark: TextMark) -> str:
    """Runs of glyphs at their natural widths go out as one string; a glyph with its own offset
    or advance (a mark, a kerned pair) is placed on its own."""
    scale = mark.size / 1000.0
    size = _num(mark.size)
    ops = ["BT"]
    pen = 0.0
    run: list[str] = []
    run_x = pen
    run_font: Any = None

    def show(font: Any, text: str, x: float, y: float) -> None:
        ops.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm")
        for subset, codes in font.splitString(text, doc):
            name = font.getSubsetInternalName(subset, doc)
            ops.append(f"{name} {size} Tf <{codes.hex()}> Tj")

    for glyph in mark.line.glyphs:
        font = fonts[glyph.face]
        key = glyph_key(font, glyph)
        natural = font.face.charWidths.get(ord(key), font.face.defaultWidth)
        own_place = bool(glyph.x_offset or glyph.y_offset or abs(natural - glyph.advance) > 0.5)
        if font is not run_font or own_place:
            if run:
                show(run_font, "".join(run), run_x, 0.0)
                run.clear()
            run_font = font
            run_x = pen
        if own_place:
            show(font, key, pen + glyph.x_offset * scale, glyph.y_offset * scale)
            run_font = None
        else:
            run.append(key)
        pen += glyph.advance * scale
    if run:
        show(run_font, "".join(run), run_x, 0.0)
    ops.append("ET")
    return "\n".join(ops)


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
