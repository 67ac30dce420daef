"""Local search for plain groups over several rounds with as few repeated meetings as possible.

A tabu search over swaps of two students between groups of one round: for every student who
meets someone again in some round, try every swap with a student of another group of that round;
take the best move that is not tabu (or that beats the best so far); after a while without a new
best, go back to the best and shake it with a few random swaps.
The cost of a pair that meets m times is C(m, 2), so a third meeting costs more than a second
one elsewhere; that spreads the unavoidable repeats.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from math import comb

Groups = list[list[int]]

STALL_ITERATIONS = 500  # this many steps without a new best and the search is shaken up
PERTURB_SWAPS = 3


class GolferSearch:
    """Rounds of plain groups over students 0..n-1; `fixed` rounds count but do not change."""

    def __init__(
        self, n: int, fixed: Sequence[Sequence[Sequence[int]]], free: Sequence[Groups]
    ) -> None:
        self.n = n
        self.meet = [[0] * n for _ in range(n)]
        self.rounds: list[Groups] = [[list(g) for g in groups] for groups in free]
        self.where: list[list[int]] = []
        for groups in [*fixed, *self.rounds]:
            for group in groups:
                for i, a in enumerate(group):
                    for b in group[i + 1 :]:
                        self.meet[a][b] += 1
                        self.meet[b][a] += 1
        for groups in self.rounds:
            where = [-1] * n
            for gi, group in enumerate(groups):
                for s in group:
                    where[s] = gi
            self.where.append(where)
        self.cost = sum(comb(self.meet[a][b], 2) for a in range(n) for b in range(a + 1, n))
        self.repeats = sum(max(0, self.meet[a][b] - 1) for a in range(n) for b in range(a + 1, n))

    def swap_delta(self, w: int, x: int, y: int) -> int:
        meet = self.meet
        groups = self.rounds[w]
        gx, gy = self.where[w][x], self.where[w][y]
        mx, my = meet[x], meet[y]
        delta = 0
        for a in groups[gx]:
            if a != x:
                delta += my[a] - mx[a] + 1
        for b in groups[gy]:
            if b != y:
                delta += mx[b] - my[b] + 1
        return delta

    def swap(self, w: int, x: int, y: int) -> None:
        meet = self.meet
        groups = self.rounds[w]
        where = self.where[w]
        gx, gy = where[x], where[y]
        self.cost += self.swap_delta(w, x, y)
        repeats = 0
        for a in groups[gx]:
            if a != x:
                repeats -= meet[x][a] >= 2
                repeats += meet[y][a] >= 1
                meet[x][a] -= 1
                meet[a][x] -= 1
                meet[y][a] += 1
                meet[a][y] += 1
        for b in groups[gy]:
            if b != y:
                repeats -= meet[y][b] >= 2
                repeats += meet[x][b] >= 1
                meet[y][b] -= 1
                meet[b][y] -= 1
                meet[x][b] += 1
                meet[b][x] += 1
        groups[gx][groups[gx].index(x)] = y
        groups[gy][groups[gy].index(y)] = x
        where[x], where[y] = gy, gx
        self.repeats += repeats

    def conflicted(self, w: int) -> list[int]:
        meet = self.meet
        out = []
        for group in self.rounds[w]:
            for a in group:
                row = meet[a]
                if any(row[b] >= 2 for b in group if b != a):
                    out.append(a)
        return out

    def snapshot(self) -> list[Groups]:
        return [[sorted(g) for g in groups] for groups in self.rounds]


def improve(
    n: int,
    fixed: Sequence[Sequence[Sequence[int]]],
    free: Sequence[Groups],
    rng: random.Random,
    *,
    max_iterations: int,
    deadline: float,
    target_repeats: int = 0,
) -> list[Groups]:
    """Improve the `free` rounds; stop at `target_repeats`, the iteration cap or the deadline."""
    search = GolferSearch(n, fixed, free)
    best = search.snapshot()
    best_cost = search.cost
    if not search.rounds or search.repeats <= target_repeats:
        return best
    rounds = len(search.rounds)
    tabu: dict[tuple[int, int, int], int] = {}
    since_best = 0
    for it in range(1, max_iterations + 1):
        if it % 32 == 0 and time.perf_counter() > deadline:
            break
        chosen: list[tuple[int, int, int]] = []
        chosen_delta = 0
        conflicted = [(w, search.conflicted(w)) for w in range(rounds)]
        if not any(students for _, students in conflicted):
            break  # every meeting in the rounds we may change is a first one
        for w, students in conflicted:
            where = search.where[w]
            groups = search.rounds[w]
            for x in students:
                gx = where[x]
                for gi, group in enumerate(groups):
                    if gi == gx:
                        continue
                    for y in group:
                        delta = search.swap_delta(w, x, y)
                        if chosen and delta > chosen_delta:
                            continue
                        move = (w, x, y) if x < y else (w, y, x)
                        if tabu.get(move, 0) > it and search.cost + delta >= best_cost:
                            continue
                        if not chosen or delta < chosen_delta:
                            chosen, chosen_delta = [move], delta
                        else:
                            chosen.append(move)
        if not chosen:
            continue
        move = rng.choice(chosen)
        search.swap(*move)
        tabu[move] = it + rng.randint(4, 100)
        if search.cost < best_cost:
            best_cost = search.cost
            best = search.snapshot()
            since_best = 0
            if search.repeats <= target_repeats:
                break
            continue
        since_best += 1
        if since_best >= STALL_ITERATIONS:
            since_best = 0
            search = GolferSearch(n, fixed, best)
            tabu.clear()
            for _ in range(PERTURB_SWAPS):
                pw = rng.randrange(rounds)
                groups = search.rounds[pw]
                if len(groups) < 2:
                    continue
                g1, g2 = rng.sample(range(len(groups)), 2)
                search.swap(pw, rng.choice(groups[g1]), rng.choice(groups[g2]))
    return best
