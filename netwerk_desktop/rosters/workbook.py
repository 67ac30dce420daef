"""Excel workbooks (.xlsx) to records, read with openpyxl in read-only mode."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from typing import Any

from netwerk_desktop.rosters.errors import RosterError, RosterErrorCode
from netwerk_desktop.rosters.records import MAX_COLUMNS, MAX_LINES, assemble_table
from netwerk_desktop.rosters.table import RosterFormat, RosterRow, RosterSource, RosterTable


def workbook_sheets(data: bytes) -> tuple[str, ...]:
    """The names of the worksheets (not chart sheets) in workbook order."""
    workbook = _open(data)
    try:
        return tuple(str(worksheet.title) for worksheet in workbook.worksheets)
    except Exception:  # damaged sheet XML surfaces under many exception types
        raise RosterError(RosterErrorCode.CORRUPT_WORKBOOK) from None
    finally:
        workbook.close()


def read_workbook(data: bytes, sheet: str | None) -> RosterTable:
    """The chosen worksheet, or the first one when `sheet` is None."""
    workbook = _open(data)
    try:
        worksheet = _choose(workbook, sheet)
        title = str(worksheet.title)
        # Some writers record a wrong size; without this, rows past it would be lost.
        worksheet.reset_dimensions()
        return assemble_table(
            _records(worksheet), RosterSource(format=RosterFormat.XLSX, sheet=title)
        )
    except RosterError:
        raise
    except Exception:  # damaged sheet XML surfaces under many exception types
        raise RosterError(RosterErrorCode.CORRUPT_WORKBOOK) from None
    finally:
        workbook.close()


def _open(data: bytes) -> Any:
    import openpyxl  # slow to import, and only workbooks need it

    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    # A damaged file surfaces from zipfile, the XML parser or openpyxl itself under many types.
    except Exception:
        raise RosterError(RosterErrorCode.CORRUPT_WORKBOOK) from None


def _choose(workbook: Any, sheet: str | None) -> Any:
    worksheets = list(workbook.worksheets)
    if sheet is None:
        if not worksheets:
            raise RosterError(RosterErrorCode.EMPTY)
        return worksheets[0]
    for worksheet in worksheets:
        if worksheet.title == sheet:
            return worksheet
    raise RosterError(
        RosterErrorCode.SHEET_NOT_FOUND,
        sheet=sheet,
        sheets=tuple(str(worksheet.title) for worksheet in worksheets),
    )


def _records(worksheet: Any) -> Iterator[RosterRow]:
    """Rows streamed from the sheet; openpyxl yields an empty row for every row missing from
    the file, so counting gives the row number. Only the first MAX_COLUMNS cells are turned
    into text; a filled cell further right refuses the file."""
    for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1):
        if not values:
            yield RosterRow(number, ())
            continue
        cells = tuple(cell_text(value) for value in values[:MAX_COLUMNS])
        if len(values) > MAX_COLUMNS and any(value is not None for value in values[MAX_COLUMNS:]):
            raise RosterError(RosterErrorCode.TOO_MANY_COLUMNS, limit=MAX_COLUMNS)
        if number > MAX_LINES and not any(cells):
            continue
        yield RosterRow(number, cells)


def cell_text(value: object) -> str:
    """A cell as text: numbers without a needless ".0", dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)
