"""Simulated annealing over the next rotation of a class, keeping every hard rule.

Moves swap two students between pairs (within a group or across groups), or swap two pairs,
or the kept/locked cores of two pairs, between groups. A move that would break a hard rule is
never made, so every arrangement visited is allowed and the first one comes from placement.
The cost of a move is local to the (at most two) groups it touches:
- meetings: for each two students the sum over every two of their meetings (earlier rotations
  and the new one) of the product of the weights (meetings.PARTNER_WEIGHT : 1);
- fairness: per student the square of the group-mates they met before, so repeats are spread
  and the fewest new partners anyone gets is as high as possible;
- balance: per group and balanced tag the squared distance from an even share.
Meeting weights, the group-mates each student met before and the tags per group are kept up to
date move by move, so a move costs a few additions per student it touches, not a recount.
The run is split into restarts; the best arrangement wins. A start taken from a known design
is repaired at a low temperature, so the search keeps the design's structure, and pairs that a
later round of the design brings together count as met (see class_design).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from netwerk_desktop.grouping.meetings import (
    GROUPMATE_WEIGHT,
    PARTNER_WEIGHT,
    MeetingHistory,
    pair_cost,
)
from netwerk_desktop.grouping.placement import Arrangement, place
from netwerk_desktop.grouping.problem import Problem

FAIRNESS_WEIGHT = 1.0
BALANCE_WEIGHT = 4.0
RESTARTS = 3
START_TEMPERATURE = 3.0
REPAIR_TEMPERATURE = 0.6  # a design start: warm enough to move a few students, not to scatter
END_TEMPERATURE = 0.05
UNIT_MOVE_SHARE = 0.2  # share of moves that swap whole pairs between groups
CLOCK_EVERY = 256  # steps between two looks at the clock (and the only looks after the start)

Move = tuple[int, int, int]  # student, from slot, to slot

# The clock the deadline is measured with; a test slows it down to play a slow PC.
clock: Callable[[], float] = time.perf_counter


@dataclass
class SearchLimits:
    iterations: int  # the cap that makes results independent of machine speed
    deadline: float  # clock() time at which the search stops anyway (a PC far too slow)


class _Layer:
    """One rotation: students in pair slots, slots in groups, and what each group holds."""

    def __init__(self, n: int) -> None:
        self.slots: list[list[int]] = []
        self.slot_group: list[int] = []
        self.slot_size: list[int] = []
        self.group_slots: list[list[int]] = []
        self.members: list[list[int]] = []
        self.slot_of = [0] * n
        self.group_of = [0] * n
        self.seen = [0] * n  # per student: group-mates in this rotation met before
        self.tag_counts: list[list[int]] = []

    def add_group(self, sizes: list[int], tag_count: int) -> list[int]:
        """An empty group with pair slots of these sizes; the new slots' numbers."""
        first = len(self.slots)
        for size in sizes:
            self.slot_group.append(len(self.group_slots))
            self.slot_size.append(size)
            self.slots.append([])
        self.group_slots.append(list(range(first, len(self.slots))))
        self.members.append([])
        self.tag_counts.append([0] * tag_count)
        return self.group_slots[-1]

    def arrangement(self) -> Arrangement:
        return [[sorted(self.slots[sid]) for sid in ids] for ids in self.group_slots]


