"""Text rosters: encodings, delimiters, quotes, headers and line numbers."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from netwerk_desktop.rosters import (
    MAX_FILE_BYTES,
    Delimiter,
    RosterError,
    RosterErrorCode,
    TextEncoding,
    list_sheets,
    read_roster_bytes,
    read_roster_file,
)

DANISH = "Navn;Klasse\r\nSøren Bæk;2.b\r\nÅse Ærø;2.b\r\n"


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (DANISH.encode("utf-8"), TextEncoding.UTF_8, False),
        (codecs.BOM_UTF8 + DANISH.encode("utf-8"), TextEncoding.UTF_8, True),
        (DANISH.encode("utf-16"), TextEncoding.UTF_16_LE, True),
        (codecs.BOM_UTF16_BE + DANISH.encode("utf-16-be"), TextEncoding.UTF_16_BE, True),
        (DANISH.encode("utf-16-le"), TextEncoding.UTF_16_LE, False),
        (DANISH.encode("utf-16-be"), TextEncoding.UTF_16_BE, False),
        (DANISH.encode("cp1252"), TextEncoding.WINDOWS_1252, False),
    ],
)
def test_every_encoding_reads_the_same_cells(
    data: bytes, encoding: TextEncoding, bom: bool
) -> None:
    table = read_roster_bytes(data)

    assert (table.source.encoding, table.source.bom) == (encoding, bom)
    assert table.columns == ("Navn", "Klasse")
    assert [row.cells for row in table.rows] == [("Søren Bæk", "2.b"), ("Åse Ærø", "2.b")]


def test_windows_1252_euro_and_quotes_are_read_as_windows_shows_them() -> None:
    table = read_roster_bytes("Navn\nJosé “Pepe” Núñez\n".encode("cp1252"))

    assert table.rows[0].cells == ("José “Pepe” Núñez",)


def test_an_invalid_utf16_file_names_the_line() -> None:
    # Given UTF-16 with a BOM whose third line holds a lone surrogate
    data = codecs.BOM_UTF16_LE + "Navn\nAnna\n".encode("utf-16-le") + b"\x00\xd8B\x00"

    with pytest.raises(RosterError) as raised:
        read_roster_bytes(data)

    assert raised.value.code is RosterErrorCode.INVALID_TEXT
    assert raised.value.encoding == "utf-16-le"
    assert raised.value.line == 3


def test_bytes_undefined_in_windows_1252_give_invalid_text_with_the_line() -> None:
    with pytest.raises(RosterError) as raised:
        read_roster_bytes(b"Navn\nAnna\nB\x81o\n")

    assert raised.value.code is RosterErrorCode.INVALID_TEXT
    assert (raised.value.encoding, raised.value.line) == ("windows-1252", 3)


def test_a_dos_end_of_file_mark_is_ignored() -> None:
    table = read_roster_bytes(b"Navn\r\nAnna\r\n\x1a")

    assert [row.cells for row in table.rows] == [("Anna",)]


@pytest.mark.parametrize(
    ("text", "delimiter", "cells"),
    [
        ("Fornavn;Efternavn\nAnna;Hansen\n", Delimiter.SEMICOLON, ("Anna", "Hansen")),
        ("First name,Last name\nAnna,Hansen\n", Delimiter.COMMA, ("Anna", "Hansen")),
        ("Fornavn\tEfternavn\nAnna\tHansen\n", Delimiter.TAB, ("Anna", "Hansen")),
        # A comma inside a name does not beat the semicolon that separates every line.
        (
            "Navn;Klasse\nHansen, Anna;2.b\nBo Jensen;2.b\n",
            Delimiter.SEMICOLON,
            ("Hansen, Anna", "2.b"),
        ),
        # Quoted fields may hold the delimiter.
        ('Navn,Klasse\n"Hansen, Anna",2.b\n', Delimiter.COMMA, ("Hansen, Anna", "2.b")),
        ("Navn\nAnna Hansen\n", None, ("Anna Hansen",)),
    ],
)
def test_the_delimiter_is_detected(
    text: str, delimiter: Delimiter | None, cells: tuple[str, ...]
) -> None:
    table = read_roster_bytes(text.encode())

    assert table.source.delimiter is delimiter
    assert table.rows[0].cells == cells


def test_a_few_names_with_commas_in_a_one_column_list_stay_whole() -> None:
    text = "Anna Hansen\nBo Jensen\nNielsen, Ditte\nCarl Berg\n"

    table = read_roster_bytes(text.encode())

    assert table.source.delimiter is None
    assert [row.cells for row in table.rows][2] == ("Nielsen, Ditte",)


def test_a_quoted_cell_over_two_lines_keeps_the_line_it_starts_on() -> None:
    text = 'Navn;Note\nAnna;"first\nsecond"\nBo;x\n'

    table = read_roster_bytes(text.encode())

    assert [(row.line, row.cells) for row in table.rows] == [
        (2, ("Anna", "first\nsecond")),
        (4, ("Bo", "x")),
    ]


def test_an_unclosed_quote_is_refused_with_its_line() -> None:
    text = 'Navn;Klasse\nAnna;2.b\n"Bo Jensen;2.b\nCarl;2.b\n'

    with pytest.raises(RosterError) as raised:
        read_roster_bytes(text.encode())

    assert (raised.value.code, raised.value.line) == (RosterErrorCode.UNCLOSED_QUOTE, 3)


def test_a_huge_field_is_malformed_csv_not_a_crash() -> None:
    text = 'Navn\n"' + "x" * 200_000 + '"\n'

    with pytest.raises(RosterError) as raised:
        read_roster_bytes(text.encode())

    assert raised.value.code is RosterErrorCode.MALFORMED_CSV
    assert raised.value.line == 2


def test_rows_are_padded_and_trailing_empty_columns_dropped() -> None:
    text = "Navn;Klasse;;\r\nAnna;2.b;;\r\nBo\r\n;;;\r\n\r\n"

    table = read_roster_bytes(text.encode())

    assert table.columns == ("Navn", "Klasse")
    assert [row.cells for row in table.rows] == [("Anna", "2.b"), ("Bo", "")]


def test_a_file_with_no_names_is_empty() -> None:
    for data in (b"", b"\r\n\r\n", b";;;\n;;\n", codecs.BOM_UTF8):
        with pytest.raises(RosterError) as raised:
            read_roster_bytes(data)
        assert raised.value.code is RosterErrorCode.EMPTY


def test_a_header_without_rows_is_a_table_without_rows() -> None:
    table = read_roster_bytes(b"Fornavn;Efternavn\n")

    assert table.columns == ("Fornavn", "Efternavn")
    assert table.rows == ()


def test_a_sheet_cannot_be_chosen_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "klasse.csv"
    path.write_text("Navn\nAnna\n", encoding="utf-8")

    with pytest.raises(RosterError) as raised:
        read_roster_file(path, sheet="Ark1")

    assert raised.value.code is RosterErrorCode.SHEET_NOT_APPLICABLE
    assert list_sheets(path) == ()


def test_missing_unreadable_and_too_large_files(tmp_path: Path) -> None:
    cases = {
        RosterErrorCode.FILE_NOT_FOUND: tmp_path / "findes-ikke.csv",
        RosterErrorCode.NOT_A_FILE: tmp_path,  # a folder is not a file
    }
    large = tmp_path / "stor.csv"
    with large.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    cases[RosterErrorCode.FILE_TOO_LARGE] = large

    for code, path in cases.items():
        with pytest.raises(RosterError) as raised:
            read_roster_file(path)
        assert raised.value.code is code
        assert raised.value.path == str(path)
