"""What went wrong with the school server, as whole sentences that say what to do next.
Every sentence is a literal translate() call so pyside6-lupdate finds it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.server_errors import EditConflict, EditedPart, ServerError, ServerProblem
from ui.common.placeholders import fill

translate = QCoreApplication.translate


def describe_server_error(error: ServerError) -> str:
    problem = error.problem
    if problem is ServerProblem.UNREACHABLE:
        return translate(
            "ServerErrors",
            "The school server cannot be reached. What you do in a lesson is saved on this PC"
            " and sent when the server is back; other changes have to wait until then.",
        )
    if problem is ServerProblem.NOT_SET_UP:
        return translate(
            "ServerErrors",
            "The school server's database is not set up for Netwerk Desktop yet. Ask the"
            " school's IT to run “server init” (see docs/school-server.md).",
        )
    if problem is ServerProblem.OLDER_SCHEMA:
        return translate(
            "ServerErrors",
            "The school server's database is from an older Netwerk Desktop. Ask the school's IT"
            " to run “server init” to bring it up to date.",
        )
    if problem is ServerProblem.NEWER_SCHEMA:
        return translate(
            "ServerErrors",
            "The school server is set up for a newer Netwerk Desktop. Update Netwerk Desktop on"
            " this PC.",
        )
    if problem is ServerProblem.NOT_ALLOWED:
        return translate(
            "ServerErrors",
            "The school server does not allow this for your login. Classes belong to their"
            " teachers and co-teachers; school-wide data is changed by coordinators.",
        )
    if problem is ServerProblem.BAD_ADDRESS:
        return fill(
            translate(
                "ServerErrors",
                "“%1” is not the address of a school server. It looks like"
                " postgresql://server/netwerk; ask the school's IT for it.",
            ),
            error.detail,
        )
    if problem is ServerProblem.PASSWORD_IN_ADDRESS:
        return translate(
            "ServerErrors",
            "Leave the password out of the address: Netwerk Desktop never stores it. It asks"
            " for it at start, or the school's IT sets up a password file.",
        )
    if problem is ServerProblem.TOOL_MISSING:
        return translate(
            "ServerErrors",
            "The PostgreSQL tools are not installed on this PC. Ask the school's IT.",
        )
    return fill(
        translate("ServerErrors", "The server's backup could not be made: %1"), error.detail
    )


def describe_edit_conflict(error: EditConflict) -> str:
    who = error.by or translate("ServerErrors", "a colleague")
    if error.part == EditedPart.CHARTER:
        text = translate(
            "ServerErrors",
            "While you were editing, %1 changed the charter of %2. Nothing was saved over it:"
            " their version is shown now; make your change again.",
        )
    elif error.part == EditedPart.ROSTER:
        text = translate(
            "ServerErrors",
            "While you were editing, %1 changed the class list of %2. Nothing was saved over"
            " it: reload to see their change, then make yours again.",
        )
    else:
        text = translate(
            "ServerErrors",
            "While you were editing, %1 changed the partnerships of %2. Nothing was saved over"
            " it: reload to see their change, then make yours again.",
        )
    return fill(text, who, error.class_name)
