"""Class lists as school systems and Excel export them, read from the files in fixtures/rosters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from netwerk_desktop.rosters import (
    Delimiter,
    FullNameColumn,
    RosterError,
    RosterErrorCode,
    RosterFormat,
    RowStatus,
    SplitNameColumns,
    TextEncoding,
    build_preview,
    guess_name_columns,
    list_sheets,
    read_roster_file,
)

FixturePath = Callable[[str], Path]


def names_in(path: Path, sheet: str | None = None) -> tuple[str, ...]:
    table = read_roster_file(path, sheet)
    return build_preview(table, guess_name_columns(table), []).names_to_save()


def test_danish_excel_csv_in_windows_1252_with_semicolons(fixture_path: FixturePath) -> None:
    # Given Danish Excel's "CSV (semikolonsepareret)" export with æ, ø and å
    table = read_roster_file(fixture_path("da_navn_semikolon_windows1252.csv"))

    # Then it is read as Windows-1252 with ";" and the "Navn" header
    assert table.source.format is RosterFormat.DELIMITED
    assert table.source.encoding is TextEncoding.WINDOWS_1252
    assert table.source.delimiter is Delimiter.SEMICOLON
    assert table.columns == ("Navn", "Klasse", "Fødselsdato")
    assert table.header_line == 1
    columns = guess_name_columns(table)
    assert columns == FullNameColumn(0)

    # And the preview flips "Hansen, Frederik", tidies spaces, skips the empty row and the repeat
    preview = build_preview(table, columns, ["Oliver Åberg"])
    assert preview.names_to_save() == (
        "Anna Sofie Møller",
        "Mathias Østergaard",
        "Frederik Hansen",
        "Freja Ærenlund",
        "Ida Bæk",
        "Émilie Dupont",
    )
    statuses = {row.line: row.status for row in preview.rows}
    assert statuses[6] is RowStatus.ALREADY_IN_CLASS
    assert statuses[7] is RowStatus.EMPTY
    assert statuses[10] is RowStatus.DUPLICATE_IN_FILE
    assert preview.rows[-1].duplicate_of_line == 2


def test_danish_first_middle_last_in_utf8_with_bom(fixture_path: FixturePath) -> None:
    # Given a UTF-8 export with a BOM and Fornavn/Mellemnavn/Efternavn plus ignored columns
    table = read_roster_file(fixture_path("da_fornavn_efternavn_utf8_bom.csv"))

    # Then the BOM is noticed and not part of the first header
    assert (table.source.encoding, table.source.bom) == (TextEncoding.UTF_8, True)
    assert table.columns[0] == "Elevnummer"
    assert guess_name_columns(table) == SplitNameColumns(first=1, last=3, middle=(2,))

    # And names in any script survive exactly
    assert names_in(fixture_path("da_fornavn_efternavn_utf8_bom.csv")) == (
        "Łukasz Wiśniewski",
        "Ayşe Yılmaz",
        "Ольга Коваленко",
        "ليلى حسن",
        "Nanna-Sofie Marie Kjær",
        "Mia 🌻 Lund",
        "Adéṣọ̀lá Ọlá",
    )


def test_dutch_export_prefers_roepnaam_and_places_the_tussenvoegsel(
    fixture_path: FixturePath,
) -> None:
    # Given a Dutch export with Roepnaam, Voornamen, Tussenvoegsel and Achternaam
    path = fixture_path("nl_leerlingen_export_utf8.csv")
    table = read_roster_file(path)

    # Then the call name is the first name and "van der" goes between first and last name
    assert guess_name_columns(table) == SplitNameColumns(first=1, last=4, middle=(3,))
    names = names_in(path)
    assert names[:4] == (
        "Sanne van der Berg",
        "Daan de Vries",
        "Ĳsbrand Bakker",
        "Fleur van 't Hek",
    )
    # And a decomposed "Zoë" is saved in NFC
    assert names[4] == "Zo\u00eb Jansen"


def test_dutch_last_name_first_in_windows_1252(fixture_path: FixturePath) -> None:
    table = read_roster_file(fixture_path("nl_achternaam_voornaam_windows1252.csv"))

    assert table.source.encoding is TextEncoding.WINDOWS_1252
    assert guess_name_columns(table) == SplitNameColumns(first=1, last=0, middle=(2,))
    assert names_in(fixture_path("nl_achternaam_voornaam_windows1252.csv")) == (
        "Noël van Dijk",
        "Chloë Mulder",
        "Inès Smit",
        "Thijs van den Berg",
    )


def test_excel_unicode_text_is_utf16_with_tabs_and_quoted_cells(fixture_path: FixturePath) -> None:
    # Given Excel's "Unicode Text" export
    table = read_roster_file(fixture_path("excel_unicode_tekst_utf16.txt"))

    # Then it is UTF-16 LE with a BOM, tab-separated, and the quoted cell loses its quoting
    assert (table.source.encoding, table.source.bom) == (TextEncoding.UTF_16_LE, True)
    assert table.source.delimiter is Delimiter.TAB
    assert table.rows[1].cells == ("Kristensen", 'Karl "Kalle"', "3.c")
    assert names_in(fixture_path("excel_unicode_tekst_utf16.txt")) == (
        "Anna Sofie Møller",
        'Karl "Kalle" Kristensen',
        "Mathias Østergaard",
        "Ольга Коваленко",
        "Łukasz Wiśniewski",
    )


def test_english_comma_export_keeps_a_quoted_comma(fixture_path: FixturePath) -> None:
    table = read_roster_file(fixture_path("en_student_export.csv"))

    assert table.source.delimiter is Delimiter.COMMA
    assert guess_name_columns(table) == SplitNameColumns(first=2, last=1)
    assert names_in(fixture_path("en_student_export.csv")) == (
        "Olivia Smith",
        "John Smith, Jr.",
        "Siobhán O'Brien",
        "Zoë Nowak",
    )


def test_a_headerless_last_comma_first_list_is_one_column(fixture_path: FixturePath) -> None:
    table = read_roster_file(fixture_path("efternavn_komma_fornavn.txt"))

    assert table.source.delimiter is None
    assert not table.has_header
    assert names_in(fixture_path("efternavn_komma_fornavn.txt")) == (
        "Anna Hansen",
        "Bo Jensen",
        "Sanne van der Berg",
        "Ditte Nielsen",
    )


def test_an_excel_sep_line_names_the_delimiter(fixture_path: FixturePath) -> None:
    table = read_roster_file(fixture_path("sep_linje.csv"))

    assert table.source.delimiter is Delimiter.SEMICOLON
    assert table.header_line == 2
    assert [row.line for row in table.rows] == [3, 4]


def test_utf16_without_bom_is_detected(fixture_path: FixturePath) -> None:
    table = read_roster_file(fixture_path("navne_utf16le_uden_bom.txt"))

    assert (table.source.encoding, table.source.bom) == (TextEncoding.UTF_16_LE, False)
    assert names_in(fixture_path("navne_utf16le_uden_bom.txt")) == (
        "Søren Kierkegaard Hansen",
        "Ольга Коваленко",
        "Zoë Nowak",
    )


def test_workbook_lists_sheets_and_reads_the_chosen_one(fixture_path: FixturePath) -> None:
    # Given a workbook whose first sheet is a cover page and whose second is the class list
    path = fixture_path("da_klasselister_to_ark.xlsx")
    assert list_sheets(path) == ("Oversigt", "2.b")

    # When the teacher chooses the class sheet
    table = read_roster_file(path, sheet="2.b")

    # Then the title above the header is preamble, numbers lose ".0" and dates are ISO dates
    assert table.source.sheet == "2.b"
    assert table.header_line == 3
    assert [row.line for row in table.preamble] == [1, 2]
    assert table.rows[0].cells == ("50101", "Møller", "Anna Sofie", "2008-03-12", "K")
    preview = build_preview(table, guess_name_columns(table), [])
    assert preview.names_to_save() == (
        "Anna Sofie Møller",
        "Mathias Østergaard",
        "Freja Ærenlund",
        "Oliver Åberg",
        "Ayşe Yılmaz",
    )
    assert [row.line for row in preview.rows if row.status is RowStatus.EMPTY] == [7]


def test_workbook_first_sheet_is_the_default(fixture_path: FixturePath) -> None:
    path = fixture_path("nl_klassen_twee_tabbladen.xlsx")

    assert read_roster_file(path).source.sheet == "3A"
    assert names_in(path) == ("Sanne van der Berg", "Daan de Vries")
    assert names_in(path, "3B") == ("Ĳsbrand Bakker", "Fleur van 't Hek", "Noor El Amrani")


@pytest.mark.parametrize(
    ("name", "code", "line"),
    [
        ("beskadiget.xlsx", RosterErrorCode.CORRUPT_WORKBOOK, None),
        ("gammel_excel.xls", RosterErrorCode.UNSUPPORTED_FORMAT, None),
        ("billede_ikke_liste.csv", RosterErrorCode.NOT_A_ROSTER, None),
        ("blandet_kodning.csv", RosterErrorCode.MIXED_ENCODING, 4),
    ],
)
def test_damaged_and_wrong_files_give_a_structured_error(
    fixture_path: FixturePath, name: str, code: RosterErrorCode, line: int | None
) -> None:
    path = fixture_path(name)

    with pytest.raises(RosterError) as raised:
        read_roster_file(path)

    assert raised.value.code is code
    assert raised.value.line == line
    assert raised.value.path == str(path)
    assert str(raised.value).startswith(f"{path}: ")
