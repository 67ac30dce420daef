"""The meeting cadence: which days of a school year the network meets, and in which mode.

By default one virtual and two physical meetings a school year (editable): physical on the
2nd Thursday of October and of April, virtual on the 2nd Thursday of February.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import Mode, Slot

DEFAULT_CADENCE = (
    Slot(month=10, week=2, weekday=3, mode=Mode.PHYSICAL),
    Slot(month=2, week=2, weekday=3, mode=Mode.VIRTUAL),
    Slot(month=4, week=2, weekday=3, mode=Mode.PHYSICAL),
)
MAX_SLOTS = 12
LAST_WEEK = 5


def check_cadence(slots: Sequence[Slot]) -> tuple[Slot, ...]:
    if not 1 <= len(slots) <= MAX_SLOTS:
        raise NetworkError(NetworkProblem.BAD_CADENCE, f"{len(slots)} meetings", MAX_SLOTS)
    for slot in slots:
        if not (1 <= slot.month <= 12 and 1 <= slot.week <= LAST_WEEK and 0 <= slot.weekday <= 6):
            raise NetworkError(NetworkProblem.BAD_CADENCE, str(slot))
        Mode(slot.mode)
    return tuple(slots)


def slot_day(slot: Slot, year: int) -> date:
    """The `week`th `weekday` of the month in `year` (week 5: the last one of the month)."""
    days = [
        day
        for day in calendar.Calendar().itermonthdates(year, slot.month)
        if day.month == slot.month and day.weekday() == slot.weekday
    ]
    return days[-1] if slot.week == LAST_WEEK else days[slot.week - 1]


def school_year_start(day: date) -> int:
    return day.year if day.month >= 8 else day.year - 1


def meeting_days(slots: Sequence[Slot], start: date, years: int) -> Iterator[tuple[date, Slot]]:
    """Every meeting day from `start` (inclusive) for `years` years, in date order."""
    end = date(start.year + years, start.month, 1) + timedelta(days=start.day - 1)
    first = school_year_start(start)
    found = []
    for school_year in range(first, first + years + 1):
        for slot in slots:
            year = school_year if slot.month >= 8 else school_year + 1
            day = slot_day(slot, year)
            if start <= day < end:
                found.append((day, slot))
    found.sort(key=lambda pair: pair[0])
    return iter(found)
