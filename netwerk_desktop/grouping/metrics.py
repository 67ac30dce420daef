"""How well a series of rounds mixes students: repeated meetings and how soon they start."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb

from netwerk_desktop.grouping.model import StudentId

Round = Sequence[Collection[StudentId]]


@dataclass(frozen=True)
class Metrics:
    repeated_meetings: int  # sum over pairs of max(0, meetings - 1)
    rounds_before_first_repeat: int  # all rounds when nothing repeats
    max_meetings: int  # the most times any two students meet
    fewest_distinct_partners: int  # min over students of the distinct people they met
    pairs_met: int  # distinct pairs that met at least once


def meeting_metrics(rounds: Sequence[Round]) -> Metrics:
    meetings: dict[tuple[StudentId, StudentId], int] = {}
    first_repeat: int | None = None
    students: set[StudentId] = set()
    for index, groups in enumerate(rounds):
        for group in groups:
            members = sorted(group)
            students.update(members)
            for pair in combinations(members, 2):
                count = meetings.get(pair, 0) + 1
                meetings[pair] = count
                if count == 2 and first_repeat is None:
                    first_repeat = index
    distinct = dict.fromkeys(students, 0)
    for a, b in meetings:
        distinct[a] += 1
        distinct[b] += 1
    return Metrics(
        repeated_meetings=sum(count - 1 for count in meetings.values()),
        rounds_before_first_repeat=len(rounds) if first_repeat is None else first_repeat,
        max_meetings=max(meetings.values(), default=0),
        fewest_distinct_partners=min(distinct.values(), default=0),
        pairs_met=len(meetings),
    )


def repeat_lower_bound(n: int, rounds: Sequence[Round]) -> int:
    """No arrangement of the same students into groups of the same sizes, round by round, can
    repeat fewer meetings than this. It is the larger of two counts: all the meetings minus all
    the pairs; and per student, the group-mates they have at least (in the smallest group of
    each round they are in) beyond their n - 1 classmates, halved as a repeat involves two."""
    slots = sum(comb(len(group), 2) for groups in rounds for group in groups)
    least: dict[StudentId, int] = {}
    for groups in rounds:
        smallest = min((len(group) for group in groups), default=1)
        for group in groups:
            for s in group:
                least[s] = least.get(s, 0) + smallest - 1
    beyond = sum(max(0, mates - (n - 1)) for mates in least.values())
    return max(0, slots - comb(n, 2), -(-beyond // 2))
