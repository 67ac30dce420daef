"""The core's errors (data, backups, names, values) as sentences that say what to do next.

Every sentence is a literal translate() call so pyside6-lupdate finds it. No English from the
core reaches a sentence: the core's own message (`str(error)`) is for the log and the command
line only.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.errors import ErrorCode, Field, InvalidValue, NetwerkError, Problem
from ui.common.messages.data_errors import DATA_CODES, describe_data_error
from ui.common.placeholders import fill

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def describe_core_error(error: BaseException) -> str:
    if not isinstance(error, NetwerkError):
        log.error("Unexpected error shown to the teacher: %r", error)
        return translate(
            "Errors",
            "Something unexpected went wrong, and nothing was changed. If it happens again, "
            "the log in the data folder says more (Help, About).",
        )
    if isinstance(error, InvalidValue):
        return describe_invalid_value(error)
    if error.code in DATA_CODES:
        return describe_data_error(error)
    p = {key: str(value) for key, value in error.params.items()}
    code = error.code
    if code is ErrorCode.ALREADY_EXISTS:
        return fill(
            translate("Errors", "“%1” already exists. Choose another name."), p.get("name", "")
        )
    if code is ErrorCode.NOT_FOUND:
        return fill(
            translate("Errors", "“%1” was not found. It may have been deleted."),
            p.get("name", ""),
        )
    if code is ErrorCode.AMBIGUOUS:
        return fill(translate("Errors", "More than one match for “%1”."), p.get("name", ""))
    log.error("No sentence for %s: %s", code, error)
    return translate("Errors", "This cannot be done, so nothing was changed.")


def describe_invalid_value(error: InvalidValue) -> str:
    """A value the teacher typed or chose that cannot be used, in one whole sentence."""
    field, problem, limit = error.field, error.problem, str(error.limit)
    if problem is Problem.EMPTY:
        if field is Field.CLASS_NAME:
            return translate("Errors", "The class needs a name.")
        if field is Field.STUDENT_NAME:
            return translate("Errors", "The student needs a name.")
        if field is Field.TAG:
            return translate("Errors", "The tag needs a name.")
    if problem is Problem.TOO_LONG:
        if field is Field.CLASS_NAME:
            return fill(translate("Errors", "A class name can have at most %1 characters."), limit)
        if field is Field.STUDENT_NAME:
            return fill(
                translate("Errors", "A student's name can have at most %1 characters."), limit
            )
        if field is Field.TAG:
            return fill(translate("Errors", "A tag can have at most %1 characters."), limit)
        if field is Field.CHARTER_RULE:
            return fill(
                translate(
                    "Errors", "A rule of the charter can have at most %1 characters. Shorten it."
                ),
                limit,
            )
        if field is Field.LESSON_NOTE:
            return fill(
                translate("Errors", "A note can have at most %1 characters. Shorten it."), limit
            )
    if problem is Problem.UNUSABLE_CHARACTER and field is Field.STUDENT_NAME:
        return translate(
            "Errors",
            "The name has a character that cannot be saved (a control or invisible character). "
            "Type the name again.",
        )
    if problem is Problem.OUT_OF_RANGE and field is Field.TALLY_COUNT:
        return fill(translate("Errors", "A count must be between 0 and %1."), limit)
    if problem is Problem.OUT_OF_RANGE and field is Field.ROTATIONS:
        return fill(translate("Errors", "Plan between 1 and %1 rotations at a time."), limit)
    if problem is Problem.SAME_STUDENT_TWICE:
        return translate("Errors", "Choose two different students.")
    if problem is Problem.NOTHING_TO_RUN:
        return translate("Errors", "This lesson has no steps, so it cannot be run.")
    log.error("No sentence for an invalid %s (%s): %s", field, problem, error)
    return translate("Errors", "That value cannot be used, so nothing was changed.")
