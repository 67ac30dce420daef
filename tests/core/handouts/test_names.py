"""Every name prints exactly as typed, in every script, and long names stay inside their box."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from netwerk_desktop.handouts import render_handout
from netwerk_desktop.handouts.fonts import Style
from netwerk_desktop.handouts.kinds import partnership_overview
from netwerk_desktop.handouts.page import Sheet, TextMark
from netwerk_desktop.handouts.shaping import shaper
from tests.core.handouts import samples
from tests.core.handouts.poppler import needs_poppler, pdffonts, pdftotext, words


@needs_poppler
def test_names_in_every_script_come_back_exactly(tmp_path: Path) -> None:
    # Given an overview with names in Danish, Dutch, Polish, Turkish, Cyrillic, Greek,
    # Vietnamese and Arabic
    path = tmp_path / "overview.pdf"
    render_handout(samples.request(samples.overview(samples.NAMES)), path)
    # When a reader's tool extracts the text
    lines = pdftotext(path).splitlines()
    # Then each name is a line of its own, character for character
    for name in samples.NAMES:
        assert name in lines
    # And the Arabic names were drawn with the Arabic face
    assert any("NotoSansArabic" in font.name for font in pdffonts(path))


@needs_poppler
def test_names_with_combining_marks_come_back_as_typed(tmp_path: Path) -> None:
    # Given a name typed with separate accents (NFD) and an Arabic name with vowel marks
    names = (unicodedata.normalize("NFD", "Nguyễn Thị Ngọc Ánh"), "مُحَمَّد")
    path = tmp_path / "marks.pdf"
    render_handout(samples.request(samples.overview(names)), path)
    # Then each comes back in exactly the code points typed
    lines = pdftotext(path).splitlines()
    for name in names:
        assert name in lines


@needs_poppler
def test_names_mixing_left_to_right_and_right_to_left_come_back_in_typed_order(
    tmp_path: Path,
) -> None:
    # poppler's reading-order mode moves the space between an Arabic and a Latin word; its raw
    # mode (drawing order) gives the typed text, so we check that one.
    path = tmp_path / "mixed.pdf"
    render_handout(samples.request(samples.overview(samples.MIXED_NAMES)), path)
    lines = pdftotext(path, raw=True).splitlines()
    for name in samples.MIXED_NAMES:
        assert name in lines


def test_arabic_is_shaped_and_right_to_left() -> None:
    # Given an Arabic name with a lam-alef ligature
    name = "علاء عبد الله"
    shaped = shaper().shape(name)
    nominal = {
        shaper()._fonts[glyph.face].get_nominal_glyph(ord(glyph.text))
        for glyph in shaped.glyphs
        if len(glyph.text) == 1
    }
    # Then joined letter forms replace the isolated ones the font maps the characters to
    assert any(glyph.gid not in nominal for glyph in shaped.glyphs)
    # And the ligature makes fewer glyphs than characters
    assert len(shaped.glyphs) < len(name)
    # And the glyphs run right to left: the last letter is drawn first (leftmost)
    assert shaped.glyphs[0].text == "ه"
    # And their characters in drawing order, reversed as a reader reverses a right-to-left
    # run, give the name (the ligature records its two letters in drawing order too)
    assert "".join(glyph.text for glyph in shaped.glyphs)[::-1] == name


@needs_poppler
def test_a_long_name_shrinks_or_wraps_inside_its_box(tmp_path: Path) -> None:
    # Given a group whose names are far too long for the box at the normal size
    names = (samples.LONG_NAME, "Анна-Мария Константинопольская-Иванова", "أحمد", "Bo")
    path = tmp_path / "long.pdf"
    render_handout(samples.request(samples.overview(names)), path)
    # Then every word of the names lies inside the left column's box
    sheet = Sheet.of(samples.context().paper)
    box_right = sheet.left + (sheet.content_width - partnership_overview.GUTTER) / 2
    name_words = {word for name in names for word in name.replace("-", " ").split()}
    placed = [word for word in words(path) if any(part in word.text for part in name_words)]
    assert placed
    for word in placed:
        assert sheet.left <= word.x_min and word.x_max <= box_right, word
    # And the text still says the whole name
    text = "".join(pdftotext(path).split())
    for name in names:
        assert "".join(name.split()) in text


def test_layout_keeps_every_name_within_its_cell() -> None:
    names = (samples.LONG_NAME, *samples.NAMES, *samples.MIXED_NAMES)
    sheet = Sheet.of(samples.context().paper)
    box_width = (sheet.content_width - partnership_overview.GUTTER) / 2
    (pages,) = list(partnership_overview.layout(samples.overview(names), samples.context(), sheet))
    name_marks = [
        mark
        for page in pages
        for mark in page.marks
        if isinstance(mark, TextMark) and any(mark.line.text in name for name in names)
    ]
    assert len(name_marks) >= len(names)
    right_column = sheet.left + box_width + partnership_overview.GUTTER
    for mark in name_marks:
        column_left = sheet.left if mark.x < right_column else right_column
        assert mark.x >= column_left
        assert mark.x + mark.line.width(mark.size) <= column_left + box_width


@pytest.mark.parametrize("name", samples.NAMES)
def test_each_glyph_knows_its_characters(name: str) -> None:
    shaped = shaper().shape(name, Style.BOLD)
    texts = "".join(glyph.text for glyph in shaped.glyphs)
    assert sorted(texts) == sorted(name)


@needs_poppler
def test_characters_no_bundled_font_has_still_extract(tmp_path: Path) -> None:
    # Chinese, emoji and Hebrew print as empty boxes, but the text is not lost
    names = ("李小龍", "Zoë 🙂 Berg", "שרה כהן")
    path = tmp_path / "other.pdf"
    render_handout(samples.request(samples.overview(names)), path)
    lines = pdftotext(path).splitlines()
    for name in names:
        assert name in lines
