"""What a teacher reads for an activity's kind, space, group size, time and programme element."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netwerk_desktop.content import ActivityKind, GroupSize, MinuteRange, ProgrammeElement, Space
from ui.common.placeholders import fill
from ui.common.step_names import minutes_text

_KIND_NAMES: dict[ActivityKind, str] = {
    ActivityKind.ICEBREAKER: str(QT_TRANSLATE_NOOP("ActivityNames", "Icebreaker")),
    ActivityKind.COLLABORATION: str(QT_TRANSLATE_NOOP("ActivityNames", "Collaboration")),
    ActivityKind.MOVEMENT: str(QT_TRANSLATE_NOOP("ActivityNames", "Movement")),
    ActivityKind.CLASS_EVENT: str(QT_TRANSLATE_NOOP("ActivityNames", "Class event")),
}

_SPACE_NAMES: dict[Space, str] = {
    Space.CLASSROOM: str(QT_TRANSLATE_NOOP("ActivityNames", "Classroom")),
    Space.OUTDOORS: str(QT_TRANSLATE_NOOP("ActivityNames", "Outdoors")),
    Space.HALL: str(QT_TRANSLATE_NOOP("ActivityNames", "Hall")),
}

_ELEMENT_NAMES: dict[ProgrammeElement, str] = {
    ProgrammeElement.COMMUNITY: str(QT_TRANSLATE_NOOP("ActivityNames", "Community")),
    ProgrammeElement.CLASS_CULTURE: str(QT_TRANSLATE_NOOP("ActivityNames", "Class culture")),
    ProgrammeElement.PARTNERSHIPS: str(QT_TRANSLATE_NOOP("ActivityNames", "Partnerships")),
    ProgrammeElement.NETWORKS: str(QT_TRANSLATE_NOOP("ActivityNames", "Networks")),
}


def activity_kind_name(kind: ActivityKind) -> str:
    return QCoreApplication.translate("ActivityNames", _KIND_NAMES[kind])


def space_name(space: Space) -> str:
    return QCoreApplication.translate("ActivityNames", _SPACE_NAMES[space])


def element_name(element: ProgrammeElement) -> str:
    return QCoreApplication.translate("ActivityNames", _ELEMENT_NAMES[element])


def minute_range_text(minutes: MinuteRange) -> str:
    if minutes.low == minutes.high:
        return minutes_text(minutes.low)
    return fill(
        QCoreApplication.translate("ActivityNames", "%1–%2 min"),
        str(minutes.low),
        str(minutes.high),
    )


def group_size_text(size: GroupSize) -> str:
    if size.low is None or size.high is None:
        return QCoreApplication.translate("ActivityNames", "Whole class")
    if size.low == size.high == 1:
        return QCoreApplication.translate("ActivityNames", "Each on their own")
    if size.low == size.high == 2:
        return QCoreApplication.translate("ActivityNames", "Pairs")
    if size.low == size.high:
        return fill(QCoreApplication.translate("ActivityNames", "Groups of %1"), str(size.low))
    return fill(
        QCoreApplication.translate("ActivityNames", "Groups of %1–%2"),
        str(size.low),
        str(size.high),
    )
