"""Why a roster could not be read: a code the UI translates, with the facts it needs."""

from __future__ import annotations

from enum import StrEnum
from typing import assert_never


class RosterErrorCode(StrEnum):
    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    FILE_TOO_LARGE = "file_too_large"
    NOT_A_FILE = "not_a_file"  # a folder, a device (/dev/zero), a pipe: never read
    TOO_MANY_COLUMNS = "too_many_columns"
    EMPTY = "empty"
    TOO_MANY_ROWS = "too_many_rows"
    NOT_A_ROSTER = "not_a_roster"
    UNSUPPORTED_FORMAT = "unsupported_format"
    INVALID_TEXT = "invalid_text"
    MIXED_ENCODING = "mixed_encoding"
    UNCLOSED_QUOTE = "unclosed_quote"
    MALFORMED_CSV = "malformed_csv"
    CORRUPT_WORKBOOK = "corrupt_workbook"
    SHEET_NOT_FOUND = "sheet_not_found"
    SHEET_NOT_APPLICABLE = "sheet_not_applicable"
    COLUMN_NOT_FOUND = "column_not_found"


class RosterError(Exception):
    """A roster that cannot be read; the fields that do not apply to the code are None.

    `line` and `column` are 1-based as a teacher counts them (for a workbook, `line` is the row).
    `format_name` names an unsupported format ("xls", "ods", "zip"); `limit` is the size or row
    limit that was exceeded; `sheets` lists the worksheets of the workbook for SHEET_NOT_FOUND.
    """

    def __init__(
        self,
        code: RosterErrorCode,
        *,
        path: str | None = None,
        line: int | None = None,
        column: str | None = None,
        encoding: str | None = None,
        sheet: str | None = None,
        sheets: tuple[str, ...] = (),
        format_name: str | None = None,
        limit: int | None = None,
    ) -> None:
        self.code = code
        self.path = path
        self.line = line
        self.column = column
        self.encoding = encoding
        self.sheet = sheet
        self.sheets = sheets
        self.format_name = format_name
        self.limit = limit
        super().__init__(code, path, line)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return where + _describe(self)

    def __repr__(self) -> str:
        return f"RosterError({self.code.value!r}, line={self.line!r}, path={self.path!r})"


def _describe(error: RosterError) -> str:
    line = f"line {error.line}"
    match error.code:
        case RosterErrorCode.FILE_NOT_FOUND:
            return "the file does not exist"
        case RosterErrorCode.FILE_UNREADABLE:
            return "the file cannot be opened (check that it is not open elsewhere and is readable)"
        case RosterErrorCode.FILE_TOO_LARGE:
            return f"the file is larger than {error.limit} bytes; a class list is much smaller"
        case RosterErrorCode.NOT_A_FILE:
            return "this is not a plain file (a folder, a device or a pipe); choose the file itself"
        case RosterErrorCode.TOO_MANY_COLUMNS:
            return f"it has more than {error.limit} columns; a class list has far fewer"
        case RosterErrorCode.EMPTY:
            return "there are no names in it"
        case RosterErrorCode.TOO_MANY_ROWS:
            return f"it has more than {error.limit} rows; a class list is much shorter"
        case RosterErrorCode.NOT_A_ROSTER:
            return "this is not a text, CSV or Excel (.xlsx) file"
        case RosterErrorCode.UNSUPPORTED_FORMAT:
            return (
                f"files of type {error.format_name} cannot be read; save it as .xlsx or CSV first"
            )
        case RosterErrorCode.INVALID_TEXT:
            return f"{line} is not valid {error.encoding} text"
        case RosterErrorCode.MIXED_ENCODING:
            return (
                f"{line} uses a different text encoding than the rest of the file; save it as UTF-8"
            )
        case RosterErrorCode.UNCLOSED_QUOTE:
            return f"the quotation mark opened on {line} is never closed"
        case RosterErrorCode.MALFORMED_CSV:
            return f"{line} cannot be read as CSV"
        case RosterErrorCode.CORRUPT_WORKBOOK:
            return "the Excel file is damaged or not really an .xlsx file"
        case RosterErrorCode.SHEET_NOT_FOUND:
            available = ", ".join(repr(name) for name in error.sheets) or "none"
            return f"there is no sheet {error.sheet!r} (sheets: {available})"
        case RosterErrorCode.SHEET_NOT_APPLICABLE:
            return f"a sheet ({error.sheet!r}) can only be chosen in an Excel file"
        case RosterErrorCode.COLUMN_NOT_FOUND:
            return f"there is no column {error.column!r}"
        case _:
            assert_never(error.code)
