"""Text to positioned glyphs: font per script, bidi runs, HarfBuzz shaping, visual order.

Each glyph carries the characters it stands for, so the PDF's ToUnicode map gives the typed
text back. Poppler reverses right-to-left runs character by character when it extracts text, so
a right-to-left glyph standing for several characters (the lam-alef ligature, a letter with its
vowel marks) records them reversed to come out in typed order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from netwerk_desktop.handouts.bidi import embedding_levels, visual_order
from netwerk_desktop.handouts.fonts import ALL_FACES, ARABIC, LATIN, Style, font_file, is_arabic

# Handouts are in Danish, English or Dutch: every line is set left to right, and a name in
# Arabic script is a right-to-left run inside it, so text extraction gives the typed order.
LTR = 0

# Neutral characters (spaces, punctuation, marks) stay in the font of the text around them.
_FOLLOWS_NEIGHBOUR = {"WS", "ON", "CS", "ES", "ET", "EN", "NSM", "BN", "S", "B"}


@dataclass(frozen=True, slots=True)
class Glyph:
    """One glyph to draw; advance and offsets in 1/1000 em. `text` is what the glyph stands for
    when text is extracted (empty for the second glyph of a character drawn with two)."""

    face: str
    gid: int
    text: str
    advance: float
    x_offset: float = 0.0
    y_offset: float = 0.0


@dataclass(frozen=True, slots=True, eq=False)
class ShapedText:
    """A single line of text shaped and in visual order (left to right).

    Compared by identity: the shaping cache hands out one object per text, which lets the
    painter reuse a line's drawing operators within a document.
    """

    text: str
    glyphs: tuple[Glyph, ...]
    advance: float

    def width(self, size: float) -> float:
        return self.advance * size / 1000.0


class Shaper:
    """HarfBuzz fonts for the bundled faces; shapes single lines of logical text."""

    def __init__(self) -> None:
        import uharfbuzz as hb  # type: ignore[import-untyped]

        self._hb: Any = hb
        self._fonts: dict[str, Any] = {}
        self._scale: dict[str, float] = {}
        for face in ALL_FACES:
            hb_face = hb.Face(hb.Blob.from_file_path(str(font_file(face))))
            self._fonts[face] = hb.Font(hb_face)
            self._scale[face] = 1000.0 / hb_face.upem

    def has_glyph(self, face: str, char: str) -> bool:
        return self._fonts[face].get_nominal_glyph(ord(char)) is not None

    def shape(self, text: str, style: Style = Style.REGULAR, base: int = LTR) -> ShapedText:
        """Shape one line; `base` is the paragraph direction (0 left to right, 1 right to left)."""
        return _shape_cached(self, text, style, base)

    def _shape(self, text: str, style: Style, base: int) -> ShapedText:
        runs = self._runs(text, style, base)
        glyphs: list[Glyph] = []
        for index in visual_order([level for _, _, level, _ in runs]):
            start, end, level, face = runs[index]
            glyphs.extend(self._shape_run(text[start:end], face, level % 2 == 1))
        return ShapedText(text, tuple(glyphs), sum(glyph.advance for glyph in glyphs))

    def _runs(self, text: str, style: Style, base: int) -> list[tuple[int, int, int, str]]:
        """Logical runs (start, end, level, face) of one embedding level and one font."""
        levels = embedding_levels(text, base)
        runs: list[tuple[int, int, int, str]] = []
        previous_face = LATIN[style]
        for index, char in enumerate(text):
            face = self._face_for(char, previous_face, style)
            previous_face = face
            if runs and runs[-1][2] == levels[index] and runs[-1][3] == face:
                start, _, level, _ = runs[-1]
                runs[-1] = (start, index + 1, level, face)
            else:
                runs.append((index, index + 1, levels[index], face))
        return runs

    def _face_for(self, char: str, previous_face: str, style: Style) -> str:
        if is_arabic(char):
            return ARABIC[style]
        follows = unicodedata.bidirectional(char) in _FOLLOWS_NEIGHBOUR
        if follows and self.has_glyph(previous_face, char):
            return previous_face
        if self.has_glyph(LATIN[style], char) or not self.has_glyph(ARABIC[style], char):
            return LATIN[style]
        return ARABIC[style]

    def _shape_run(self, text: str, face: str, rtl: bool) -> list[Glyph]:
        hb = self._hb
        buffer = hb.Buffer()
        buffer.add_codepoints([ord(char) for char in text])
        buffer.direction = "rtl" if rtl else "ltr"
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_GRAPHEMES
        buffer.guess_segment_properties()
        hb.shape(self._fonts[face], buffer, {})
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = {start: end for start, end in zip(starts, [*starts[1:], len(text)], strict=True)}
        scale = self._scale[face]
        logical = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
        texts = [""] * len(infos)
        seen: set[int] = set()
        # A cluster is a character with its marks; its first glyph stands for all of them.
        for index in logical:
            cluster = infos[index].cluster
            if cluster not in seen:
                seen.add(cluster)
                chars = text[cluster : ends[cluster]]
                texts[index] = chars[::-1] if rtl else chars
        return [
            Glyph(
                face,
                info.codepoint,
                texts[index],
                position.x_advance * scale,
                position.x_offset * scale,
                position.y_offset * scale,
            )
            for index, (info, position) in enumerate(zip(infos, positions, strict=True))
        ]


@cache
def shaper() -> Shaper:
    """The process's shaper, loaded on first use so importing the package stays cheap."""
    return Shaper()


@lru_cache(maxsize=8192)
def _shape_cached(shaper: Shaper, text: str, style: Style, base: int) -> ShapedText:
    return shaper._shape(text, style, base)
