"""Who met whom: meetings in earlier rotations, their weight, and the score of a rotation.

Two students *meet* when they share a group and are *partners* when they share a pair.
A partnership weighs PARTNER_WEIGHT group meetings: partners sit and work together every lesson
and follow up on each other, while group-mates work together only in group tasks, roughly one
lesson in three. The solver's cost for a pair of students is the sum, over every two of their
meetings (earlier and new), of the product of the two weights: meeting again after a partnership
costs 3, a second partnership 9, a second group meeting 1, and a first meeting nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from netwerk_desktop.grouping.model import Rotation, Score, StudentId, group_members

PARTNER_WEIGHT = 3
GROUPMATE_WEIGHT = 1

Key = tuple[StudentId, StudentId]


def key(a: StudentId, b: StudentId) -> Key:
    return (a, b) if a < b else (b, a)


def partner_pairs(rotation: Rotation) -> Iterator[Key]:
    for group in rotation:
        for pair in group:
            for a, b in combinations(pair, 2):
                yield key(a, b)


def groupmate_pairs(rotation: Rotation) -> Iterator[Key]:
    """Every two students in one group, partners included."""
    for group in rotation:
        for a, b in combinations(group_members(group), 2):
            yield key(a, b)


@dataclass
class MeetingHistory:
    """Counts over earlier rotations; rotation indexes are 0-based positions in the history."""

    partnered: dict[Key, int] = field(default_factory=dict)
    met: dict[Key, int] = field(default_factory=dict)  # shared a group, partners included
    last_partnered: dict[Key, int] = field(default_factory=dict)
    last_met: dict[Key, int] = field(default_factory=dict)

    def add(self, rotation: Rotation, index: int) -> None:
        """Count one more rotation, at position `index` of the history."""
        for k in partner_pairs(rotation):
            self.partnered[k] = self.partnered.get(k, 0) + 1
            self.last_partnered[k] = index
        for k in groupmate_pairs(rotation):
            self.met[k] = self.met.get(k, 0) + 1
            self.last_met[k] = index

    def strength(self, a: StudentId, b: StudentId) -> int:
        """The weighted number of earlier meetings of a and b."""
        k = key(a, b)
        partners = self.partnered.get(k, 0)
        return PARTNER_WEIGHT * partners + GROUPMATE_WEIGHT * (self.met.get(k, 0) - partners)

    def squares(self, a: StudentId, b: StudentId) -> int:
        """The sum of the squared weights of the earlier meetings of a and b."""
        k = key(a, b)
        partners = self.partnered.get(k, 0)
        mates = self.met.get(k, 0) - partners
        return PARTNER_WEIGHT**2 * partners + GROUPMATE_WEIGHT**2 * mates

    def pairwise_cost(self, a: StudentId, b: StudentId) -> int:
        """Sum over every two earlier meetings of the product of their weights."""
        return pair_cost(self.strength(a, b), self.squares(a, b))


def pair_cost(strength: int, squares: int) -> int:
    """Sum over every two meetings of the product of their weights, from the sum of the
    weights and the sum of their squares: ((sum w)^2 - sum w^2) / 2."""
    return (strength * strength - squares) // 2


def meeting_history(history: Iterable[Rotation]) -> MeetingHistory:
    counts = MeetingHistory()
    for index, rotation in enumerate(history):
        counts.add(rotation, index)
    return counts


def rule_violations(
    rotation: Rotation,
    keep_apart: Iterable[tuple[StudentId, StudentId]] = (),
    keep_together: Iterable[tuple[StudentId, StudentId]] = (),
) -> tuple[list[Key], list[Key]]:
    """The keep-apart pairs sharing a group and the keep-together pairs split, among students
    placed in the rotation (a rule about an absent student cannot be broken)."""
    group_of = {s: i for i, group in enumerate(rotation) for s in group_members(group)}
    apart = [
        key(a, b)
        for a, b in keep_apart
        if a in group_of and b in group_of and group_of[a] == group_of[b]
    ]
    together = [
        key(a, b)
        for a, b in keep_together
        if a in group_of and b in group_of and group_of[a] != group_of[b]
    ]
    return apart, together


def score_rotation(
    rotation: Rotation,
    history: tuple[Rotation, ...],
    keep_apart: tuple[tuple[StudentId, StudentId], ...] = (),
    keep_together: tuple[tuple[StudentId, StudentId], ...] = (),
) -> Score:
    return score_against(rotation, meeting_history(history), keep_apart, keep_together)


def score_against(
    rotation: Rotation,
    counts: MeetingHistory,
    keep_apart: Iterable[tuple[StudentId, StudentId]] = (),
    keep_together: Iterable[tuple[StudentId, StudentId]] = (),
) -> Score:
    partners = list(partner_pairs(rotation))
    repeated_pairs = sum(1 for k in partners if k in counts.partnered)
    repeated_meetings = sum(1 for k in groupmate_pairs(rotation) if k in counts.met)
    fewest: int | None = None
    for group in rotation:
        members = group_members(group)
        for s in members:
            new = sum(1 for t in members if t != s and key(s, t) not in counts.met)
            fewest = new if fewest is None else min(fewest, new)
    apart, together = rule_violations(rotation, keep_apart, keep_together)
    return Score(
        new_pairs=len(partners) - repeated_pairs,
        repeated_pairs=repeated_pairs,
        repeated_meetings=repeated_meetings,
        fewest_new_partners=fewest or 0,
        rule_violations=len(apart) + len(together),
    )
