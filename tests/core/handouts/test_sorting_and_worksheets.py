"""Sorting cards and sheets, and what the worksheet and the network map keep private."""

from __future__ import annotations

from pathlib import Path

from netwerk_desktop.handouts import PaperSize, load_labels, render_handout
from netwerk_desktop.handouts.kinds import network_map, sorting_cards, worksheet
from netwerk_desktop.handouts.page import RULE, LineMark, Page, Sheet, TextMark
from tests.core.handouts import samples
from tests.core.handouts.poppler import needs_poppler, page_texts

SHEET = Sheet.of(PaperSize.A4)


def texts(page: Page) -> list[str]:
    return [mark.line.text for mark in page.marks if isinstance(mark, TextMark)]


def writing_lines(page: Page) -> list[LineMark]:
    return [m for m in page.marks if isinstance(m, LineMark) and m.color == RULE and m.width == 0.5]


def test_sorting_cards_one_set_per_group_each_on_its_own_sheets() -> None:
    content = samples.sorting_cards(sets=3)
    copies = list(sorting_cards.layout(content, samples.context(), SHEET))
    # One copy per set, a sheet per sorting exercise in it
    assert len(copies) == 3 and all(len(pages) == len(content.tasks) for pages in copies)
    labels = load_labels("da")
    for number, pages in enumerate(copies, start=1):
        for task, page in zip(content.tasks, pages, strict=True):
            shown = texts(page)
            # Every card of the set says which exercise and set it belongs to
            foot = labels.text("sorting_cards.set", title=task.title, number=number)
            assert shown.count(foot) == len(task.piles) + len(task.cards)
            # Cut lines on every sheet
            assert any(isinstance(m, LineMark) and m.dash for m in page.marks)


def test_sorting_cards_in_large_type_with_the_one_answer_marked() -> None:
    content = samples.sorting_cards(sets=1)
    (pages,) = list(sorting_cards.layout(content, samples.context(), SHEET))
    first = pages[0]
    card_text = [
        m for m in first.marks if isinstance(m, TextMark) and m.line.text.startswith("Har sovet")
    ]
    assert card_text and min(m.size for m in card_text) >= 16
    answer = load_labels("da").text("sorting_cards.answer", pile="Inddrag en voksen")
    assert texts(first).count(answer) == 1  # on the one card that has one right pile


@needs_poppler
def test_sorting_sheet_numbers_the_statements(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    render_handout(samples.request(samples.sorting_sheet(sets=2)), path)
    pages = page_texts(path)
    assert len(pages) == 4  # two sets, a sheet per exercise
    first = " ".join(pages[0].split())
    assert "1. Er træt og irritabel" in first and "3. Siger ting som" in first
    assert "Altid denne bunke: Inddrag en voksen" in first


def test_shared_questions_keep_their_own_lines_under_their_exercise() -> None:
    content = samples.worksheet(("Søren Ærø",))
    (pages,) = list(worksheet.layout(content, samples.context(), SHEET))
    shared, private = pages
    # Exercise 1: one question with 3 lines; exercise 2: no question, its own 6 lines
    assert len(writing_lines(shared)) == 3 + 6
    # The private part: two questions of 3 lines, on its own page
    assert len(writing_lines(private)) == 2 * 3


def test_the_private_part_never_carries_a_name() -> None:
    labels = load_labels("da")
    for name in samples.NAMES[:3]:
        content = samples.worksheet((name,))
        (pages,) = list(worksheet.layout(content, samples.context(), SHEET))
        shared, private = pages
        assert name in texts(shared)
        assert labels.text("worksheet.private") in texts(private)
        assert name not in " ".join(texts(private))
        assert not any(text.startswith(labels.text("worksheet.name")) for text in texts(private))


def test_the_network_map_prints_no_name_and_says_it_is_private() -> None:
    labels = load_labels("da")
    copies = list(network_map.layout(samples.network_map(4), samples.context(), SHEET))
    assert len(copies) == 4
    for map_page, need_page in copies:
        # The map and the need: each says it is the student's own, and neither asks a name
        assert labels.text("network_map.private") in " ".join(texts(map_page))
        assert labels.text("network_map.need_private") in " ".join(texts(need_page))
        for page in (map_page, need_page):
            assert "Navn" not in " ".join(texts(page))
