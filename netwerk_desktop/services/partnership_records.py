"""Plain results about partnerships, without SQLAlchemy (the UI and handouts use them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from netwerk_desktop.grouping.model import Mode
from netwerk_desktop.grouping.model import Rotation as SolverRotation
from netwerk_desktop.services.records import StudentRecord

# The most rotations planned at once: the best-known repeat-free schedules for the class sizes
# the solver knows run to 13 rounds (40 students in groups of four).
MAX_SEASON = 13


@dataclass(frozen=True)
class RotationChoices:
    """What the teacher chose for new partnerships: how much to change ("full" new groups and
    pairs, "new_pairs" in the same groups, "new_groups" keeping the pairs), who is away today,
    which tags to balance, who stays where they are, pairs or groups of four, and the seed
    ("try another" changes it). `base` is the rotation to keep pairs or groups of (the board's,
    saved or not); None: the class's current one."""

    mode: Mode = "full"
    absent: tuple[int, ...] = ()
    balance_tags: tuple[str, ...] = ()
    locked_students: tuple[int, ...] = ()
    locked_pairs: tuple[tuple[int, ...], ...] = ()
    group_size: int = 4
    seed: int | None = None
    time_budget_s: float = 1.0
    base: SolverRotation | None = None


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
