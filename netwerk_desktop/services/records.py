"""Plain results the services hand out. No SQLAlchemy here, so the start-up path and the UI
can use these types without importing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ClassSummary:
    id: int
    name: str
    school_year: str
    content_language: str
    archived: bool
    student_count: int  # active students: the ones who are grouped and get handouts
    created_at: datetime

    @property
    def label(self) -> str:
        """Name and year, the way the command line accepts a class when names repeat."""
        return f"{self.name} ({self.school_year})"


def class_order(summary: ClassSummary) -> tuple[bool, tuple[int, str], str]:
    """Active before archived, newest school year first, then by name as a person reads it."""
    digits = "".join(ch for ch in summary.school_year[:4] if ch.isdigit())
    year = (-int(digits) if digits else 0, summary.school_year)
    return (summary.archived, year, summary.name.casefold())


@dataclass(frozen=True)
class StudentRecord:
    id: int
    class_id: int
    display_name: str
    active: bool
    tags: tuple[str, ...]
