"""Crafted roster files that once exhausted memory or hung the import, as the reliability drill
made them (issue 13, item 17): the bench measures the import's peak memory on them, and the
tests and the drill check that each ends in a clear RosterError.

Each maker writes one file into a folder and returns its path; bench/imports.py, the roster
tests and tests/drills share these definitions.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OFFICE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OFFICE}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_OFFICE}.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_CLOSE = "</sheetData></worksheet>"
_EMPTY_STRINGS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>'
)


def write_workbook(path: Path, rows_xml: str, shared_strings: str = _EMPTY_STRINGS) -> Path:
    """A minimal .xlsx with one sheet whose <sheetData> holds `rows_xml`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", _SHEET_OPEN + rows_xml + _SHEET_CLOSE)
        archive.writestr("xl/sharedStrings.xml", shared_strings)
    return path


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def far_corner_cell(folder: Path) -> Path:
    """A 4.7 kB workbook with one cell at XFD1048576 (the last cell Excel has)."""
    rows = f'<row r="1">{_inline("A1", "Navn")}</row>'
    rows += f'<row r="1048576">{_inline("XFD1048576", "x")}</row>'
    return write_workbook(folder / "far-corner.xlsx", rows)


def shared_strings_bomb(folder: Path) -> Path:
    """About 1 MB of shared strings that unpack to far more than a class list could hold."""
    one = "<si><t>" + "A" * 1000 + "</t></si>"
    count = 200_000
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}">'
        + one * count
        + "</sst>"
    )
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    return write_workbook(folder / "shared-strings-bomb.xlsx", rows, strings)


def lying_sizes(folder: Path) -> Path:
    """A workbook whose archive directory claims tiny sizes for a large sheet."""
    path = far_corner_cell(folder).with_name("lying-sizes.xlsx")
    rows = "".join(f'<row r="{n}">{_inline(f"A{n}", "Elev")}</row>' for n in range(1, 60_001))
    write_workbook(path, rows)
    data = bytearray(path.read_bytes())
    # Overwrite every "uncompressed size" field of the central directory with 1000.
    marker = b"PK\x01\x02"
    start = data.find(marker)
    while start != -1:
        data[start + 24 : start + 28] = (1000).to_bytes(4, "little")
        start = data.find(marker, start + 4)
    path.write_bytes(bytes(data))
    return path


def wide_rows(folder: Path) -> Path:
    """A CSV line with a million separators."""
    path = folder / "wide.csv"
    path.write_text("Navn" + ";" * 1_000_000 + "\nAnna Holm\n", encoding="utf-8")
    return path


def many_blank_lines(folder: Path) -> Path:
    """Nineteen million line breaks with one name at the end."""
    path = folder / "blank-lines.csv"
    with path.open("wb") as handle:
        handle.write(b"Navn\n" + b"\n" * 19_000_000 + b"Anna Holm\n")
    return path


def many_rows(folder: Path) -> Path:
    """Far more rows than a class has, in a workbook."""
    rows = "".join(f'<row r="{n}">{_inline(f"A{n}", f"Elev {n}")}</row>' for n in range(1, 20_002))
    return write_workbook(folder / "many-rows.xlsx", rows)


def zero_device(_folder: Path) -> Path:
    """/dev/zero: endless bytes."""
    return Path("/dev/zero")


def fifo(folder: Path) -> Path:
    """A named pipe nobody writes to: reading it would hang."""
    path = folder / "pipe.csv"
    if not path.exists():
        os.mkfifo(path)
    return path


HOSTILE_FILES: dict[str, Callable[[Path], Path]] = {
    "far corner cell (XFD1048576)": far_corner_cell,
    "shared-strings bomb": shared_strings_bomb,
    "archive with lying sizes": lying_sizes,
    "a million columns": wide_rows,
    "19 million blank lines": many_blank_lines,
    "20,001 rows": many_rows,
    "/dev/zero": zero_device,
    "a FIFO": fifo,
}
