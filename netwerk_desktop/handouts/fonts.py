"""The bundled fonts (resources/fonts): which file draws which script in which style."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from netwerk_desktop.paths import resources_dir


class Style(Enum):
    REGULAR = "regular"
    BOLD = "bold"


# Face ids double as the PDF font names, so `pdffonts` shows where each glyph came from.
LATIN = {Style.REGULAR: "NotoSans-Regular", Style.BOLD: "NotoSans-Bold"}
ARABIC = {Style.REGULAR: "NotoSansArabic-Regular", Style.BOLD: "NotoSansArabic-Bold"}
ALL_FACES = (*LATIN.values(), *ARABIC.values())

_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


def font_file(face: str) -> Path:
    return resources_dir() / "fonts" / f"{face}.ttf"


def is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)
