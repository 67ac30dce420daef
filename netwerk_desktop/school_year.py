"""School years as Danish and Dutch schools count them: from August to July."""

from __future__ import annotations

from datetime import date


def school_year_of(day: date) -> str:
    """2026-11-21 is in "2026/27"; 2027-03-01 too; 2027-08-01 starts "2027/28"."""
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"
