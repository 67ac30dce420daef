"""Hostile roster files end in a clear error, in bounded time and memory (issue 13, item 17);
bench/imports.py prints each one's peak memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from netwerk_desktop.rosters import RosterError, RosterErrorCode, read_roster_file
from netwerk_desktop.rosters.records import MAX_COLUMNS
from tests.hostile_rosters import (
    far_corner_cell,
    fifo,
    lying_sizes,
    many_blank_lines,
    many_rows,
    shared_strings_bomb,
    wide_rows,
    write_workbook,
    zero_device,
)

CASES: list[tuple[Callable[[Path], Path], RosterErrorCode]] = [
    (far_corner_cell, RosterErrorCode.TOO_MANY_COLUMNS),
    (shared_strings_bomb, RosterErrorCode.FILE_TOO_LARGE),
    (lying_sizes, RosterErrorCode.CORRUPT_WORKBOOK),
    (wide_rows, RosterErrorCode.TOO_MANY_COLUMNS),
    (many_blank_lines, RosterErrorCode.TOO_MANY_ROWS),
    (many_rows, RosterErrorCode.TOO_MANY_ROWS),
    (zero_device, RosterErrorCode.NOT_A_FILE),
    (fifo, RosterErrorCode.NOT_A_FILE),
]


@pytest.mark.parametrize(("make", "code"), CASES, ids=[make.__name__ for make, _ in CASES])
def test_a_hostile_file_is_refused_with_a_reason(
    tmp_path: Path, make: Callable[[Path], Path], code: RosterErrorCode
) -> None:
    with pytest.raises(RosterError) as refused:
        read_roster_file(make(tmp_path))
    assert refused.value.code is code
    assert str(refused.value)  # a sentence, not a traceback


def test_a_name_far_down_a_sheet_is_read_without_padding(tmp_path: Path) -> None:
    # Stray formatting far down a sheet (blank rows) costs nothing; names are kept
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>'
    rows += '<row r="2"><c r="A2" t="inlineStr"><is><t>Anna Holm</t></is></c></row>'
    rows += f'<row r="900000"><c r="{_column(MAX_COLUMNS + 5)}900000"/></row>'
    table = read_roster_file(write_workbook(tmp_path / "stray.xlsx", rows))
    assert [row.cells for row in table.rows] == [("Anna Holm",)]


def _column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def test_a_stray_nul_in_utf8_text_is_not_read_as_utf16(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes("Navn\nAnna Ærø\nBo\x00 Berg\nCai Holm\n".encode())
    table = read_roster_file(path)
    assert table.source.encoding is not None and table.source.encoding.value == "utf-8"
    assert [row.cells[0] for row in table.rows] == ["Anna Ærø", "Bo\x00 Berg", "Cai Holm"]
