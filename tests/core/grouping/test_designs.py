"""Every known repeat-free schedule really is one: whole rounds, right sizes, no pair twice."""

from __future__ import annotations

from itertools import combinations

import pytest

from netwerk_desktop.grouping import meeting_metrics, plan_groups
from netwerk_desktop.grouping.designs import DEVELOPED, known_schedule, round_robin

# The benchmark's instances (students-groupsize-rounds) plus the other stored schedules.
KNOWN = [
    (30, 2, 29),
    (15, 3, 7),
    (18, 3, 8),
    (24, 3, 11),
    (27, 3, 13),
    (30, 3, 14),
    (36, 3, 17),
    (16, 4, 5),
    (20, 4, 5),
    (24, 4, 7),
    (28, 4, 9),
    (32, 4, 10),
    (40, 4, 13),
    (30, 5, 6),
]


@pytest.mark.parametrize(("n", "size", "rounds"), KNOWN, ids=lambda v: str(v))
def test_known_design_reaches_zero_repeats(n: int, size: int, rounds: int) -> None:
    # When the solver plans the instance
    schedule = plan_groups(n, size, rounds, seed=3)
    # Then every round places each student once, in groups of the size asked
    assert len(schedule) == rounds
    for groups in schedule:
        assert sorted(s for g in groups for s in g) == list(range(n))
        assert {len(g) for g in groups} == {size}
    # And no two students ever meet twice
    met: set[tuple[int, int]] = set()
    for groups in schedule:
        for group in groups:
            for pair in combinations(sorted(group), 2):
                assert pair not in met, f"{pair} meet twice"
                met.add(pair)
    assert meeting_metrics(schedule).repeated_meetings == 0


def test_every_stored_design_is_used_in_full() -> None:
    stored = {(d.students, d.group_size, d.rounds) for d in DEVELOPED}
    assert stored <= set(KNOWN)


def test_resolvable_designs_let_everyone_meet_everyone() -> None:
    # 28 and 40 students in fours, and 15 in threes, meet every classmate exactly once
    for n, size in [(28, 4), (40, 4), (15, 3), (27, 3)]:
        schedule = known_schedule(n, size)
        assert schedule is not None
        assert meeting_metrics(schedule).pairs_met == n * (n - 1) // 2


def test_round_robin_partners_everyone_once() -> None:
    rounds = round_robin(8)
    assert len(rounds) == 7
    assert meeting_metrics(rounds).pairs_met == 28
    with pytest.raises(ValueError, match="even"):
        round_robin(7)


def test_asking_fewer_rounds_gives_the_first_rounds_of_the_design() -> None:
    assert plan_groups(28, 4, 3) == known_schedule(28, 4)[:3]  # type: ignore[index]
