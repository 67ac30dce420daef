"""What went wrong with an event or in the teachers' network, as whole sentences that say
what to do next. Every sentence is a literal translate() call so pyside6-lupdate finds it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.events.errors import EventError, EventProblem
from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from ui.common.placeholders import fill

translate = QCoreApplication.translate


def describe_event_error(error: EventError) -> str:
    limit = str(error.limit)
    problem = error.problem
    if problem is EventProblem.NO_TITLE:
        return translate("EventErrors", "The event needs a name.")
    if problem is EventProblem.TEXT_TOO_LONG:
        return fill(
            translate("EventErrors", "That text is too long: at most %1 characters."), limit
        )
    if problem is EventProblem.NO_CLASSES:
        return translate("EventErrors", "Choose at least one class that takes part.")
    if problem is EventProblem.UNKNOWN_CLASS:
        return translate(
            "EventErrors", "One of the classes no longer exists. Choose the classes again."
        )
    if problem is EventProblem.NOT_IN_EVENT:
        return translate(
            "EventErrors",
            "That student’s class does not take part in the event. Add the class first.",
        )
    if problem is EventProblem.NO_GUEST_NAME:
        return translate("EventErrors", "Type a name and a role.")
    if problem is EventProblem.BAD_BLOCK:
        return fill(
            translate(
                "EventErrors", "A programme block needs a name and between 1 and %1 minutes."
            ),
            limit,
        )
    if problem is EventProblem.TOO_FEW_TO_GROUP:
        return fill(
            translate(
                "EventErrors",
                "Groups need at least %1 students signed up. Sign up the students who come first.",
            ),
            limit,
        )
    if problem is EventProblem.BAD_TALLY:
        return translate(
            "EventErrors", "The hands up cannot be more than the students asked. Count again."
        )
    return translate(
        "EventErrors",
        "The follow-up is over, so the event’s groups were deleted and cannot be made again.",
    )


def describe_network_error(error: NetworkError) -> str:
    limit = str(error.limit)
    problem = error.problem
    if problem is NetworkProblem.NO_NAME:
        return translate("NetworkErrors", "Type a name first.")
    if problem is NetworkProblem.TEXT_TOO_LONG:
        return fill(
            translate("NetworkErrors", "That text is too long: at most %1 characters."), limit
        )
    if problem is NetworkProblem.NO_CONSENT:
        return translate(
            "NetworkErrors",
            "A member is added only with their consent. Ask them, then tick the box and give the "
            "date they agreed.",
        )
    if problem is NetworkProblem.CONSENT_IN_FUTURE:
        return translate("NetworkErrors", "The date of consent cannot be in the future.")
    if problem is NetworkProblem.BAD_EMAIL:
        return translate(
            "NetworkErrors", "That is not an e-mail address. Check it, or leave the field empty."
        )
    if problem is NetworkProblem.BAD_CADENCE:
        return translate(
            "NetworkErrors",
            "The meeting rhythm needs at least one meeting on a real day of the month.",
        )
    if problem is NetworkProblem.BAD_TIME_ZONE:
        return translate(
            "NetworkErrors", "That time zone is not known. Use a name like Europe/Copenhagen."
        )
    if problem is NetworkProblem.TOO_MANY_TALKS:
        return fill(
            translate(
                "NetworkErrors",
                "A meeting has at most %1 talks, so there is time to exchange experience.",
            ),
            limit,
        )
    if problem is NetworkProblem.BAD_AGENDA_ITEM:
        return fill(
            translate("NetworkErrors", "An agenda item takes between 1 and %1 minutes."), limit
        )
    if problem is NetworkProblem.NO_HOST_NEEDED:
        return translate("NetworkErrors", "An online meeting has no host school.")
    if problem is NetworkProblem.CANNOT_HOST:
        return fill(
            translate(
                "NetworkErrors",
                "%1 said it cannot host. Choose another school, or change it under Schools.",
            ),
            error.detail,
        )
    if problem is NetworkProblem.BAD_YEARS:
        return fill(translate("NetworkErrors", "Plan between 1 and %1 school years."), limit)
    if problem is NetworkProblem.NOT_A_PACK:
        return translate(
            "NetworkErrors",
            "That file is not a network pack, or it is damaged. Nothing was changed; ask for the "
            "pack again.",
        )
    return translate(
        "NetworkErrors",
        "That pack was made by a newer Netwerk Desktop. Nothing was changed; update the app to "
        "import it.",
    )