class PartnershipSearch:
    def __init__(
        self,
        problem: Problem,
        history: MeetingHistory,
        ahead: Iterable[tuple[int, int]] = (),
    ) -> None:
        """`ahead`: pairs (solver indexes) that a later round of the class's design brings
        together; meeting now costs as much as a repeat."""
        self.problem = problem
        n = self.n = problem.n
        ids = problem.ids
        self.base = [[0] * n for _ in range(n)]  # weighted earlier meetings
        self.base_squares = [[0] * n for _ in range(n)]
        self.met = [[0] * n for _ in range(n)]  # 1 when they shared a group before
        # The cost of the earlier rotations alone: no arrangement costs less.
        self.floor = 0.0
        for a in range(n):
            for b in range(a + 1, n):
                w = history.strength(ids[a], ids[b])
                if w:
                    self.base[a][b] = self.base[b][a] = w
                    squares = history.squares(ids[a], ids[b])
                    self.base_squares[a][b] = self.base_squares[b][a] = squares
                    self.met[a][b] = self.met[b][a] = 1
                    self.floor += pair_cost(w, squares)
        for a, b in ahead:  # as if they had met once already (pair_cost(1, 1) is 0)
            self.base[a][b] += GROUPMATE_WEIGHT
            self.base[b][a] += GROUPMATE_WEIGHT
            self.base_squares[a][b] += GROUPMATE_WEIGHT**2
            self.base_squares[b][a] += GROUPMATE_WEIGHT**2
        self.fixed = [s in problem.fixed_group for s in range(n)]
        self.unit_of = [-1] * n
        self.exact = [False] * n  # in a locked pair that nobody may join
        for i, unit in enumerate(problem.units):
            for s in unit.members:
                self.unit_of[s] = i
                self.exact[s] = unit.exact
        self.together: list[list[int]] = [[] for _ in range(n)]
        for bond in problem.together:
            self.together[bond.a].append(bond.b)
            self.together[bond.b].append(bond.a)
        self.apart: list[set[int]] = [set() for _ in range(n)]
        for bond in problem.apart:
            self.apart[bond.a].add(bond.b)
            self.apart[bond.b].add(bond.a)
        # Students a move across groups must be checked for (the others may go anywhere).
        self.ruled = [self.fixed[s] or bool(self.together[s] or self.apart[s]) for s in range(n)]
        self.tags = problem.tags or [() for _ in range(n)]
        totals = [0] * problem.tag_count
        for tags in self.tags:
            for t in tags:
                totals[t] += 1
        self.tag_share = [total / n for total in totals] if n else []
        self.free = [s for s in range(n) if self.unit_of[s] < 0]
        self.layer = _Layer(n)
        self.strength: list[list[int]] = []  # weighted meetings: earlier ones and the new one

    # -- costs ---------------------------------------------------------------------------

    def _local(self, layer: _Layer, g: int) -> float:
        """Fairness and balance of one group."""
        seen = layer.seen
        cost = 0.0
        for a in layer.members[g]:
            cost += FAIRNESS_WEIGHT * seen[a] * seen[a]
        if self.tag_share:
            size = len(layer.members[g])
            for count, share in zip(layer.tag_counts[g], self.tag_share, strict=True):
                gap = count - share * size
                cost += BALANCE_WEIGHT * gap * gap
        return cost

    def total_cost(self) -> float:
        """The cost of the current arrangement from scratch."""
        n, layer = self.n, self.layer
        squares = [row[:] for row in self.base_squares]
        for a in range(n):
            for b in layer.members[layer.group_of[a]]:
                if b > a:
                    w = PARTNER_WEIGHT if layer.slot_of[a] == layer.slot_of[b] else 1
                    squares[a][b] += w * w
        cost = 0.0
        for a in range(n):
            for b in range(a + 1, n):
                cost += pair_cost(self.strength[a][b], squares[a][b])
        for g in range(len(layer.group_slots)):
            cost += self._local(layer, g)
        return cost

    # -- keeping the counts --------------------------------------------------------------

    def _leave(self, layer: _Layer, s: int) -> int:
        """Take s out of its slot; the change in the meetings cost."""
        strength, met, seen = self.strength, self.met, layer.seen
        slot, g = layer.slot_of[s], layer.group_of[s]
        row, met_row, slot_of = strength[s], met[s], layer.slot_of
        delta = 0
        for b in layer.members[g]:
            if b == s:
                continue
            w = PARTNER_WEIGHT if slot_of[b] == slot else 1
            delta -= w * (row[b] - w)
            row[b] -= w
            strength[b][s] -= w
            if met_row[b]:
                seen[s] -= 1
                seen[b] -= 1
        layer.members[g].remove(s)
        layer.slots[slot].remove(s)
        for t in self.tags[s]:
            layer.tag_counts[g][t] -= 1
        return delta

    def _join(self, layer: _Layer, s: int, slot: int) -> int:
        """Put s into a slot; the change in the meetings cost."""
        strength, met, seen = self.strength, self.met, layer.seen
        g = layer.slot_group[slot]
        row, met_row, slot_of = strength[s], met[s], layer.slot_of
        delta = 0
        for b in layer.members[g]:
            w = PARTNER_WEIGHT if slot_of[b] == slot else 1
            delta += w * row[b]
            row[b] += w
            strength[b][s] += w
            if met_row[b]:
                seen[s] += 1
                seen[b] += 1
        layer.members[g].append(s)
        layer.slots[slot].append(s)
        slot_of[s] = slot
        layer.group_of[s] = g
        for t in self.tags[s]:
            layer.tag_counts[g][t] += 1
        return delta

    def _move(self, layer: _Layer, moves: Sequence[Move]) -> float:
        """Make the moves; the change in cost."""
        groups = {layer.slot_group[to] for _, _, to in moves}
        groups.update(layer.group_of[s] for s, _, _ in moves)
        before = sum(self._local(layer, g) for g in groups)
        delta = 0.0
        for s, _, _ in moves:
            delta += self._leave(layer, s)
        for s, _, to in moves:
            delta += self._join(layer, s, to)
        return delta + sum(self._local(layer, g) for g in groups) - before

    def _swap_delta(self, layer: _Layer, x: int, y: int) -> float:
        """The change in cost if x and y changed places, without changing anything."""
        slot_of, members = layer.slot_of, layer.members
        p, q = slot_of[x], slot_of[y]
        sx, sy = self.strength[x], self.strength[y]
        gx, gy = layer.group_of[x], layer.group_of[y]
        delta = 0.0
        if gx == gy:  # partners change, group-mates stay: x takes y's partners and back
            for a in layer.slots[p]:
                if a != x:
                    delta += 2 * (sy[a] - sx[a]) + 4
            for b in layer.slots[q]:
                if b != y:
                    delta += 2 * (sx[b] - sy[b]) + 4
            return delta
        mx, my, seen = self.met[x], self.met[y], layer.seen
        seen_x = seen_y = 0
        fairness = 0
        for a in members[gx]:
            if a == x:
                continue
            w = PARTNER_WEIGHT if slot_of[a] == p else 1
            delta += w * (sy[a] - sx[a] + w)
            d = my[a] - mx[a]
            if d:
                fairness += d * (2 * seen[a] + d)
            seen_y += my[a]
        for b in members[gy]:
            if b == y:
                continue
            w = PARTNER_WEIGHT if slot_of[b] == q else 1
            delta += w * (sx[b] - sy[b] + w)
            d = mx[b] - my[b]
            if d:
                fairness += d * (2 * seen[b] + d)
            seen_x += mx[b]
        fairness += seen_x * seen_x - seen[x] * seen[x] + seen_y * seen_y - seen[y] * seen[y]
        delta += FAIRNESS_WEIGHT * fairness
        if self.tag_share and self.tags[x] != self.tags[y]:
            delta += self._balance_change(layer, gx, gy, x, y)
        return delta

    def _balance_change(self, layer: _Layer, gx: int, gy: int, x: int, y: int) -> float:
        change = 0.0
        size_x, size_y = len(layer.members[gx]), len(layer.members[gy])
        for t, share in enumerate(self.tag_share):
            d = (t in self.tags[y]) - (t in self.tags[x])
            if d:
                gap_x = layer.tag_counts[gx][t] - share * size_x
                gap_y = layer.tag_counts[gy][t] - share * size_y
                change += d * (2 * gap_x + d) - d * (2 * gap_y - d)
        return BALANCE_WEIGHT * change

    # -- moves ---------------------------------------------------------------------------

    def _allowed(self, layer: _Layer, moves: list[Move]) -> bool:
        """Whether the moves keep every hard rule."""
        if not any(self.ruled[s] for s, _, _ in moves):
            return True
        final: dict[int, int] = {}
        for s, _, to in moves:
            final[s] = layer.slot_group[to]
        for s, frm, to in moves:
            g_to = layer.slot_group[to]
            if layer.slot_group[frm] == g_to:
                continue
            if self.fixed[s]:
                return False
            for t in self.together[s]:
                if final.get(t, layer.group_of[t]) != g_to:
                    return False
            for t in self.apart[s]:
                if final.get(t, layer.group_of[t]) == g_to:
                    return False
        return True

    def _propose(self, layer: _Layer, rng: random.Random) -> list[Move]:
        slot_group = layer.slot_group
        if rng.random() < UNIT_MOVE_SHARE and len(layer.group_slots) > 1:
            p, q = rng.randrange(len(layer.slots)), rng.randrange(len(layer.slots))
            if slot_group[p] == slot_group[q]:
                return []
            unit_p = [s for s in layer.slots[p] if self.unit_of[s] >= 0]
            unit_q = [s for s in layer.slots[q] if self.unit_of[s] >= 0]
            same_size = layer.slot_size[p] == layer.slot_size[q]
            if (
                unit_p
                and unit_q
                and len(unit_p) == len(unit_q)
                and (same_size or not (self.exact[unit_p[0]] or self.exact[unit_q[0]]))
            ):
                # Kept pairs change places and leave any third member behind; a locked pair
                # takes no third member, so it only moves into a slot of its own size.
                move_p, move_q = unit_p, unit_q
            elif same_size:
                move_p, move_q = list(layer.slots[p]), list(layer.slots[q])
            else:
                return []
            return [(s, p, q) for s in move_p] + [(s, q, p) for s in move_q]
        if len(self.free) < 2:
            return []
        x, y = rng.sample(self.free, 2)
        p, q = layer.slot_of[x], layer.slot_of[y]
        if p == q:
            return []
        return [(x, p, q), (y, q, p)]

    # -- the run -------------------------------------------------------------------------

    def _start(self, arrangement: Arrangement) -> None:
        tag_count = len(self.tag_share)
        layer = self.layer = _Layer(self.n)
        self.strength = [row[:] for row in self.base]
        for group in arrangement:
            slots = layer.add_group([len(students) for students in group], tag_count)
            for slot, students in zip(slots, group, strict=True):
                for s in students:
                    self._join(layer, s, slot)

    def run(
        self, rng: random.Random, limits: SearchLimits, design: Arrangement | None = None
    ) -> Arrangement | None:
        """The best arrangement found, or None if placement fails. With a `design` start, the
        first restart repairs it and the others start at random."""
        best: Arrangement | None = None
        best_cost = math.inf
        per_restart = max(1, limits.iterations // RESTARTS)
        for restart in range(RESTARTS):
            start: Arrangement | None
            if design is not None and restart == 0:
                start, temperature = design, REPAIR_TEMPERATURE
            else:
                start, temperature = place(self.problem, rng), START_TEMPERATURE
            if start is None:
                return best
            self._start(start)
            cost, arrangement = self._anneal(rng, per_restart, temperature, limits.deadline)
            if cost < best_cost:
                best_cost, best = cost, arrangement
            if best_cost <= self.floor:
                break  # nothing can be better
        return best

    def _anneal(
        self, rng: random.Random, iterations: int, temperature: float, deadline: float
    ) -> tuple[float, Arrangement]:
        layer = self.layer
        cost = self.total_cost()
        best_cost, best = cost, layer.arrangement()
        cooling = (END_TEMPERATURE / temperature) ** (1 / iterations)
        floor = self.floor + 1e-9
        for it in range(iterations):
            if it % CLOCK_EVERY == CLOCK_EVERY - 1 and clock() > deadline:
                break
            if best_cost <= floor:
                break
            temperature *= cooling
            moves = self._propose(layer, rng)
            if not moves or not self._allowed(layer, moves):
                continue
            if len(moves) == 2 and moves[0][1] == moves[1][2]:  # two students swap: price first
                delta = self._swap_delta(layer, moves[0][0], moves[1][0])
                if delta <= 0 or rng.random() < math.exp(-delta / temperature):
                    self._move(layer, moves)
                else:
                    continue
            else:
                delta = self._move(layer, moves)
                if not (delta <= 0 or rng.random() < math.exp(-delta / temperature)):
                    self._move(layer, [(s, to, frm) for s, frm, to in moves])
                    continue
            cost += delta
            if cost < best_cost - 1e-9:
                best_cost, best = cost, layer.arrangement()
        return best_cost, best
