"""A class's known design: the repeat-free schedule for its size, with its students as labels.

The teacher makes one rotation at a time, and the solver remembers nothing between two calls.
So the design's labels go to the class's students in a fixed order (by id, the students who
are away today included), and the next rotation starts from the design round that repeats the
fewest earlier meetings: on an undisturbed class that is a round not used yet, and rotation
after rotation the class walks through the design without a repeated meeting. A class a few
students smaller than a design uses it with the missing labels left empty, as if away for good.
Away students are left out of their group and the search repairs the groups around them,
counting a meeting that a clean round still ahead would bring as a repeat, so one repair does
not break the rounds to come.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import combinations

from netwerk_desktop.grouping.designs import known_schedule
from netwerk_desktop.grouping.layout import Layout
from netwerk_desktop.grouping.meetings import Key, MeetingHistory, key
from netwerk_desktop.grouping.model import StudentId

# A design at most this share of the class larger than the class still starts its rotations
# (3 empty labels for 29 in the design for 32); bench/grouping.py measures the classes.
MAX_EMPTY_SHARE = 0.12
# A round that puts two keep-apart students in one group counts as this many repeats: the
# repair moves students, and that breaks a few of the design's meetings.
APART_PENALTY = 6
# A round still ahead is kept clean while fewer than this share of its meetings happened.
# Meeting one of its pairs early costs a repeat later, or a repair that breaks more of the
# design: one rotation with two students away otherwise snowballs to some 35 repeats over
# the 28's nine rounds (14 when kept). With students away every time, most rounds are broken
# into anyway and the share lets the search use them. bench/grouping.py measures both.
CLEAN_SHARE = 0.1

Groups = tuple[tuple[StudentId, ...], ...]


@dataclass(frozen=True)
class ClassDesign:
    rounds: tuple[Groups, ...]  # the design's rounds as groups of the class's students

    def next_round(
        self,
        present: Collection[StudentId],
        history: MeetingHistory,
        keep_apart: Iterable[tuple[StudentId, StudentId]] = (),
    ) -> Groups:
        """The round to start the next rotation from, as groups of present students: the one
        that repeats the fewest earlier meetings (a keep-apart pair in a group counts as
        APART_PENALTY of them), the first such round on a tie."""
        here = set(present)
        apart = {key(a, b) for a, b in keep_apart}
        costs = [
            sum(history.met.get(k, 0) + APART_PENALTY * (k in apart) for k in _pairs(r, here))
            for r in self.rounds
        ]
        chosen = min(range(len(costs)), key=lambda i: (costs[i], i))
        best = self.rounds[chosen]
        return tuple(g for g in (tuple(s for s in block if s in here) for block in best) if g)

    def ahead(
        self, present: Collection[StudentId], history: MeetingHistory, now: Groups
    ) -> set[Key]:
        """Pairs of present students whom a clean round still ahead brings together: a round
        other than the one started from now, with fewer than CLEAN_SHARE of its meetings
        held already (a round the class went through, or one that earlier repairs broke
        into, is no longer worth keeping)."""
        here = set(present)
        taken = {key(a, b) for g in now for a, b in combinations(g, 2)}
        pairs: set[Key] = set()
        for design_round in self.rounds:
            keys = [key(a, b) for g in design_round for a, b in combinations(g, 2)]
            done = sum(1 for k in keys if k in history.met)
            if keys and not set(keys) & taken and done < CLEAN_SHARE * len(keys):
                pairs.update(k for k in _pairs(design_round, here) if k not in history.met)
        return pairs


def _pairs(design_round: Groups, here: set[StudentId]) -> Iterable[Key]:
    for block in design_round:
        for a, b in combinations(block, 2):
            if a in here and b in here:
                yield key(a, b)


def class_design(roster: Collection[StudentId], group_size: int) -> ClassDesign | None:
    """The design for a class of these students (present and away), or None if no design is
    known for its size."""
    n = len(roster)
    if n < 4:
        return None
    for size in range(n, n + int(MAX_EMPTY_SHARE * n) + 1):
        schedule = known_schedule(size, group_size)
        if schedule is not None:
            break
    else:
        return None
    students = sorted(roster)
    return ClassDesign(
        tuple(
            tuple(tuple(students[x] for x in block if x < n) for block in design_round)
            for design_round in schedule
        )
    )


def preferred_groups(groups: Groups, layout: Layout, index: dict[StudentId, int]) -> list[int]:
    """For each student (by solver index) the layout group their design group goes to, -1 for
    none: the largest design groups keep their members in the largest layout groups; when there
    are more design groups than layout groups, the members of the smallest go wherever the
    search places them best."""
    prefer = [-1] * len(index)
    by_size = sorted(range(len(groups)), key=lambda i: (-len(groups[i]), i))
    rooms = sorted(range(len(layout)), key=lambda g: (-sum(layout[g]), g))
    for g, i in zip(rooms, by_size, strict=False):
        for s in groups[i][: sum(layout[g])]:
            prefer[index[s]] = g
    return prefer
