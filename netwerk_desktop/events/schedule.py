"""The follow-up an event puts on each class's timeline (tip 5), and when each step is due."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from netwerk_desktop.events.records import FollowUpKind

# The temporary merged roster of an event is deleted this long after its last follow-up step
# is due, even when nobody checks the steps off: students' groupings are kept no longer.
KEEP_GROUPS_AFTER_LAST_STEP = timedelta(days=14)


def one_month_after(day: date) -> date:
    month = day.month % 12 + 1
    year = day.year + (1 if day.month == 12 else 0)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_dates(held_on: date) -> dict[FollowUpKind, date]:
    """Day 1 a thank-you, week 1 a partner talk and the tally, month 1 a reunion."""
    week = held_on + timedelta(days=7)
    return {
        FollowUpKind.THANK_YOU: held_on + timedelta(days=1),
        FollowUpKind.PARTNER_TALK: week,
        FollowUpKind.TALLY: week,
        FollowUpKind.REUNION: one_month_after(held_on),
    }


def groups_expire_on(held_on: date) -> date:
    return max(due_dates(held_on).values()) + KEEP_GROUPS_AFTER_LAST_STEP
