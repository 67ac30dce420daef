"""Simulated annealing over one or more rotations of a class, keeping every hard rule.

Moves swap two students between pairs (within a group or across groups), or swap two pairs,
or the kept/locked cores of two pairs, between groups. A move that would break a hard rule is
never made, so every arrangement visited is allowed and the first one comes from placement.
The cost of a move is local to the (at most two) groups it touches:
- meetings: for each two students the sum over every two of their meetings (earlier rotations
  and all planned ones) of the product of the weights (meetings.PARTNER_WEIGHT : 1);
- fairness: per student the square of the group-mates they met before, so repeats are spread
  and the fewest new partners anyone gets is as high as possible;
- balance: per group and balanced tag the squared distance from an even share.
The run is split into restarts from fresh random placements; the best arrangement wins.
"""

from __future__ import annotations

import math
import random
import time
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
END_TEMPERATURE = 0.05
UNIT_MOVE_SHARE = 0.2  # share of moves that swap whole pairs between groups


@dataclass
class SearchLimits:
    iterations: int  # the cap that makes results independent of machine speed
    deadline: float  # perf_counter time at which the search stops anyway


class _Layer:
    """One rotation: students in pair slots, slots in groups."""

    def __init__(self, arrangement: Arrangement, n: int) -> None:
        self.slots: list[list[int]] = []
        self.slot_group: list[int] = []
        self.slot_size: list[int] = []
        self.group_slots: list[list[int]] = []
        self.slot_of = [0] * n
        for g, group in enumerate(arrangement):
            ids = []
            for members in group:
                sid = len(self.slots)
                ids.append(sid)
                self.slots.append(list(members))
                self.slot_group.append(g)
                self.slot_size.append(len(members))
                for s in members:
                    self.slot_of[s] = sid
            self.group_slots.append(ids)

    def members(self, g: int) -> list[int]:
        return [s for sid in self.group_slots[g] for s in self.slots[sid]]

    def arrangement(self) -> Arrangement:
        return [[sorted(self.slots[sid]) for sid in ids] for ids in self.group_slots]


