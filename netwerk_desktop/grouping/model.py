"""The values the partnership solver takes and gives: students, pairs, groups, rotations, scores."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

StudentId = int
Pair = tuple[StudentId, ...]  # sorted; 2 members, 3 for a trio (1 only when one student is present)
Group = tuple[Pair, ...]  # sorted pairs
Rotation = tuple[Group, ...]  # sorted groups
Mode = Literal["full", "new_groups", "new_pairs"]

MODES: tuple[Mode, ...] = ("full", "new_groups", "new_pairs")
GROUP_SIZES = (2, 4)


@dataclass(frozen=True)
class RotationRequest:
    """Everything the solver needs to make the next rotation of one class."""

    students: tuple[StudentId, ...]  # present and active students to place
    # Active students of the class who are away today: not placed, but the class's known
    # design keeps their places, so the rotations after today still follow it.
    absent: tuple[StudentId, ...] = ()
    history: tuple[Rotation, ...] = ()  # earlier rotations, oldest first; may name absent students
    mode: Mode = "full"
    # full: new pairs and new groups; new_groups: keep the pairs of `current`, regroup them;
    # new_pairs: keep the groups of `current`, re-pair inside each group
    current: Rotation | None = None  # required for new_groups / new_pairs / locked_students
    keep_apart: tuple[tuple[StudentId, StudentId], ...] = ()  # hard: never in the same group
    keep_together: tuple[tuple[StudentId, StudentId], ...] = ()  # hard: always in the same group
    locked_pairs: tuple[Pair, ...] = ()  # stay a pair exactly as given
    # Locked students keep their place in `current`: locked students who shared a group stay
    # together (partners stay partners), locked students from different groups stay apart.
    locked_students: tuple[StudentId, ...] = ()
    tags: Mapping[StudentId, frozenset[str]] = field(default_factory=dict)
    balance_tags: tuple[str, ...] = ()  # spread students carrying these tags evenly over groups
    group_size: int = 4  # 4: pairs in groups of two pairs; 2: pairs only
    seed: int = 0
    time_budget_s: float = 1.0
    # Search steps for the whole request; None: rotation.step_cap, which a PC of
    # rotation.SLOW_PC_STEPS_PER_SECOND finishes within the time budget, so the result depends
    # on the seed and the budget only, not on the speed of the PC.
    max_iterations: int | None = None


@dataclass(frozen=True)
class Score:
    new_pairs: int  # partner pairs that never were partners before
    repeated_pairs: int  # partner pairs that were partners before
    repeated_meetings: int  # pairs in one group now (partners included) who shared a group before
    fewest_new_partners: int  # min over students of group-mates never met before
    rule_violations: int  # keep-apart pairs in one group plus keep-together pairs split


@dataclass(frozen=True)
class RotationResult:
    rotation: Rotation
    score: Score


def make_pair(students: Iterable[StudentId]) -> Pair:
    return tuple(sorted(students))


def make_group(pairs: Iterable[Iterable[StudentId]]) -> Group:
    return tuple(sorted(make_pair(p) for p in pairs if p))


def make_rotation_value(groups: Iterable[Iterable[Iterable[StudentId]]]) -> Rotation:
    """The canonical (sorted) form, so equal rotations compare equal."""
    return tuple(sorted(g for g in (make_group(pairs) for pairs in groups) if g))


def group_members(group: Group) -> tuple[StudentId, ...]:
    return tuple(sorted(s for pair in group for s in pair))


def rotation_students(rotation: Rotation) -> tuple[StudentId, ...]:
    return tuple(sorted(s for group in rotation for pair in group for s in pair))


def plain_groups(rotation: Rotation) -> tuple[tuple[StudentId, ...], ...]:
    """The rotation as plain groups of students, as the meeting metrics count them."""
    return tuple(group_members(g) for g in rotation)
