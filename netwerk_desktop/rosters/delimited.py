"""CSV and TSV text to records: find the delimiter, honour quotes, keep line numbers."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator

from netwerk_desktop.rosters.errors import RosterError, RosterErrorCode
from netwerk_desktop.rosters.records import MAX_COLUMNS, MAX_LINES, MAX_ROWS
from netwerk_desktop.rosters.table import Delimiter, RosterRow

# On a tie the earlier wins: tabs and semicolons rarely occur inside a name, commas do.
_CANDIDATES = (Delimiter.TAB, Delimiter.SEMICOLON, Delimiter.COMMA)
_SAMPLE_RECORDS = 200
# Excel writes and honours a first line "sep=;" that names the delimiter.
_SEPARATOR_LINE = re.compile(r"sep=(.)[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# Separators for a one-column file: characters no name holds, so quoting still works.
_UNUSED_SEPARATORS = ("\x1f", "\x1e", "\x1d", "\x1c", "\x07")


def read_delimited(text: str) -> tuple[list[RosterRow], Delimiter | None]:
    """Records with the 1-based line each starts on, and the delimiter (None: one column)."""
    check_bounds(text)
    first_line = 1
    declared = _SEPARATOR_LINE.match(text)
    delimiter: Delimiter | None
    if declared and declared.group(1) in {d.value for d in Delimiter}:
        delimiter = Delimiter(declared.group(1))
        text = text[declared.end() :]
        first_line = 2
    else:
        delimiter = detect_delimiter(text)
    return split_records(text, delimiter, first_line), delimiter


def check_bounds(text: str) -> None:
    """Refuse text that cannot be a class list before the CSV reader builds it in memory:
    more lines than MAX_LINES, or a line with far more separators than MAX_COLUMNS."""
    if text.count("\n") > MAX_LINES or (text.count("\r") > MAX_LINES and "\n" not in text):
        raise RosterError(RosterErrorCode.TOO_MANY_ROWS, limit=MAX_ROWS)
    # Quoted cells may hold separators, hence the margin; this only guards the memory.
    limit = 4 * MAX_COLUMNS
    for line in _LINE_BREAKS.split(text):
        if max(line.count(d.value) for d in Delimiter) > limit:
            raise RosterError(RosterErrorCode.TOO_MANY_COLUMNS, limit=MAX_COLUMNS)


def split_records(text: str, delimiter: Delimiter | None, first_line: int = 1) -> list[RosterRow]:
    """Records split at `delimiter` (None: one cell per record), quotes as Excel writes them."""
    separator = delimiter.value if delimiter is not None else _unused_separator(text)
    records = list(_records(text, separator, first_line))
    _refuse_unclosed_quote(text, records, first_line)
    return records


def detect_delimiter(text: str) -> Delimiter | None:
    """The candidate that splits most records into the same number (two or more) of fields."""
    best: Delimiter | None = None
    best_score = 0
    for candidate in _CANDIDATES:
        # Rows such as ";;;" count: Excel writes empty rows with every delimiter.
        counts = Counter(len(row.cells) for row in _sample(text, candidate.value) if row.cells)
        if not counts:
            continue
        fields, score = counts.most_common(1)[0]
        if fields >= 2 and score > best_score:
            best, best_score = candidate, score
    if best is Delimiter.COMMA and _is_last_first_list(text):
        return None
    return best


def _is_last_first_list(text: str) -> bool:
    """One column of "Hansen, Anna": each comma is the only one on its line and a space follows."""
    with_comma = 0
    for row in _sample(text, Delimiter.COMMA.value):
        if len(row.cells) > 2:
            return False
        if len(row.cells) == 2:
            if not row.cells[1].startswith(" ") or not row.cells[0].strip():
                return False
            with_comma += 1
    return with_comma > 0 and '"' not in text


def _sample(text: str, separator: str) -> Iterator[RosterRow]:
    try:
        for count, row in enumerate(_records(text, separator, 1)):
            if count >= _SAMPLE_RECORDS:
                return
            yield row
    except RosterError:
        return


def _records(text: str, separator: str, first_line: int) -> Iterator[RosterRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"')
    start = 0
    try:
        for cells in reader:
            yield RosterRow(start + first_line, tuple(cells))
            start = reader.line_num
    except csv.Error:
        raise RosterError(RosterErrorCode.MALFORMED_CSV, line=start + first_line) from None


def _unused_separator(text: str) -> str:
    for separator in _UNUSED_SEPARATORS:
        if separator not in text:
            return separator
    # Text holding all of them is no name list; the preview shows what the split gives.
    return _UNUSED_SEPARATORS[0]


def _refuse_unclosed_quote(text: str, records: list[RosterRow], first_line: int) -> None:
    """A quote that is never closed swallows the rest of the file into one cell."""
    if not records:
        return
    last = records[-1]
    lines = _LINE.findall(text)
    spanned = lines[last.line - first_line :]
    if len(spanned) > 1 and "".join(spanned).count('"') % 2 == 1:
        raise RosterError(RosterErrorCode.UNCLOSED_QUOTE, line=last.line)
