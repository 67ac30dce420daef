"""Names pasted into the import dialog."""

from __future__ import annotations

import pytest

from netwerk_desktop.rosters import (
    Delimiter,
    FullNameColumn,
    RosterError,
    RosterErrorCode,
    RosterFormat,
    SplitNameColumns,
    build_preview,
    guess_name_columns,
    parse_pasted,
)


def pasted_names(text: str) -> tuple[str, ...]:
    table = parse_pasted(text)
    return build_preview(table, guess_name_columns(table), []).names_to_save()


def test_one_name_per_line_with_any_line_ends() -> None:
    table = parse_pasted("Anna Hansen\r\nBo Jensen\rCarl Berg\n\nDitte Nielsen\n\n")

    assert table.source.format is RosterFormat.PASTED
    assert table.source.delimiter is None
    assert not table.has_header
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("Anna Hansen",)),
        (2, ("Bo Jensen",)),
        (3, ("Carl Berg",)),
        (4, ("",)),
        (5, ("Ditte Nielsen",)),
    ]


def test_last_comma_first_lines_become_first_last() -> None:
    assert pasted_names("Hansen, Anna\nBerg, Sanne van der\nBo Jensen\n") == (
        "Anna Hansen",
        "Sanne van der Berg",
        "Bo Jensen",
    )


def test_semicolons_and_commas_in_a_pasted_line_are_not_columns() -> None:
    table = parse_pasted("Anna Hansen; 2.b\nBo Jensen; 2.b\n")

    assert table.width == 1
    assert table.rows[0].cells == ("Anna Hansen; 2.b",)


def test_cells_copied_from_excel_with_a_header() -> None:
    # Given three columns copied from a spreadsheet, header included
    text = "Elevnr\tFornavn\tEfternavn\r\n101\tAnna\tHansen\r\n102\tBo\tJensen\r\n"

    table = parse_pasted(text)

    # Then they are tab-separated columns and the header picks first and last name
    assert table.source.delimiter is Delimiter.TAB
    assert table.columns == ("Elevnr", "Fornavn", "Efternavn")
    assert guess_name_columns(table) == SplitNameColumns(first=1, last=2)
    assert pasted_names(text) == ("Anna Hansen", "Bo Jensen")


def test_cells_copied_from_excel_without_a_header() -> None:
    table = parse_pasted("Anna\tHansen\t2.b\nBo\tJensen\t2.b\n")

    assert not table.has_header
    assert guess_name_columns(table) == SplitNameColumns(first=0, last=1)


def test_a_cell_with_a_line_break_comes_quoted_from_excel() -> None:
    table = parse_pasted('Navn\tNote\nAnna Hansen\t"two\nlines"\nBo Jensen\t\n')

    assert [row.cells for row in table.rows] == [("Anna Hansen", "two\nlines"), ("Bo Jensen", "")]
    assert [row.line for row in table.rows] == [2, 4]


def test_a_header_line_is_recognised_in_a_pasted_list() -> None:
    table = parse_pasted("Navn\nAnna Hansen\n")

    assert table.header_line == 1
    assert guess_name_columns(table) == FullNameColumn(0)
    assert [row.cells for row in table.rows] == [("Anna Hansen",)]


def test_a_byte_order_mark_from_the_clipboard_is_dropped() -> None:
    assert parse_pasted("\ufeffAnna Hansen\n").rows[0].cells == ("Anna Hansen",)


def test_names_pasted_exactly_as_typed() -> None:
    names = ("Søren Ærø", "Ĳsbrand de Ĳssel", "Łucja Łoś", "Ayşe Gül", "Ольга", "ليلى", "Mia 🌻")

    assert pasted_names("\n".join(names)) == names


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n"])
def test_nothing_pasted_is_empty(text: str) -> None:
    with pytest.raises(RosterError) as raised:
        parse_pasted(text)

    assert raised.value.code is RosterErrorCode.EMPTY
