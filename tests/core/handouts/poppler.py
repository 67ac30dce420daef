"""Reading our PDFs back with poppler's command-line tools, as a reader's viewer would."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

# pdftotext wraps right-to-left runs in these invisible embedding marks; they are not text.
BIDI_MARKS = dict.fromkeys(range(0x202A, 0x202F))

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


def pdftotext(path: Path, *, raw: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-raw"] if raw else []), str(path), "-"]
    output = subprocess.run(args, capture_output=True, check=True, timeout=60).stdout
    return output.decode("utf-8").translate(BIDI_MARKS)


def page_texts(path: Path) -> list[str]:
    return pdftotext(path).split("\f")[:-1]


@dataclass(frozen=True)
class PdfFont:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def pdffonts(path: Path) -> list[PdfFont]:
    output = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True, timeout=60
    ).stdout
    fonts = []
    for line in output.splitlines()[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, generation
        fonts.append(
            PdfFont(
                parts[0],
                " ".join(parts[1:-6]),
                parts[-5] == "yes",
                parts[-4] == "yes",
                parts[-3] == "yes",
            )
        )
    return fonts


@dataclass(frozen=True)
class Word:
    page: int
    page_width: float
    page_height: float
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(
    r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>'
)


def words(path: Path) -> list[Word]:
    """Every word with its box, in points from the top left of its page."""
    output = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode("utf-8")
    found: list[Word] = []
    for number, chunk in enumerate(output.split("<page ")[1:], start=1):
        size = _PAGE.search("<page " + chunk)
        assert size is not None
        width, height = float(size.group(1)), float(size.group(2))
        for match in _WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(value) for value in match.groups()[:4])
            found.append(Word(number, width, height, x0, y0, x1, y1, html.unescape(match[5])))
    return found
