"""Plain groups for synthetic students 0..n-1 over several rounds, fewest repeated meetings.

A stored or constructed repeat-free schedule answers whenever one covers the rounds asked for;
rounds beyond it are searched with the schedule's rounds kept. Everything else is built greedily
and improved by the tabu search, which stops at the lower bound, after MAX_ITERATIONS steps or
at the time budget, whichever comes first. The iteration cap keeps results the same on fast and
slow machines; only a budget too small for the cap makes them depend on speed.
"""

from __future__ import annotations

import random
import time
from math import comb

from netwerk_desktop.grouping.designs import PlainRound, known_schedule
from netwerk_desktop.grouping.golfer_search import Groups, improve

MAX_ITERATIONS = 20_000


def group_sizes(n: int, size: int) -> list[int]:
    """Groups of `size`; a remainder is spread as one extra member over groups when there are
    enough groups for it (a trio among pairs), else groups of size - 1 fill up (11 in fours:
    4, 4, 3)."""
    if n <= size:
        return [n] if n else []
    full, rest = divmod(n, size)
    count = full if rest <= full else full + 1
    base, extra = divmod(n, count)
    return [base + 1] * extra + [base] * (count - extra)


def plan_groups(
    n: int,
    size: int,
    rounds: int,
    seed: int = 0,
    time_budget_s: float = 1.0,
    max_iterations: int = MAX_ITERATIONS,
    use_designs: bool = True,
) -> tuple[PlainRound, ...]:
    """Rounds of plain groups of `size` (see group_sizes) for students 0..n-1.
    use_designs=False measures the local search alone (the benchmark does)."""
    if n < 1 or size < 2 or rounds < 0:
        raise ValueError(
            f"plan_groups needs n >= 1, size >= 2, rounds >= 0; got {n}, {size}, {rounds}"
        )
    deadline = time.perf_counter() + time_budget_s
    schedule = known_schedule(n, size) if use_designs else None
    if schedule is not None and rounds <= len(schedule):
        return schedule[:rounds]
    fixed: tuple[PlainRound, ...] = schedule or ()
    rng = random.Random(seed)
    sizes = group_sizes(n, size)
    meet = [[0] * n for _ in range(n)]
    for fixed_round in fixed:
        _count(meet, fixed_round)
    free: list[Groups] = []
    for _ in range(rounds - len(fixed)):
        groups = _greedy_round(n, sizes, meet, rng)
        _count(meet, groups)
        free.append(groups)
    slots = rounds * sum(comb(s, 2) for s in sizes)
    improved = improve(
        n,
        fixed,
        free,
        rng,
        max_iterations=max_iterations,
        deadline=deadline,
        target_repeats=max(0, slots - comb(n, 2)),
    )
    return fixed + tuple(tuple(sorted(tuple(g) for g in groups)) for groups in improved)


def _count(meet: list[list[int]], groups: PlainRound | Groups) -> None:
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                meet[a][b] += 1
                meet[b][a] += 1


def _greedy_round(n: int, sizes: list[int], meet: list[list[int]], rng: random.Random) -> Groups:
    """Each student, in random order, joins the open group where they met the fewest before."""
    order = list(range(n))
    rng.shuffle(order)
    groups: Groups = [[] for _ in sizes]
    for s in order:
        row = meet[s]
        best: list[int] = []
        best_cost = 0
        for gi, group in enumerate(groups):
            if len(group) >= sizes[gi]:
                continue
            cost = sum(row[t] for t in group)
            if not best or cost < best_cost:
                best, best_cost = [gi], cost
            elif cost == best_cost:
                best.append(gi)
        groups[rng.choice(best)].append(s)
    return groups
