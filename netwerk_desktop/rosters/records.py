"""From records as read (text lines, CSV records, worksheet rows) to a RosterTable."""

from __future__ import annotations

from collections.abc import Iterable

from netwerk_desktop.rosters.errors import RosterError, RosterErrorCode
from netwerk_desktop.rosters.headers import is_header_row, names_a_name_column
from netwerk_desktop.rosters.table import RosterRow, RosterSource, RosterTable

MAX_ROWS = 10_000
# Bounds that keep any import small in memory, whatever the file claims: a class list has a few
# thousand rows and tens of columns. Blank lines count towards MAX_LINES; cells past
# MAX_COLUMNS must be empty (they are dropped), rows are padded to the used width only.
MAX_COLUMNS = 64
MAX_LINES = 5 * MAX_ROWS
# School exports often put a title and a blank line or two above the header.
_HEADER_SEARCH_DEPTH = 10


def assemble_table(records: Iterable[RosterRow], source: RosterSource) -> RosterTable:
    """Find the header, drop trailing blank rows and pad every row to the same width."""
    rows = _collect(records)
    filled = [index for index, row in enumerate(rows) if not row.is_blank]
    if not filled:
        raise RosterError(RosterErrorCode.EMPTY)
    rows = rows[: filled[-1] + 1]
    header_index = _find_header(rows, filled)
    if header_index is None:
        header: tuple[str, ...] = ()
        preamble: list[RosterRow] = []
        body = rows
    else:
        header = rows[header_index].cells
        preamble = rows[:header_index]
        body = rows[header_index + 1 :]
    width = _used_width([header, *(row.cells for row in body)])
    columns: tuple[str | None, ...] = tuple(
        _header_text(header[i]) if i < len(header) else None for i in range(width)
    )
    return RosterTable(
        columns=columns,
        rows=tuple(RosterRow(row.line, _fit(row.cells, width)) for row in body),
        source=source,
        header_line=None if header_index is None else rows[header_index].line,
        preamble=tuple(preamble),
    )


def _collect(records: Iterable[RosterRow]) -> list[RosterRow]:
    rows: list[RosterRow] = []
    filled = 0
    for row in records:
        if len(row.cells) > MAX_COLUMNS:
            row = RosterRow(row.line, bounded_cells(row.cells))
        if row.line > MAX_LINES:
            if not row.is_blank:
                raise RosterError(RosterErrorCode.TOO_MANY_ROWS, limit=MAX_ROWS)
            continue  # blank rows far down (a sheet's stray formatting) are not kept
        rows.append(row)
        if not row.is_blank:
            filled += 1
            if filled > MAX_ROWS:
                raise RosterError(RosterErrorCode.TOO_MANY_ROWS, limit=MAX_ROWS)
    return rows


def bounded_cells(cells: tuple[str, ...]) -> tuple[str, ...]:
    """The first MAX_COLUMNS cells; a filled cell past them refuses the file."""
    if any(cell.strip() for cell in cells[MAX_COLUMNS:]):
        raise RosterError(RosterErrorCode.TOO_MANY_COLUMNS, limit=MAX_COLUMNS)
    return cells[:MAX_COLUMNS]


def _find_header(rows: list[RosterRow], filled: list[int]) -> int | None:
    """The first filled row if it holds a known header; else a lower row that names a name column.

    The first row wins so that a value such as "Elev" in a "Rolle" column is never a header.
    """
    if is_header_row(rows[filled[0]].cells):
        return filled[0]
    for index in filled[1:_HEADER_SEARCH_DEPTH]:
        if names_a_name_column(rows[index].cells):
            return index
    return None


def _used_width(cell_rows: list[tuple[str, ...]]) -> int:
    """The number of columns up to the last one that holds anything; at least one."""
    width = 1
    for cells in cell_rows:
        for index in range(len(cells) - 1, width - 1, -1):
            if cells[index].strip():
                width = index + 1
                break
    return width


def _fit(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    if len(cells) >= width:
        return cells[:width]
    return cells + ("",) * (width - len(cells))


def _header_text(cell: str) -> str | None:
    text = " ".join(cell.split())
    return text or None
