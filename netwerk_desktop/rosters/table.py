"""A roster as it was read: its columns, its rows with their line numbers, and how it was read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RosterFormat(StrEnum):
    PASTED = "pasted"
    DELIMITED = "delimited"
    XLSX = "xlsx"


class TextEncoding(StrEnum):
    """The encodings a roster file is read in; the values are Python codec names."""

    UTF_8 = "utf-8"
    UTF_16_LE = "utf-16-le"
    UTF_16_BE = "utf-16-be"
    WINDOWS_1252 = "windows-1252"


class Delimiter(StrEnum):
    SEMICOLON = ";"
    COMMA = ","
    TAB = "\t"


@dataclass(frozen=True)
class RosterSource:
    """How the table was read, so the UI can say "read as Windows-1252, separated by ;".

    `delimiter` is None when every line held one column; `encoding` and `bom` apply to text only;
    `sheet` is the worksheet read from a workbook.
    """

    format: RosterFormat
    encoding: TextEncoding | None = None
    bom: bool = False
    delimiter: Delimiter | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class RosterRow:
    """One record; `line` is the 1-based line (or worksheet row) where it starts."""

    line: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


@dataclass(frozen=True)
class RosterTable:
    """Rows padded to the same width as `columns`.

    `columns` holds one entry per column: the header text when a header row was recognised
    (None for a blank header cell), otherwise None throughout. Rows above the header (a title
    such as "Klasseliste 2.b") are kept in `preamble` and are not data. Blank rows between
    names are kept so that the preview can list them as skipped; blank rows at the end are not.
    """

    columns: tuple[str | None, ...]
    rows: tuple[RosterRow, ...]
    source: RosterSource
    header_line: int | None = None
    preamble: tuple[RosterRow, ...] = ()

    @property
    def has_header(self) -> bool:
        return self.header_line is not None

    @property
    def width(self) -> int:
        return len(self.columns)

    def column_label(self, index: int) -> str:
        """The header text, or the 1-based column number when the column has no header."""
        header = self.columns[index]
        return header if header else str(index + 1)
