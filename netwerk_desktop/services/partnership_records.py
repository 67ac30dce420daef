"""Plain results about partnerships, without SQLAlchemy (the UI and handouts use them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from netwerk_desktop.services.records import StudentRecord


@dataclass(frozen=True)
class PairView:
    """Partners: two students, or three in an odd class."""

    number: int
    students: tuple[StudentRecord, ...]


@dataclass(frozen=True)
class GroupView:
    """A partnership group: normally two pairs."""

    number: int
    pairs: tuple[PairView, ...]

    @property
    def students(self) -> tuple[StudentRecord, ...]:
        return tuple(student for pair in self.pairs for student in pair.students)


@dataclass(frozen=True)
class RotationView:
    id: int
    class_id: int
    number: int
    kind: str  # full | new_groups | new_pairs | manual
    status: str  # planned | saved
    group_size: int
    starts_on: date | None
    created_at: datetime
    groups: tuple[GroupView, ...]

    @property
    def student_ids(self) -> frozenset[int]:
        return frozenset(s.id for g in self.groups for s in g.students)
