"""Cut-out sheets: crop marks where the cuts are, in the printable margin; help cards with blank
lines where the school has not filled in a contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerk_desktop.handouts import (
    HelpCardsInput,
    HelpContact,
    PaperSize,
    load_labels,
    render_handout,
)
from netwerk_desktop.handouts.cards import CardGrid
from netwerk_desktop.handouts.kinds import help_cards
from netwerk_desktop.handouts.page import MM, LineMark, Sheet, TextMark
from tests.core.handouts import samples
from tests.core.handouts.poppler import needs_poppler, page_texts, pdftotext

EDGE = 12 * MM


@pytest.mark.parametrize("paper", list(PaperSize))
@pytest.mark.parametrize(("columns", "rows"), [(2, 2), (2, 3), (2, 4)])
def test_crop_marks_sit_on_every_cut_in_the_margin(
    paper: PaperSize, columns: int, rows: int
) -> None:
    grid = CardGrid(Sheet.of(paper), columns, rows)
    crops = [mark for mark in grid.cut_marks() if isinstance(mark, LineMark) and not mark.dash]
    cuts_x = {round(grid.left + column * grid.card_width, 3) for column in range(columns + 1)}
    cuts_y = {round(grid.bottom + row * grid.card_height, 3) for row in range(rows + 1)}
    # two marks per cut line, one at each end
    assert len(crops) == 2 * (len(cuts_x) + len(cuts_y))
    for mark in crops:
        # Inside the printable area...
        for x in (mark.x1, mark.x2):
            assert EDGE <= x <= grid.sheet.width - EDGE
        for y in (mark.y1, mark.y2):
            assert EDGE <= y <= grid.sheet.height - EDGE
        # ...outside the cards, in line with a cut
        if mark.x1 == mark.x2:
            assert round(mark.x1, 3) in cuts_x
            assert min(mark.y1, mark.y2) > grid.top or max(mark.y1, mark.y2) < grid.bottom
        else:
            assert round(mark.y1, 3) in cuts_y
            assert min(mark.x1, mark.x2) > grid.right or max(mark.x1, mark.x2) < grid.left


def test_cards_tile_the_grid_without_overlap() -> None:
    grid = CardGrid(Sheet.of(PaperSize.A4), 2, 4)
    cards = [grid.card(index) for index in range(grid.per_sheet)]
    assert len({(round(card.x, 3), round(card.y, 3)) for card in cards}) == 8
    assert min(card.x for card in cards) == pytest.approx(grid.left)
    assert max(card.x + card.width for card in cards) == pytest.approx(grid.right)
    assert min(card.y for card in cards) == pytest.approx(grid.bottom)
    assert max(card.y + card.height for card in cards) == pytest.approx(grid.top)


def _blank_request() -> HelpCardsInput:
    return HelpCardsInput(contacts=(HelpContact("Studievejleder", fields=("name", "room")),))


def test_an_unfilled_contact_is_a_line_to_write_on() -> None:
    # Given a contact the school has not filled in
    sheet = Sheet.of(PaperSize.A4)
    (pages,) = list(help_cards.layout(_blank_request(), samples.context(), sheet))
    marks = pages[0].marks
    # Then each card has its field labels followed by a write-on line, and no other text
    texts = [mark.line.text for mark in marks if isinstance(mark, TextMark)]
    assert texts.count("Navn") == 8 and texts.count("Lokale") == 8
    write_lines = [mark for mark in marks if isinstance(mark, LineMark) and mark.width == 0.6]
    assert len(write_lines) == 8 * 2


@needs_poppler
def test_help_cards_fill_whole_sheets_with_112_and_116_111(tmp_path: Path) -> None:
    # Given the two default contacts, which fit six cards to a sheet at full size
    path = tmp_path / "help.pdf"
    handout = render_handout(samples.request(HelpCardsInput(cards=13)), path)
    # Then 13 cards take three sheets of six
    assert handout.pages == 3
    for text in page_texts(path):
        assert text.count(load_labels("da").text("help.title")) == 6
        assert text.count("116 111") == 6
        assert text.count("112") == 6
    # No placeholder words stand in for what the school has not filled in
    words = set(pdftotext(path).split())
    assert not words & {"TBD", "TODO", "XXX", "[navn]", "...", "___"}
