"""The Partnerships screen's words: rotation titles, dates, how a rotation was made, and who
met whom. Whole sentences with places only. What is wrong on a board (warnings, rules that
cannot all be kept) is said in `ui.common.messages.partnerships`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from netwerk_desktop.services.partnership_records import MeetingCounts
from ui.common.placeholders import fill

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def rotation_title(number: int) -> str:
    return fill(translate("PartnershipText", "Rotation %1"), str(number))


def short_date(day: date | None) -> str:
    if day is None:
        return "–"
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def kind_name(kind: str) -> str:
    if kind == "full":
        return translate("PartnershipText", "New partnerships")
    if kind == "new_groups":
        return translate("PartnershipText", "New groups, same pairs")
    if kind == "new_pairs":
        return translate("PartnershipText", "New pairs in the same groups")
    return translate("PartnershipText", "Made by hand")


# Who met whom ----------------------------------------------------------------------------------


def meeting_text(first: str, second: str, counts: MeetingCounts) -> str:
    if counts.group_mates == 0:
        return fill(
            translate("PartnershipText", "%1 and %2 have not worked together yet."), first, second
        )
    lines = [fill(translate("PartnershipText", "%1 and %2"), first, second)]
    partners = counts.partners
    if partners:
        lines.append(translate("PartnershipText", "Partners: %n time(s)", None, partners))
    others = counts.group_mates - partners
    if others:
        lines.append(
            translate(
                "PartnershipText", "In the same group, not as partners: %n time(s)", None, others
            )
        )
    return "\n".join(lines)