class PartnershipSearch:
    def __init__(self, problem: Problem, history: MeetingHistory) -> None:
        self.problem = problem
        n = self.n = problem.n
        ids = problem.ids
        self.base = [[0] * n for _ in range(n)]  # weighted earlier meetings
        self.base_squares = [[0] * n for _ in range(n)]
        self.met = [[0] * n for _ in range(n)]  # 1 when they shared a group before
        for a in range(n):
            for b in range(a + 1, n):
                w = history.strength(ids[a], ids[b])
                self.base[a][b] = self.base[b][a] = w
                self.base_squares[a][b] = self.base_squares[b][a] = history.squares(ids[a], ids[b])
                self.met[a][b] = self.met[b][a] = 1 if w else 0
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
        self.tags = problem.tags or [() for _ in range(n)]
        totals = [0] * problem.tag_count
        for tags in self.tags:
            for t in tags:
                totals[t] += 1
        self.tag_share = [total / n for total in totals] if n else []
        self.free = [s for s in range(n) if self.unit_of[s] < 0]
        self.layers: list[_Layer] = []
        self.strength: list[list[int]] = []

    # -- costs ---------------------------------------------------------------------------

    def _edges(self, layer: _Layer, g: int) -> dict[tuple[int, int], int]:
        edges: dict[tuple[int, int], int] = {}
        slots = [layer.slots[sid] for sid in layer.group_slots[g]]
        for i, slot in enumerate(slots):
            for x, a in enumerate(slot):
                for b in slot[x + 1 :]:
                    edges[(a, b) if a < b else (b, a)] = PARTNER_WEIGHT
                for other in slots[i + 1 :]:
                    for b in other:
                        edges[(a, b) if a < b else (b, a)] = GROUPMATE_WEIGHT
        return edges

    def _local(self, members: list[int]) -> float:
        met = self.met
        cost = 0.0
        for a in members:
            row = met[a]
            seen = 0
            for b in members:
                seen += row[b]
            cost += FAIRNESS_WEIGHT * seen * seen
        if self.tag_share:
            counts = [0] * len(self.tag_share)
            for a in members:
                for t in self.tags[a]:
                    counts[t] += 1
            size = len(members)
            for t, share in enumerate(self.tag_share):
                gap = counts[t] - share * size
                cost += BALANCE_WEIGHT * gap * gap
        return cost

    def total_cost(self) -> float:
        """The cost of the current layers from scratch."""
        n = self.n
        squares = [row[:] for row in self.base_squares]
        for layer in self.layers:
            for g in range(len(layer.group_slots)):
                for (a, b), w in self._edges(layer, g).items():
                    squares[a][b] += w * w
        cost = 0.0
        for a in range(n):
            for b in range(a + 1, n):
                cost += pair_cost(self.strength[a][b], squares[a][b])
        for layer in self.layers:
            for g in range(len(layer.group_slots)):
                cost += self._local(layer.members(g))
        return cost

    # -- moves ---------------------------------------------------------------------------

    def _allowed(self, layer: _Layer, moves: list[tuple[int, int, int]]) -> bool:
        """Whether moving (student, from slot, to slot) keeps every hard rule."""
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
                if final.get(t, layer.slot_group[layer.slot_of[t]]) != g_to:
                    return False
            for t in self.apart[s]:
                if final.get(t, layer.slot_group[layer.slot_of[t]]) == g_to:
                    return False
        return True

    def _apply(self, layer: _Layer, moves: list[tuple[int, int, int]]) -> None:
        for s, frm, _ in moves:
            layer.slots[frm].remove(s)
        for s, _, to in moves:
            layer.slots[to].append(s)
            layer.slot_of[s] = to

    def _propose(self, layer: _Layer, rng: random.Random) -> list[tuple[int, int, int]]:
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

    def _delta(
        self, layer: _Layer, moves: list[tuple[int, int, int]]
    ) -> tuple[float, dict[tuple[int, int], int]]:
        """Apply the moves and return the change in cost and in edge weights."""
        groups = sorted(
            {layer.slot_group[frm] for _, frm, _ in moves}
            | {layer.slot_group[to] for _, _, to in moves}
        )
        old: dict[tuple[int, int], int] = {}
        old_local = 0.0
        for g in groups:
            old.update(self._edges(layer, g))
            old_local += self._local(layer.members(g))
        self._apply(layer, moves)
        new: dict[tuple[int, int], int] = {}
        new_local = 0.0
        for g in groups:
            new.update(self._edges(layer, g))
            new_local += self._local(layer.members(g))
        strength = self.strength
        change: dict[tuple[int, int], int] = {}
        delta = new_local - old_local
        for k, w0 in old.items():
            w1 = new.get(k, 0)
            if w1 != w0:
                change[k] = w1 - w0
                delta += (w1 - w0) * (strength[k[0]][k[1]] - w0)
        for k, w1 in new.items():
            if k not in old:
                change[k] = w1
                delta += w1 * strength[k[0]][k[1]]
        return delta, change

    # -- the run -------------------------------------------------------------------------

    def _start(self, arrangements: list[Arrangement]) -> None:
        self.layers = [_Layer(a, self.n) for a in arrangements]
        self.strength = [row[:] for row in self.base]
        for layer in self.layers:
            for g in range(len(layer.group_slots)):
                for (a, b), w in self._edges(layer, g).items():
                    self.strength[a][b] += w
                    self.strength[b][a] += w

    def run(
        self, rounds: int, rng: random.Random, limits: SearchLimits
    ) -> list[Arrangement] | None:
        """The best arrangements found for `rounds` rotations, or None if placement fails."""
        best: list[Arrangement] | None = None
        best_cost = math.inf
        per_restart = max(1, limits.iterations // RESTARTS)
        for restart in range(RESTARTS):
            starts = [place(self.problem, rng) for _ in range(rounds)]
            if any(a is None for a in starts):
                return best
            self._start([a for a in starts if a is not None])
            current = self._anneal(rng, per_restart, limits.deadline)
            if current[0] < best_cost:
                best_cost, best = current
            if time.perf_counter() > limits.deadline and restart < RESTARTS - 1:
                break
        return best

    def _anneal(
        self, rng: random.Random, iterations: int, deadline: float
    ) -> tuple[float, list[Arrangement]]:
        cost = self.total_cost()
        best_cost, best = cost, [layer.arrangement() for layer in self.layers]
        cooling = (END_TEMPERATURE / START_TEMPERATURE) ** (1 / iterations)
        temperature = START_TEMPERATURE
        strength = self.strength
        for it in range(iterations):
            if it % 256 == 255 and time.perf_counter() > deadline:
                break
            temperature *= cooling
            layer = self.layers[rng.randrange(len(self.layers))]
            moves = self._propose(layer, rng)
            if not moves or not self._allowed(layer, moves):
                continue
            delta, change = self._delta(layer, moves)
            if delta <= 0 or rng.random() < math.exp(-delta / temperature):
                cost += delta
                for (a, b), d in change.items():
                    strength[a][b] += d
                    strength[b][a] += d
                if cost < best_cost - 1e-9:
                    best_cost, best = cost, [layer.arrangement() for layer in self.layers]
            else:
                self._apply(layer, [(s, to, frm) for s, frm, to in moves])
        return best_cost, best
