"""Plain results about partnerships, without SQLAlchemy (the UI and handouts use them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from netwerk_desktop.services.records import StudentRecord

# The most rotations planned at once: the best-known repeat-free schedules for the class sizes
# the solver knows run to 13 rounds (40 students in groups of four).
MAX_SEASON = 13


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


@dataclass(frozen=True)
class RuleView:
    """A hard rule: keep two students apart, or together (in the same group)."""

    id: int
    class_id: int
    kind: str  # apart | together
    student_a: StudentRecord
    student_b: StudentRecord


@dataclass(frozen=True)
class MeetingCounts:
    """How often two students were partners, and how often they shared a group (partners
    included), over the saved rotations."""

    partners: int
    group_mates: int


@dataclass(frozen=True)
class MeetingMatrix:
    """Who has worked with whom: the students in an order that puts those who met often next
    to each other, and the counts for every pair that met."""

    students: tuple[StudentRecord, ...]
    counts: dict[tuple[int, int], MeetingCounts]  # (smaller id, larger id)
    rotations: int

    def between(self, a: int, b: int) -> MeetingCounts:
        return self.counts.get((min(a, b), max(a, b)), MeetingCounts(0, 0))


@dataclass(frozen=True)
class PartnerHistoryRow:
    """One rotation as one student lived it."""

    rotation_number: int
    starts_on: date | None
    partners: tuple[StudentRecord, ...]
    group_mates: tuple[StudentRecord, ...]  # the others in the group, partners not repeated
