"""Why a class list could not be read, in the teacher's language, saying what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.rosters import RosterError, RosterErrorCode, RowProblem, RowProblemCode
from ui.common.placeholders import fill


def describe_roster_error(error: RosterError) -> str:
    line = str(error.line or "")
    code = error.code
    if code is RosterErrorCode.FILE_NOT_FOUND:
        return QCoreApplication.translate("RosterErrors", "The file no longer exists.")
    if code is RosterErrorCode.FILE_UNREADABLE:
        return QCoreApplication.translate(
            "RosterErrors",
            "The file cannot be opened. Close it in other programs and try again.",
        )
    if code is RosterErrorCode.FILE_TOO_LARGE or code is RosterErrorCode.TOO_MANY_ROWS:
        return QCoreApplication.translate(
            "RosterErrors", "The file is far larger than a class list. Is it the right file?"
        )
    if code is RosterErrorCode.EMPTY:
        return QCoreApplication.translate("RosterErrors", "There are no names in it.")
    if code is RosterErrorCode.NOT_A_ROSTER:
        return QCoreApplication.translate(
            "RosterErrors", "This is not a text, CSV or Excel (.xlsx) file."
        )
    if code is RosterErrorCode.UNSUPPORTED_FORMAT:
        return fill(
            QCoreApplication.translate(
                "RosterErrors",
                "Files of this type (%1) cannot be read. Open it in Excel or LibreOffice and save "
                "it as .xlsx or CSV.",
            ),
            error.format_name or "?",
        )
    if code is RosterErrorCode.INVALID_TEXT or code is RosterErrorCode.MIXED_ENCODING:
        return fill(
            QCoreApplication.translate(
                "RosterErrors",
                "Line %1 has characters that cannot be read. Save the file as UTF-8 (CSV UTF-8 in "
                "Excel) and try again.",
            ),
            line,
        )
    if code is RosterErrorCode.UNCLOSED_QUOTE or code is RosterErrorCode.MALFORMED_CSV:
        return fill(
            QCoreApplication.translate(
                "RosterErrors",
                "Line %1 is broken (a quotation mark is not closed). Fix it in the file, or copy "
                "the names and paste them instead.",
            ),
            line,
        )
    if code is RosterErrorCode.CORRUPT_WORKBOOK:
        return QCoreApplication.translate(
            "RosterErrors",
            "The Excel file is damaged or protected. Open it in Excel, save a copy, and try "
            "the copy.",
        )
    if code is RosterErrorCode.SHEET_NOT_FOUND:
        return fill(
            QCoreApplication.translate(
                "RosterErrors", "The workbook has no sheet “%1”. It has: %2."
            ),
            error.sheet or "",
            ", ".join(error.sheets),
        )
    if code is RosterErrorCode.NOT_A_FILE:
        return QCoreApplication.translate(
            "RosterErrors",
            "This is not a file that can be read (a folder, a device or a pipe). Choose the "
            "class list file itself.",
        )
    if code is RosterErrorCode.TOO_MANY_COLUMNS:
        return QCoreApplication.translate(
            "RosterErrors",
            "The list has far more columns than a class list. Is it the right file? Save only "
            "the sheet with the names and try again.",
        )
    if code is RosterErrorCode.SHEET_NOT_APPLICABLE:
        return QCoreApplication.translate("RosterErrors", "Only Excel files have sheets.")
    return fill(
        QCoreApplication.translate("RosterErrors", "There is no column “%1” in the list."),
        error.column or "",
    )


def describe_row_problem(problem: RowProblem) -> str:
    """Why one row of an import is skipped, as its status in the preview."""
    if problem.code is RowProblemCode.NAME_TOO_LONG:
        return fill(
            QCoreApplication.translate("RosterErrors", "Name longer than %1 characters, skipped"),
            str(problem.limit),
        )
    return QCoreApplication.translate(
        "RosterErrors", "Name contains a character that cannot be saved, skipped"
    )
