"""Live warnings for a rotation on the board, after the teacher moved students by hand.

Structured values only (a kind, the students, numbers); the user interface words them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations

from netwerk_desktop.grouping.meetings import key, meeting_history, rule_violations
from netwerk_desktop.grouping.model import Rotation, StudentId, group_members


class WarningKind(StrEnum):
    MET_BEFORE = "met_before"  # two group-mates shared a group in an earlier rotation
    PARTNERS_BEFORE = "partners_before"  # two partners were partners in an earlier rotation
    BREAKS_KEEP_APART = "breaks_keep_apart"
    BREAKS_KEEP_TOGETHER = "breaks_keep_together"
    GROUP_TOO_BIG = "group_too_big"
    GROUP_TOO_SMALL = "group_too_small"
    PAIR_TOO_BIG = "pair_too_big"
    PAIR_TOO_SMALL = "pair_too_small"


@dataclass(frozen=True)
class RotationWarning:
    kind: WarningKind
    students: tuple[StudentId, ...]
    rotation_index: int | None = None  # 0-based history position of the latest earlier meeting
    group_index: int | None = None  # position of the group in the rotation


def size_bounds(group_size: int) -> tuple[int, int]:
    """Smallest and largest group without a warning: groups of two pairs hold 3 to 5 students
    (a trio alone, or a trio with a pair); with pairs only a group is a pair or a trio."""
    return (3, 5) if group_size == 4 else (2, 3)


def rotation_warnings(
    rotation: Rotation,
    history: tuple[Rotation, ...],
    keep_apart: tuple[tuple[StudentId, StudentId], ...] = (),
    keep_together: tuple[tuple[StudentId, StudentId], ...] = (),
    group_size: int = 4,
) -> tuple[RotationWarning, ...]:
    counts = meeting_history(history)
    everyone = sum(len(group_members(g)) for g in rotation)
    smallest, largest = size_bounds(group_size)
    found: list[RotationWarning] = []
    for index, group in enumerate(rotation):
        members = group_members(group)
        partner_of = {s: pair for pair in group for s in pair}
        for a, b in combinations(members, 2):
            k = key(a, b)
            if b in partner_of[a] and k in counts.partnered:
                kind, when = WarningKind.PARTNERS_BEFORE, counts.last_partnered[k]
            elif k in counts.met:
                kind, when = WarningKind.MET_BEFORE, counts.last_met[k]
            else:
                continue
            found.append(RotationWarning(kind, k, rotation_index=when, group_index=index))
        if len(members) > largest:
            found.append(RotationWarning(WarningKind.GROUP_TOO_BIG, members, group_index=index))
        elif len(members) < min(smallest, everyone):
            found.append(RotationWarning(WarningKind.GROUP_TOO_SMALL, members, group_index=index))
        for pair in group if group_size == 4 else ():
            if len(pair) > 3:
                found.append(RotationWarning(WarningKind.PAIR_TOO_BIG, pair, group_index=index))
            elif len(pair) < min(2, everyone):
                found.append(RotationWarning(WarningKind.PAIR_TOO_SMALL, pair, group_index=index))
    apart, together = rule_violations(rotation, keep_apart, keep_together)
    group_of = {s: i for i, g in enumerate(rotation) for s in group_members(g)}
    for a, b in apart:
        found.append(
            RotationWarning(WarningKind.BREAKS_KEEP_APART, (a, b), group_index=group_of[a])
        )
    for a, b in together:
        found.append(RotationWarning(WarningKind.BREAKS_KEEP_TOGETHER, (a, b)))
    return tuple(found)
