"""The bundled faces as embedded, subset PDF fonts that can draw any shaped glyph.

reportlab subsets fonts by character, but a shaped Arabic letter form or ligature has no
character of its own. Such a glyph gets a private-use key inside the font, and the font's
ToUnicode map sends that key back to the characters the glyph stands for.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from netwerk_desktop.handouts.fonts import ALL_FACES, font_file
from netwerk_desktop.handouts.shaping import Glyph

_PRIVATE_USE = (0xE000, 0xF8FF)


@cache
def pdf_fonts() -> dict[str, Any]:
    """The registered reportlab fonts by face id (registered once per process)."""
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

    font_class = _shaped_font_class()
    fonts: dict[str, Any] = {}
    for face in ALL_FACES:
        font = font_class(face, str(font_file(face)))
        pdfmetrics.registerFont(font)
        fonts[face] = font
    return fonts


def glyph_key(font: Any, glyph: Glyph) -> str:
    """The character reportlab encodes for `glyph`: its own character where the font maps it
    to this glyph, else a private-use key whose ToUnicode entry is the glyph's text."""
    text = glyph.text
    if len(text) == 1 and font.face.charToGlyph.get(ord(text)) == glyph.gid:
        return text
    key: str | None = font.glyph_keys.get((glyph.gid, text))
    if key is None:
        key = _allocate(font, glyph)
    return key


def _allocate(font: Any, glyph: Glyph) -> str:
    face = font.face
    code = font.next_private
    while code in face.charToGlyph:
        code += 1
    if code > _PRIVATE_USE[1]:
        raise RuntimeError(f"{font.fontName}: more than 6400 shaped glyph forms in one process")
    font.next_private = code + 1
    face.charToGlyph[code] = glyph.gid
    face.charWidths[code] = round(glyph.advance)
    font.key_texts[code] = glyph.text
    key = chr(code)
    font.glyph_keys[(glyph.gid, glyph.text)] = key
    return key


def _to_unicode_cmap(base_font_name: str, subset: list[int], texts: dict[int, str]) -> str:
    def target(code: int) -> str:
        text = texts.get(code, chr(code))
        return text.encode("utf-16-be").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({base_font_name}) /Ordering ({base_font_name})",
        "/Supplement 0 >> def",
        f"/CMapName /{base_font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{target(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def _shaped_font_class() -> type:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont  # type: ignore[import-untyped]

    class ShapedTTFont(TTFont):  # type: ignore[misc]
        """A TrueType font whose private-use keys extract as the text their glyphs show."""

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename, shapable=False)
            self.glyph_keys: dict[tuple[int, str], str] = {}
            self.key_texts: dict[int, str] = {}
            self.next_private = _PRIVATE_USE[0]

        def addObjects(self, doc: Any) -> None:
            # As TTFont.addObjects, with our ToUnicode map (reportlab 5.1).
            try:
                state = self.state[doc]
            except KeyError:
                state = self.state[doc] = TTFont.State(self._asciiReadable)
            state.frozen = 1
            for number, subset in enumerate(state.subsets):
                internal_name = self.getSubsetInternalName(number, doc)[1:]
                base_font_name = b"".join(
                    (SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)
                ).decode("pdfdoc")
                pdf_font = pdfdoc.PDFTrueTypeFont()
                pdf_font.__Comment__ = f"Font {self.fontName} subset {number}"
                pdf_font.Name = internal_name
                pdf_font.BaseFont = base_font_name
                pdf_font.FirstChar = 0
                pdf_font.LastChar = len(subset) - 1
                pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
                cmap = pdfdoc.PDFStream()
                cmap.content = _to_unicode_cmap(base_font_name, subset, self.key_texts)
                if doc.compression:
                    cmap.filters = [pdfdoc.PDFZCompress]
                pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
                pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
                doc.Reference(pdf_font, internal_name)
                doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
            del self.state[doc]

    return ShapedTTFont
