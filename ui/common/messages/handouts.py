"""Why a handout cannot be made, in the teacher's words, and where the missing data is made."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.services.handout_records import HandoutNotPossible, HandoutProblem
from ui.common.messages.core_errors import describe_core_error
from ui.common.placeholders import fill


@dataclass(frozen=True)
class Remedy:
    """A button that takes the teacher where the missing data is made."""

    label: str
    screen: str


def describe_handout_error(error: BaseException) -> tuple[str, Remedy | None]:
    """The sentence for an error met while making a handout, and where to fix it if anywhere."""
    if isinstance(error, HandoutNotPossible):
        name = str(error.params.get("class_name", ""))
        problem = error.problem
        if problem is HandoutProblem.NO_STUDENTS:
            text = fill(
                QCoreApplication.translate(
                    "HandoutProblem",
                    "%1 has no students yet, so there are no names to print. Add the students, or "
                    "print one copy to hand out.",
                ),
                name,
            )
            return text, Remedy(
                QCoreApplication.translate("HandoutProblem", "Add students"), "classes"
            )
        if problem is HandoutProblem.NO_PARTNERSHIPS:
            text = fill(
                QCoreApplication.translate(
                    "HandoutProblem",
                    "%1 has no partnerships yet. Make the partnerships first; then the list and "
                    "the "
                    "cards can be printed.",
                ),
                name,
            )
            return text, Remedy(
                QCoreApplication.translate("HandoutProblem", "Go to Partnerships"), "partnerships"
            )
        if problem is HandoutProblem.NO_CHARTER:
            text = fill(
                QCoreApplication.translate(
                    "HandoutProblem",
                    "%1 has not saved a class charter yet. The class agrees on its rules in the "
                    "lesson "
                    "about class culture; once they are saved, the poster can be printed.",
                ),
                name,
            )
            return text, Remedy(
                QCoreApplication.translate("HandoutProblem", "Go to Lessons"), "lessons"
            )
        if problem is HandoutProblem.NO_BOARD:
            text = fill(
                QCoreApplication.translate(
                    "HandoutProblem",
                    "%1 has no open needs-and-offers board. Open the board first; its slips carry "
                    "its codes.",
                ),
                name,
            )
            return text, Remedy(
                QCoreApplication.translate("HandoutProblem", "Go to Needs and offers"), "board"
            )
        if problem is HandoutProblem.EMPTY_DIRECTORY:
            return (
                QCoreApplication.translate(
                    "HandoutProblem",
                    "The school’s directory has no entries yet. Add the first places, then print "
                    "the leaflet.",
                ),
                Remedy(
                    QCoreApplication.translate("HandoutProblem", "Go to Directory"), "directory"
                ),
            )
        if problem is HandoutProblem.NO_THEME:
            return QCoreApplication.translate(
                "HandoutProblem", "Choose a theme or a lesson for the discussion cards."
            ), None
        if problem is HandoutProblem.NOT_PER_STUDENT:
            return QCoreApplication.translate(
                "HandoutProblem", "This handout is the same for everyone, so print one copy."
            ), None
        return QCoreApplication.translate(
            "HandoutProblem", "Choose a lesson for this handout."
        ), None
    if isinstance(error, HandoutError):
        if error.code is HandoutErrorCode.NOTHING_TO_PRINT:
            return QCoreApplication.translate(
                "HandoutProblem", "There is nothing to print on this handout yet."
            ), None
        if error.code is HandoutErrorCode.UNSUPPORTED_LANGUAGE:
            return (
                QCoreApplication.translate(
                    "HandoutProblem",
                    "Handouts are printed in Danish, English or Dutch. Choose one of them as "
                    "the class’s language.",
                ),
                Remedy(QCoreApplication.translate("HandoutProblem", "Edit the class"), "classes"),
            )
        return (
            fill(
                QCoreApplication.translate(
                    "HandoutProblem",
                    "The handout could not be written to %1. Check that the folder exists and that "
                    "there is free space.",
                ),
                error.params.get("path", ""),
            ),
            None,
        )
    return describe_core_error(error), None
