from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from netwerk_desktop.storage.retention import backups_to_keep, kind_of


@dataclass(frozen=True)
class Made:
    path: Path
    made_at: datetime
    reason: str


def _made(day: date, reason: str = "daily", minute: int = 0) -> Made:
    when = datetime(day.year, day.month, day.day, 8, minute)
    return Made(Path(f"netwerk-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"), when, reason)


def test_kinds() -> None:
    assert [kind_of(r) for r in ("daily", "manual", "before-restore", "before-upgrade")] == [
        "daily",
        "manual",
        "before-change",
        "before-change",
    ]


def test_each_kind_has_its_own_budget() -> None:
    today = date(2026, 3, 1)
    made = [_made(today, "manual", m) for m in range(30)]
    made += [_made(today, "before-restore", m) for m in range(30)]
    made += [_made(today - timedelta(days=n)) for n in range(14)]
    keep = backups_to_keep(made, today, lambda _b: True)
    assert len([p for p in keep if "manual" in p.name]) == 10
    assert len([p for p in keep if "before" in p.name]) == 10
    assert len([p for p in keep if "daily" in p.name]) == 14


def test_protected_and_newest_with_data_are_kept() -> None:
    today = date(2026, 3, 1)
    old = _made(today - timedelta(days=500), "manual")
    made = [old] + [_made(today, "manual", m) for m in range(30)]
    keep = backups_to_keep(made, today, lambda b: b is old, protected={old.path})
    assert old.path in keep
    keep = backups_to_keep(made, today, lambda b: b is old)
    assert old.path in keep  # the only backup with data
