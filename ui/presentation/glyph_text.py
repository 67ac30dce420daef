"""The class view's large text, drawn from glyph images that are made once.

Qt keeps glyphs up to 64 device pixels in a cache and draws larger ones from their outlines on
every paint; raising the limit (QT_MAX_CACHED_GLYPH_SIZE) makes PySide6 6.11.2 draw them as
nothing. The class view's text is 40-88 px, and twice that on a 4K projector at 200 %: drawn
from outlines, one step took 40-190 ms to paint there. Here each glyph is drawn once per font,
size, colour and pixel ratio into a small image, and a text is painted by putting those
images where Qt's own text layout places the glyphs, so the layout stays Qt's.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QImage,
    QPainter,
    QRawFont,
    QTextDocument,
    QTextLayout,
    QTextOption,
    QTransform,
)

QT_GLYPH_CACHE_PX = 64  # Qt's own cache holds glyphs up to this size in device pixels
CACHE_BYTES = 48 * 2**20


def device_scale(painter: QPainter) -> float:
    """Device pixels per logical pixel where the painter draws (the screen's ratio, or the
    scale of a preview that renders the widget smaller)."""
    transform = painter.deviceTransform()
    return max(abs(transform.m11()), abs(transform.m22())) or 1.0


def drawn_by_qt(font: QFont, scale: float) -> bool:
    """Qt draws these glyphs from its own cache: nothing to gain here."""
    return font.pixelSize() * scale <= QT_GLYPH_CACHE_PX


@dataclass(frozen=True)
class _Glyph:
    image: QImage
    offset: QPointF  # from the glyph's origin on the baseline to the image's top left


class GlyphImages:
    """Glyph images by font, size, glyph, colour and scale; the least used go first."""

    def __init__(self, limit_bytes: int = CACHE_BYTES) -> None:
        self._images: OrderedDict[tuple[object, ...], _Glyph] = OrderedDict()
        self._bytes = 0
        self._limit = limit_bytes

    def __len__(self) -> int:
        return len(self._images)

    def glyph(self, font: QRawFont, index: int, colour: QColor, scale: float) -> _Glyph:
        key = (
            font.familyName(),
            font.styleName(),
            font.weight(),
            font.pixelSize(),
            index,
            colour.rgba(),
            scale,
        )
        found = self._images.get(key)
        if found is not None:
            self._images.move_to_end(key)
            return found
        made = _draw_glyph(font, index, colour, scale)
        self._images[key] = made
        self._bytes += made.image.sizeInBytes()
        while self._bytes > self._limit and len(self._images) > 1:
            _, old = self._images.popitem(last=False)
            self._bytes -= old.image.sizeInBytes()
        return made


def _draw_glyph(font: QRawFont, index: int, colour: QColor, scale: float) -> _Glyph:
    alpha = font.alphaMapForGlyph(
        index, QRawFont.AntialiasingType.PixelAntialiasing, QTransform.fromScale(scale, scale)
    )
    bounds = font.boundingRect(index)
    if alpha.isNull() or alpha.width() == 0:
        return _Glyph(QImage(), QPointF())
    image = QImage(alpha.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colour)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, alpha)
    painter.end()
    image.setDevicePixelRatio(scale)
    # The alpha map starts at the glyph's bounds, rounded down to whole device pixels.
    left = math.floor(bounds.x() * scale) / scale
    top = math.floor(bounds.y() * scale) / scale
    return _Glyph(image, QPointF(left, top))


IMAGES = GlyphImages()


def draw_runs(
    painter: QPainter,
    runs: list[QGlyphRun],
    origin: QPointF,
    colour: QColor,
    scale: float,
) -> None:
    for run in runs:
        font = run.rawFont()
        for index, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            glyph = IMAGES.glyph(font, index, colour, scale)
            if not glyph.image.isNull():
                # Whole device pixels, as Qt places cached glyphs.
                x = round((origin.x() + position.x() + glyph.offset.x()) * scale) / scale
                y = round((origin.y() + position.y() + glyph.offset.y()) * scale) / scale
                painter.drawImage(QPointF(x, y), glyph.image)


def draw_plain(
    painter: QPainter,
    rect: QRectF,
    flags: Qt.AlignmentFlag,
    word_wrap: bool,
    text: str,
    font: QFont,
    colour: QColor,
) -> None:
    """Plain text as QPainter.drawText(rect, flags, text) lays it out (lines on whole pixels,
    the leading between them, aligned line by line), from glyph images."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WordWrap if word_wrap else QTextOption.WrapMode.ManualWrap
    )
    layout.setTextOption(option)
    leading = QFontMetricsF(font).leading()
    height = -leading
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width() if word_wrap else 1e6)
        height = math.ceil(height + leading)
        line.setPosition(QPointF(0, height))
        height += line.ascent() + line.descent()
        lines.append(line)
    layout.endLayout()
    y = rect.y()
    if flags & Qt.AlignmentFlag.AlignBottom:
        y += rect.height() - height
    elif flags & Qt.AlignmentFlag.AlignVCenter:
        y += (rect.height() - height) / 2
    scale = device_scale(painter)
    for line in lines:
        advance = line.horizontalAdvance()
        x = rect.x()
        if flags & Qt.AlignmentFlag.AlignRight:
            x += rect.width() - advance
        elif flags & Qt.AlignmentFlag.AlignHCenter:
            x += (rect.width() - advance) / 2
        draw_runs(painter, line.glyphRuns(), QPointF(x, y), colour, scale)


def draw_document(
    painter: QPainter, document: QTextDocument, origin: QPointF, colour: QColor
) -> None:
    """A laid-out rich text document, each run in its own colour or the given one."""
    scale = device_scale(painter)
    block = document.begin()
    while block.isValid():
        at = origin + block.layout().position()
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            brush = fragment.charFormat().foreground()
            own = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else colour
            draw_runs(painter, fragment.glyphRuns(), at, own, scale)
            fragments += 1
        block = block.next()
