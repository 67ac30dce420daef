"""A student back from absence joins the current rotation without remaking it."""

from __future__ import annotations

from itertools import combinations

from netwerk_desktop.grouping.conflicts import ConflictKind, Rule, RuleKind, RulesConflict
from netwerk_desktop.grouping.meetings import PARTNER_WEIGHT, MeetingHistory, meeting_history
from netwerk_desktop.grouping.model import (
    Group,
    Pair,
    Rotation,
    StudentId,
    group_members,
    make_rotation_value,
    rotation_students,
)


def place_returning(
    rotation: Rotation,
    student: StudentId,
    history: tuple[Rotation, ...] = (),
    keep_apart: tuple[tuple[StudentId, StudentId], ...] = (),
    keep_together: tuple[tuple[StudentId, StudentId], ...] = (),
) -> Rotation:
    """The rotation with `student` added where it fits best: with a student whose partner is
    away, by splitting a trio into two pairs, or into a pair as the third. Hard rules are kept;
    then pairs of four and groups over five are avoided, then earlier meetings, then size."""
    present = set(rotation_students(rotation))
    if student in present:
        raise ValueError(f"student {student} is already in the rotation")
    if not rotation:
        return (((student,),),)
    counts = meeting_history(history)
    apart = {b if a == student else a for a, b in keep_apart if student in (a, b)}
    together = {b if a == student else a for a, b in keep_together if student in (a, b)} & present
    several_pairs = any(len(g) > 1 for g in rotation)
    best: tuple[tuple[int, ...], Rotation] | None = None
    for index, group in enumerate(rotation):
        members = set(group_members(group))
        if members & apart or not together <= members:
            continue
        for option in _options(group, student):
            pair_size = max(len(p) for p in option if student in p)
            size = len(members) + 1
            too_big = size > (5 if several_pairs else 3)
            rank = (pair_size > 3, too_big, pair_size, _cost(option, student, counts), size, index)
            if best is None or rank < best[0]:
                changed = [*rotation[:index], option, *rotation[index + 1 :]]
                best = (rank, make_rotation_value(changed))
    if best is None:
        rules = [Rule(RuleKind.KEEP_APART, (a, b)) for a, b in keep_apart if student in (a, b)]
        rules += [
            Rule(RuleKind.KEEP_TOGETHER, (a, b))
            for a, b in keep_together
            if student in (a, b) and ({a, b} - {student}) & present
        ]
        raise RulesConflict(ConflictKind.NO_ARRANGEMENT, tuple(rules))
    return best[1]


def _options(group: Group, student: StudentId) -> list[Group]:
    """The group with the student in each possible place."""
    options: list[Group] = []
    for i, pair in enumerate(group):
        rest = group[:i] + group[i + 1 :]
        options.append((*rest, (*pair, student)))
        if len(pair) == 3:
            for kept in combinations(pair, 2):
                other: Pair = (*(s for s in pair if s not in kept), student)
                options.append((*rest, kept, other))
    return options


def _cost(group: Group, student: StudentId, counts: MeetingHistory) -> int:
    """Earlier meetings of the student with the new group-mates, partners counting more."""
    cost = 0
    for pair in group:
        weight = PARTNER_WEIGHT if student in pair else 1
        for other in pair:
            if other != student:
                cost += weight * counts.strength(student, other)
    return cost
