"""Where to get help: nothing a student reads is smaller than 9 pt, with the school's real
template in every language, blank or filled with long values, on A4 and Letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from netwerk_desktop.content import HelpFieldKey, HelpTemplate, load_pack
from netwerk_desktop.handouts import HelpCardsInput, HelpContact, PaperSize, render_handout
from netwerk_desktop.handouts.kinds import help_cards
from netwerk_desktop.handouts.page import Sheet, TextMark
from netwerk_desktop.services.handout_content import help_contacts
from tests.core.handouts import samples

SMALLEST = 9.0
LONG = "Mette Frederiksen-Sørensen, lokale 2.114 i den gamle bygning ved kantinen"


def template(language: str, filled: bool) -> HelpTemplate:
    help_ = load_pack(language).help
    assert help_ is not None
    if not filled:
        return help_
    values = {
        (entry.id, field.key): LONG
        for entry in help_.entries
        for field in entry.fields
        if field.key in (HelpFieldKey.NAME, HelpFieldKey.ROOM)
    }
    return help_.filled(values)


def pdf_sizes(path: Path) -> set[float]:
    """The size every piece of text is drawn at, as a PDF reader sees it."""
    sizes: set[float] = set()

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.add(round(size * tm[0], 2))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.LETTER], ids=lambda p: p.name)
@pytest.mark.parametrize("filled", [False, True], ids=["blank", "filled"])
@pytest.mark.parametrize("language", ["da", "en", "nl"])
def test_nothing_a_student_reads_is_below_9_pt(
    tmp_path: Path, language: str, filled: bool, paper: PaperSize
) -> None:
    # Given the school's real contacts (the young-adult helpline too), blank or filled in
    contacts = help_contacts(template(language, filled))
    content = HelpCardsInput(contacts, cards=4)
    # When the cards are laid out and printed
    (pages,) = list(help_cards.layout(content, samples.context(language), Sheet.of(paper)))
    sizes = {mark.size for page in pages for mark in page.marks if isinstance(mark, TextMark)}
    path = tmp_path / "help.pdf"
    render_handout(samples.request(content, language, paper), path)
    # Then no text on the page, as laid out and as printed, is below 9 pt
    assert min(sizes) >= SMALLEST
    assert min(pdf_sizes(path)) >= SMALLEST
    # And every contact, 112 and 116 111 are on every card
    texts = [mark.line.text for page in pages for mark in page.marks if isinstance(mark, TextMark)]
    cards = texts.count(samples.context(language).labels.text("help.title"))
    assert cards >= 2
    assert texts.count("112") == cards and texts.count("116 111") == cards
    for contact in contacts:
        assert " ".join(texts).count(contact.title.split()[0]) >= cards


def test_small_cards_when_they_fit_and_larger_ones_with_columns_when_not() -> None:
    sheet = Sheet.of(PaperSize.A4)
    labels = samples.context("da").labels
    two = (
        HelpContact("Din klasselærer", fields=("name", "contact")),
        HelpContact("Studievejlederen", fields=("name", "room", "hours", "contact")),
    )
    grid, _ = help_cards._fitting_grid(sheet, two, labels)
    assert (grid.columns, grid.rows) == (2, 3)
    every = help_contacts(template("da", filled=False))
    assert len(every) == 5
    grid, _ = help_cards._fitting_grid(sheet, every, labels)
    assert (grid.columns, grid.rows) == (1, 2)


def test_enough_whole_sheets_for_every_student() -> None:
    sheet = Sheet.of(PaperSize.A4)
    context = samples.context("da")
    contacts = help_contacts(template("da", filled=False))
    for cards, sheets in ((0, 1), (2, 1), (3, 2), (28, 14)):
        (pages,) = list(help_cards.layout(HelpCardsInput(contacts, cards), context, sheet))
        assert len(pages) == sheets
