"""Excel workbooks: sheets, cell values, row numbers and the files that are not workbooks."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import pytest

from netwerk_desktop.rosters import (
    RosterError,
    RosterErrorCode,
    RosterFormat,
    list_sheets,
    list_sheets_in_bytes,
    read_roster_bytes,
    read_roster_file,
)
from tests.core.rosters.conftest import workbook_bytes


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_the_chosen_sheet_and_its_row_numbers() -> None:
    data = workbook_bytes(
        {
            "Ark1": [["Navn"], ["Anna Hansen"]],
            "2.b": [[], ["Fornavn", "Efternavn"], ["Bo", "Jensen"], [], ["Carl", "Berg"]],
        }
    )

    table = read_roster_bytes(data, sheet="2.b")

    assert table.source.format is RosterFormat.XLSX
    assert table.source.sheet == "2.b"
    assert table.header_line == 2
    assert [(row.line, row.cells) for row in table.rows] == [
        (3, ("Bo", "Jensen")),
        (4, ("", "")),
        (5, ("Carl", "Berg")),
    ]
    assert list_sheets_in_bytes(data) == ("Ark1", "2.b")


def test_cell_values_become_text() -> None:
    data = workbook_bytes(
        {
            "Ark1": [
                ["Navn", "Nr", "Vægt", "Født", "Tid", "Aktiv"],
                ["Anna", 101, 12.5, datetime.datetime(2008, 3, 12), datetime.time(8, 15), True],
                ["Bo", 102.0, 3.0, datetime.datetime(2008, 3, 12, 10, 30), None, False],
            ]
        }
    )

    table = read_roster_bytes(data)

    assert [row.cells for row in table.rows] == [
        ("Anna", "101", "12.5", "2008-03-12", "08:15:00", "TRUE"),
        ("Bo", "102", "3", "2008-03-12 10:30:00", "", "FALSE"),
    ]


def test_an_unknown_sheet_lists_the_sheets_there_are() -> None:
    data = workbook_bytes({"3A": [["Naam"], ["Sanne"]], "3B": [["Naam"], ["Daan"]]})

    with pytest.raises(RosterError) as raised:
        read_roster_bytes(data, sheet="3C")

    assert raised.value.code is RosterErrorCode.SHEET_NOT_FOUND
    assert (raised.value.sheet, raised.value.sheets) == ("3C", ("3A", "3B"))
    assert "'3A', '3B'" in str(raised.value)


def test_an_empty_sheet_has_no_names() -> None:
    with pytest.raises(RosterError) as raised:
        read_roster_bytes(workbook_bytes({"Ark1": []}))

    assert raised.value.code is RosterErrorCode.EMPTY


@pytest.mark.parametrize(
    ("data", "format_name"),
    [
        (
            zip_of(
                {
                    "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                    "content.xml": b"<x/>",
                }
            ),
            "ods",
        ),
        (zip_of({"word/document.xml": b"<x/>"}), "docx"),
        (zip_of({"navne.csv": b"Navn\nAnna\n"}), "zip"),
        (b"%PDF-1.7\n...", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "xls"),
    ],
)
def test_other_formats_are_named(data: bytes, format_name: str) -> None:
    with pytest.raises(RosterError) as raised:
        read_roster_bytes(data)

    assert raised.value.code is RosterErrorCode.UNSUPPORTED_FORMAT
    assert raised.value.format_name == format_name
    assert format_name in str(raised.value)


def test_a_workbook_whose_parts_are_broken_is_corrupt() -> None:
    data = zip_of({"xl/workbook.xml": b"<not really", "[Content_Types].xml": b"<?xml"})

    for read in (read_roster_bytes, list_sheets_in_bytes):
        with pytest.raises(RosterError) as raised:
            read(data)
        assert raised.value.code is RosterErrorCode.CORRUPT_WORKBOOK


def test_an_xlsx_name_on_text_content_is_a_corrupt_workbook(tmp_path: Path) -> None:
    path = tmp_path / "klasse.xlsx"
    path.write_text("Navn\nAnna\n", encoding="utf-8")

    with pytest.raises(RosterError) as raised:
        read_roster_file(path)

    assert raised.value.code is RosterErrorCode.CORRUPT_WORKBOOK


def test_the_file_name_does_not_decide_the_kind(tmp_path: Path) -> None:
    # Given a real workbook saved with a .csv name
    path = tmp_path / "klasse.csv"
    path.write_bytes(workbook_bytes({"Ark1": [["Navn"], ["Anna Hansen"]]}))

    assert list_sheets(path) == ("Ark1",)
    assert read_roster_file(path).rows[0].cells == ("Anna Hansen",)


@pytest.mark.parametrize(
    ("text", "format_name"),
    [
        ("<!DOCTYPE html>\n<html><body><table><tr><td>Navn</td></tr></table>", "html"),
        ("  <table border=1><tr><td>Anna</td></tr></table>", "html"),
        (  # Excel's "XML Spreadsheet 2003"
            '<?xml version="1.0"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            "xml",
        ),
    ],
)
def test_web_pages_saved_as_xls_are_named(tmp_path: Path, text: str, format_name: str) -> None:
    # Given what a web-based school system saves as "elever.xls"
    path = tmp_path / "elever.xls"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(RosterError) as raised:
        read_roster_file(path)

    assert raised.value.code is RosterErrorCode.UNSUPPORTED_FORMAT
    assert raised.value.format_name == format_name
