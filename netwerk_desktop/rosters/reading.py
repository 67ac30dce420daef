"""Read a roster file of any supported kind; the content decides the kind, not the file name."""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from pathlib import Path

from netwerk_desktop.rosters.decoding import decode_roster_text
from netwerk_desktop.rosters.delimited import read_delimited
from netwerk_desktop.rosters.errors import RosterError, RosterErrorCode
from netwerk_desktop.rosters.records import assemble_table
from netwerk_desktop.rosters.table import RosterFormat, RosterSource, RosterTable
from netwerk_desktop.rosters.workbook import read_workbook, workbook_sheets

MAX_FILE_BYTES = 20 * 1024 * 1024
# What a workbook may unpack to: a class list's sheet and shared strings are far smaller. The
# sizes are read from the archive's directory and checked again while unpacking (zip bombs).
MAX_UNPACKED_BYTES = 24 * 1024 * 1024

_ZIP = b"PK\x03\x04"
# The compound-file header of Excel 97-2003 .xls (and of password-protected .xlsx).
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF = b"%PDF-"
# Web-based school systems often export an HTML or XML page under an .xls name.
_MARKUP_STARTS = (
    ("<!doctype html", "html"),
    ("<html", "html"),
    ("<table", "html"),
    ("<?xml", "xml"),
)
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
# What zipfile raises for a damaged, encrypted or oddly compressed archive.
_DAMAGED_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    KeyError,
    RuntimeError,
    NotImplementedError,
)


def read_roster_file(path: Path, sheet: str | None = None) -> RosterTable:
    """Read a CSV/TSV/text or .xlsx roster; `sheet` chooses a worksheet of a workbook."""
    data = _read_bytes(path)
    try:
        if path.suffix.lower() in _WORKBOOK_SUFFIXES and not data.startswith(_ZIP):
            raise RosterError(RosterErrorCode.CORRUPT_WORKBOOK)
        return read_roster_bytes(data, sheet)
    except RosterError as error:
        error.path = str(path)
        raise


def read_roster_bytes(data: bytes, sheet: str | None = None) -> RosterTable:
    """Like read_roster_file, for the bytes of a file."""
    if len(data) > MAX_FILE_BYTES:
        raise RosterError(RosterErrorCode.FILE_TOO_LARGE, limit=MAX_FILE_BYTES)
    if _is_workbook(data):
        return read_workbook(data, sheet)
    if sheet is not None:
        raise RosterError(RosterErrorCode.SHEET_NOT_APPLICABLE, sheet=sheet)
    decoded = decode_roster_text(data)
    _refuse_markup(decoded.text)
    records, delimiter = read_delimited(decoded.text)
    source = RosterSource(
        format=RosterFormat.DELIMITED,
        encoding=decoded.encoding,
        bom=decoded.bom,
        delimiter=delimiter,
    )
    return assemble_table(records, source)


def list_sheets(path: Path) -> tuple[str, ...]:
    """The worksheets of a workbook in order; a text file has none."""
    data = _read_bytes(path)
    try:
        return list_sheets_in_bytes(data)
    except RosterError as error:
        error.path = str(path)
        raise


def list_sheets_in_bytes(data: bytes) -> tuple[str, ...]:
    if len(data) > MAX_FILE_BYTES:
        raise RosterError(RosterErrorCode.FILE_TOO_LARGE, limit=MAX_FILE_BYTES)
    if _is_workbook(data):
        return workbook_sheets(data)
    return ()


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most MAX_FILE_BYTES: a device (/dev/zero), a pipe (which would
    block) or a folder is refused before it is opened, and a file that grows is cut off."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise RosterError(RosterErrorCode.NOT_A_FILE, path=str(path))
        if status.st_size > MAX_FILE_BYTES:
            raise RosterError(RosterErrorCode.FILE_TOO_LARGE, path=str(path), limit=MAX_FILE_BYTES)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since the check
                raise RosterError(RosterErrorCode.NOT_A_FILE, path=str(path))
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise RosterError(RosterErrorCode.FILE_NOT_FOUND, path=str(path)) from None
    except OSError:
        raise RosterError(RosterErrorCode.FILE_UNREADABLE, path=str(path)) from None
    if len(data) > MAX_FILE_BYTES:
        raise RosterError(RosterErrorCode.FILE_TOO_LARGE, path=str(path), limit=MAX_FILE_BYTES)
    return data


def _is_workbook(data: bytes) -> bool:
    """True for an .xlsx; other containers and binary formats are refused by name."""
    if data.startswith(_COMPOUND_FILE):
        raise RosterError(RosterErrorCode.UNSUPPORTED_FORMAT, format_name="xls")
    if data.startswith(_PDF):
        raise RosterError(RosterErrorCode.UNSUPPORTED_FORMAT, format_name="pdf")
    if not data.startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            unpacked = sum(info.file_size for info in infos)
            mimetype = archive.read("mimetype")[:200] if "mimetype" in names else b""
    except _DAMAGED_ZIP:
        raise RosterError(RosterErrorCode.CORRUPT_WORKBOOK) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise RosterError(RosterErrorCode.FILE_TOO_LARGE, limit=MAX_UNPACKED_BYTES)
    if any(name.startswith("xl/") for name in names):
        return True
    if b"opendocument.spreadsheet" in mimetype:
        raise RosterError(RosterErrorCode.UNSUPPORTED_FORMAT, format_name="ods")
    if any(name.startswith("word/") for name in names):
        raise RosterError(RosterErrorCode.UNSUPPORTED_FORMAT, format_name="docx")
    raise RosterError(RosterErrorCode.UNSUPPORTED_FORMAT, format_name="zip")


def _refuse_markup(text: str) -> None:
    start = text[:200].lstrip().lower()
    for opening, format_name in _MARKUP_STARTS:
        if start.startswith(opening):
            raise RosterError(RosterErrorCode.UNSUPPORTED_FORMAT, format_name=format_name)
