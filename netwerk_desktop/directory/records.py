"""The school's directory as plain values: an entry as typed, an entry as stored, a filter,
and what an import found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

# Ages the programme is for: the filter "15–20" keeps entries whose ages meet this range.
STUDENT_AGES = (15, 20)
MAX_AGE = 120
STALE_MONTHS = 12


class DirectoryCategory(StrEnum):
    SPORT = "sport"
    CULTURE = "culture"
    VOLUNTEERING = "volunteering"
    YOUTH_CENTRE = "youth_centre"
    STUDY_HELP = "study_help"
    FAITH_COMMUNITY = "faith_community"
    HELP = "help"
    OTHER = "other"  # what an imported list names otherwise; the school sorts it in


class EntryStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class EntrySource(StrEnum):
    COORDINATOR = "coordinator"  # typed in by the school
    CLASS = "class"  # a class's suggestion (`source_note`: the class)
    IMPORT = "import"  # from a file (`source_note`: its name)


@dataclass(frozen=True)
class EntryDraft:
    """An entry as the school types it. `help_role` ties it to a line of the help card."""

    name: str
    category: DirectoryCategory
    activity: str = ""
    help_role: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    cost: str = ""
    free: bool = False
    how_to_join: str = ""
    drop_in: bool = False  # "can just turn up"
    bring_friend: bool = False  # "bring a friend"
    languages: str = ""
    accessibility: str = ""
    place: str = ""
    schedule: str = ""
    contact: str = ""  # the organisation's public contact; never a private person's
    status: EntryStatus = EntryStatus.ACTIVE
    checked_on: date | None = None
    checked_by: str = ""
    source: EntrySource = EntrySource.COORDINATOR
    source_note: str = ""

    @property
    def unverified(self) -> bool:
        """Never checked: a class's suggestion or an import stays unverified until then."""
        return self.checked_on is None

    def fits_ages(self, low: int, high: int) -> bool:
        """No ages given fits everyone."""
        return (self.age_min is None or self.age_min <= high) and (
            self.age_max is None or self.age_max >= low
        )

    def is_stale(self, today: date) -> bool:
        """Not checked in the last 12 months (or never), and not ended."""
        if self.status is EntryStatus.ENDED:
            return False
        return self.checked_on is None or self.checked_on <= months_before(today, STALE_MONTHS)


@dataclass(frozen=True, kw_only=True)
class Entry(EntryDraft):
    id: int
    uid: str  # stable across export and import (the HSDS `id`)
    updated_at: datetime


@dataclass(frozen=True)
class DirectoryFilter:
    text: str = ""  # in the name, activity, place, languages
    category: DirectoryCategory | None = None
    student_ages: bool = False  # meets 15–20
    free: bool = False
    drop_in: bool = False
    include_ended: bool = False

    def keeps(self, entry: EntryDraft) -> bool:
        if self.category is not None and entry.category is not self.category:
            return False
        if not self.include_ended and entry.status is EntryStatus.ENDED:
            return False
        if self.student_ages and not entry.fits_ages(*STUDENT_AGES):
            return False
        if (self.free and not entry.free) or (self.drop_in and not entry.drop_in):
            return False
        words = self.text.casefold().split()
        haystack = " ".join(
            (entry.name, entry.activity, entry.place, entry.languages, entry.how_to_join)
        ).casefold()
        return all(word in haystack for word in words)


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    value: str
    reason: str  # an ImportReason value


class ImportReason(StrEnum):
    NO_NAME = "no_name"
    BAD_NUMBER = "bad_number"
    BAD_DATE = "bad_date"
    UNKNOWN_VALUE = "unknown_value"
    TOO_LONG = "too_long"


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    problems: tuple[ImportProblem, ...]
    ignored_columns: tuple[str, ...]
    saved: bool  # False for a dry run


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it has fewer days)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    return date(year, month + 1, 28)
