"""Names pasted by the teacher: one per line, "Last, First", or columns copied from Excel."""

from __future__ import annotations

import re

from netwerk_desktop.rosters.delimited import split_records
from netwerk_desktop.rosters.records import assemble_table
from netwerk_desktop.rosters.table import (
    Delimiter,
    RosterFormat,
    RosterRow,
    RosterSource,
    RosterTable,
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def parse_pasted(text: str) -> RosterTable:
    """Tabs mean cells copied from a spreadsheet; otherwise every line is one cell, as typed.

    Other delimiters are not looked for: a pasted "Hansen, Anna" or "Anna; 2.b" is one name
    cell, and the preview shows what it becomes.
    """
    text = text.removeprefix("\ufeff")
    if "\t" in text:
        records = split_records(text, Delimiter.TAB)
        delimiter: Delimiter | None = Delimiter.TAB
    else:
        lines = _LINE_BREAK.split(text)
        records = [RosterRow(number, (line,)) for number, line in enumerate(lines, start=1)]
        delimiter = None
    return assemble_table(records, RosterSource(format=RosterFormat.PASTED, delimiter=delimiter))
