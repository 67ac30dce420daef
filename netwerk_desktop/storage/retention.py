"""Which backups to keep: history by time, and each kind with its own budget.

- Daily backups: every one of the last 14 days, then the newest of each of the last 8 weeks,
  then the newest of each of the last 12 months.
- Backups made by hand, and those made before a change (upgrade, restore, deletion): the newest
  10 of each kind, so clicking "Back up now" twenty times never pushes a daily one out.
- Never pruned: the file being restored, and the newest backup that holds any data (so a
  run of backups of an empty database cannot push the last good one out).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

DAILY_DAYS = 14
WEEKLY_WEEKS = 8
MONTHLY_MONTHS = 12
MANUAL_KEEP = 10
BEFORE_CHANGE_KEEP = 10


class Dated(Protocol):
    @property
    def path(self) -> Path: ...

    @property
    def made_at(self) -> datetime: ...

    @property
    def reason(self) -> str: ...


@dataclass(frozen=True)
class RetentionRules:
    daily_days: int = DAILY_DAYS
    weekly_weeks: int = WEEKLY_WEEKS
    monthly_months: int = MONTHLY_MONTHS
    manual_keep: int = MANUAL_KEEP
    before_change_keep: int = BEFORE_CHANGE_KEEP


def kind_of(reason: str) -> str:
    """daily, manual or before-change (every "before-..." reason shares one budget)."""
    if reason == "daily":
        return "daily"
    if reason.startswith("before-"):
        return "before-change"
    return "manual"


B = TypeVar("B", bound="Dated")


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def backups_to_keep(
    backups: Iterable[B],
    today: date,
    has_data: Callable[[B], bool],
    protected: Collection[Path] = (),
    rules: RetentionRules = RetentionRules(),
) -> set[Path]:
    """The paths to keep; every other listed backup may be pruned. `has_data` is asked lazily."""
    newest_first = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    keep: set[Path] = {b.path for b in newest_first if b.path in protected}
    counts = {"manual": 0, "before-change": 0}
    budgets = {"manual": rules.manual_keep, "before-change": rules.before_change_keep}
    weeks_seen: set[tuple[int, int]] = set()
    months_seen: set[int] = set()
    first_week = (today - timedelta(weeks=rules.weekly_weeks - 1)).isocalendar()[:2]
    first_month = _month_index(today) - (rules.monthly_months - 1)
    for backup in newest_first:
        kind = kind_of(backup.reason)
        if kind != "daily":
            if counts[kind] < budgets[kind]:
                keep.add(backup.path)
            counts[kind] += 1
            continue
        day = backup.made_at.date()
        week = day.isocalendar()[:2]
        month = _month_index(day)
        if (today - day).days < rules.daily_days:
            keep.add(backup.path)
        if week >= first_week and week not in weeks_seen:
            keep.add(backup.path)
        if month >= first_month and month not in months_seen:
            keep.add(backup.path)
        weeks_seen.add(week)
        months_seen.add(month)
    for backup in newest_first:
        if has_data(backup):
            keep.add(backup.path)
            break
    return keep
