"""What went wrong on a class's needs-and-offers board or in the school's directory, in the
teacher's words and with what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.directory import DirectoryError, DirectoryProblem
from netwerk_desktop.networks import BoardError, BoardProblem
from ui.common.placeholders import fill

translate = QCoreApplication.translate


def describe_board_error(error: BoardError) -> str:
    facts = {key: str(value) for key, value in error.facts.items()}
    problem = error.problem
    if problem is BoardProblem.NO_BOARD:
        return translate("NetworkErrors", "The class has no open board. Open one first.")
    if problem is BoardProblem.ALREADY_OPEN:
        return translate(
            "NetworkErrors",
            "The class has an open board already. Close it before opening a new one.",
        )
    if problem is BoardProblem.CLOSED:
        return translate(
            "NetworkErrors", "The board is closed, so nothing can be added or changed on it."
        )
    if problem is BoardProblem.CLOSING_DATE_PAST:
        return translate(
            "NetworkErrors", "The closing date has passed. Choose today or a day ahead."
        )
    if problem is BoardProblem.BAD_CODE:
        return fill(
            translate(
                "NetworkErrors", "“%1” is not a slip code. A code is three of these letters: %2."
            ),
            facts.get("code", ""),
            facts.get("letters", ""),
        )
    if problem is BoardProblem.CODE_TAKEN:
        return fill(
            translate(
                "NetworkErrors",
                "Code %1 is on the board with this kind already. A slip has one need and one "
                "offer.",
            ),
            facts.get("code", ""),
        )
    if problem is BoardProblem.EMPTY_TEXT:
        return translate("NetworkErrors", "Write what the slip says.")
    if problem is BoardProblem.TEXT_TOO_LONG:
        return fill(
            translate("NetworkErrors", "A slip’s text can have at most %1 characters. Shorten it."),
            facts.get("limit", ""),
        )
    if problem is BoardProblem.NAME_IN_TEXT:
        return fill(
            translate(
                "NetworkErrors",
                "The text holds a name from the class list (%1). Write it without the name: the "
                "board never shows who wrote a slip or who it is about.",
            ),
            facts.get("names", ""),
        )
    if problem is BoardProblem.NOT_A_PAIR:
        return translate("NetworkErrors", "A match is one need and one offer. Choose one of each.")
    if problem is BoardProblem.SAME_CODE:
        return translate(
            "NetworkErrors",
            "These come from the same slip. A slip’s offer cannot meet its own need.",
        )
    if problem is BoardProblem.NOT_POSTED:
        return fill(
            translate("NetworkErrors", "%1 is not on the board. Post it first, then match it."),
            facts.get("code", ""),
        )
    if problem is BoardProblem.ALREADY_MATCHED:
        return translate("NetworkErrors", "These two are matched already.")
    return translate("NetworkErrors", "This is no longer on the board. It may have been removed.")


def describe_directory_error(error: DirectoryError) -> str:
    facts = {key: str(value) for key, value in error.facts.items()}
    problem = error.problem
    line = facts.get("line")
    text = _directory_sentence(problem, facts)
    if line is not None:
        return fill(translate("NetworkErrors", "Line %1 of the file: %2"), line, text)
    return text


def _directory_sentence(problem: DirectoryProblem, facts: dict[str, str]) -> str:
    if problem is DirectoryProblem.NO_NAME:
        return translate(
            "NetworkErrors", "The entry needs a name: the club, the association or the place."
        )
    if problem is DirectoryProblem.TOO_LONG:
        return fill(
            translate("NetworkErrors", "That text is too long: at most %1 characters."),
            facts.get("limit", ""),
        )
    if problem is DirectoryProblem.BAD_AGES:
        return translate(
            "NetworkErrors",
            "The ages do not make sense. Write the youngest and the oldest age, or leave them "
            "empty.",
        )
    if problem is DirectoryProblem.CHECKED_IN_FUTURE:
        return translate("NetworkErrors", "An entry cannot be checked on a day still to come.")
    if problem is DirectoryProblem.HELP_ROLE_TAKEN:
        return translate("NetworkErrors", "Another entry is already this line of the help card.")
    if problem is DirectoryProblem.NO_NAME_COLUMN:
        return fill(
            translate(
                "NetworkErrors",
                "%1 has no column called “name”, so nothing was imported. Export the directory "
                "once to see the columns it reads.",
            ),
            facts.get("path", ""),
        )
    if problem is DirectoryProblem.UNREADABLE_FILE:
        return fill(
            translate("NetworkErrors", "%1 could not be read, so nothing was imported."),
            facts.get("path", ""),
        )
    if problem is DirectoryProblem.NOT_WRITTEN:
        return fill(
            translate(
                "NetworkErrors",
                "%1 could not be written. Check that the folder exists and that there is free "
                "space.",
            ),
            facts.get("path", ""),
        )
    return translate(
        "NetworkErrors", "This entry is no longer in the directory. It may have been removed."
    )
