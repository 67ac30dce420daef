"""A first arrangement that keeps every hard rule, found by backtracking, or proof there is none.

Students bound together (keep-together chains, shared pairs, kept groups) move as one component;
components with rules are placed group by group, largest and most constrained first, and the
free students fill the places left. Empty groups of the same shape are tried once, which keeps
the proof that nothing fits short.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from netwerk_desktop.grouping.conflicts import ConflictKind, Rule, RulesConflict
from netwerk_desktop.grouping.problem import Problem, Unit

NODE_CAP = 20_000  # backtracking steps per attempt; classes never come near it
Arrangement = list[list[list[int]]]  # per group, per pair slot, the students


@dataclass
class _Component:
    students: list[int]
    units: list[Unit]
    loose: list[int]  # students of the component in no unit
    group: int | None  # the kept group it must join, if any


@dataclass
class _GroupState:
    slots: tuple[int, ...]
    members: set[int] = field(default_factory=set)
    units: list[Unit] = field(default_factory=list)
    loose: list[int] = field(default_factory=list)

    @property
    def room(self) -> int:
        return sum(self.slots) - len(self.members)


def fit_units(slots: tuple[int, ...], units: list[Unit]) -> list[int] | None:
    """A slot per unit: exact units in slots of their size, others in slots at least as big."""
    taken = [False] * len(slots)
    order = sorted(range(len(units)), key=lambda i: (not units[i].exact, -len(units[i].members)))
    chosen = [0] * len(units)
    for i in order:
        size, exact = len(units[i].members), units[i].exact
        best = -1
        for s, slot in enumerate(slots):
            if taken[s] or slot < size or (exact and slot != size):
                continue
            if best < 0 or slot < slots[best]:
                best = s
        if best < 0:
            return None
        taken[best] = True
        chosen[i] = best
    return chosen


def place(
    problem: Problem, rng: random.Random, prefer: Sequence[int] | None = None
) -> Arrangement | None:
    """An arrangement keeping every bond, or None when none exists (or none within NODE_CAP).
    `prefer` names a group per student (-1: any): students go there where the rules allow."""
    components = _components(problem)
    if components is None:
        return None
    apart: list[set[int]] = [set() for _ in range(problem.n)]
    for bond in problem.apart:
        apart[bond.a].add(bond.b)
        apart[bond.b].add(bond.a)
    groups = [_GroupState(slots) for slots in problem.layout]
    ruled = [c for c in components if len(c.students) > 1 or c.group is not None]
    ruled += [
        c for c in components if len(c.students) == 1 and c.group is None and apart[c.students[0]]
    ]
    rng.shuffle(ruled)
    ruled.sort(
        key=lambda c: (
            c.group is None,
            -len(c.students),
            -sum(len(apart[s]) for s in c.students),
        )
    )
    in_search = {id(c) for c in ruled}
    free = [c.students[0] for c in components if id(c) not in in_search]
    nodes = 0

    def fits(state: _GroupState, comp: _Component) -> bool:
        if len(comp.students) > state.room:
            return False
        if any(apart[s] & state.members for s in comp.students):
            return False
        return not comp.units or fit_units(state.slots, state.units + comp.units) is not None

    def search(k: int) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > NODE_CAP:
            return False
        if k == len(ruled):
            return True
        comp = ruled[k]
        if comp.group is not None:
            order = [comp.group]
        else:
            order = rng.sample(range(len(groups)), len(groups))
            if prefer is not None:
                order.sort(key=lambda g: -sum(1 for s in comp.students if prefer[s] == g))
        tried_empty: set[tuple[int, ...]] = set()
        for g in order:
            state = groups[g]
            if not state.members:
                if state.slots in tried_empty:
                    continue  # an empty group of the same shape failed already
                tried_empty.add(state.slots)
            if not fits(state, comp):
                continue
            state.members.update(comp.students)
            state.units.extend(comp.units)
            state.loose.extend(comp.loose)
            if search(k + 1):
                return True
            state.members.difference_update(comp.students)
            del state.units[len(state.units) - len(comp.units) :]
            del state.loose[len(state.loose) - len(comp.loose) :]
        return False

    if not search(0):
        return None
    rng.shuffle(free)
    if prefer is not None:
        waiting = []
        for s in free:
            g = prefer[s]
            if g >= 0 and groups[g].room > 0:
                groups[g].members.add(s)
                groups[g].loose.append(s)
            else:
                waiting.append(s)
        free = waiting
    for state in groups:
        take = state.room
        state.loose.extend(free[:take])
        del free[:take]
    return [_fill(state, rng) for state in groups]


def explain(problem: Problem, rng: random.Random) -> RulesConflict:
    """The conflict with a smallest set of rules that still leaves no arrangement: every rule is
    dropped in turn and stays dropped when the rest still conflicts."""
    rules = problem.rules()
    active = set(rules)
    for rule in rules:
        trial = active - {rule}
        if place(problem.restricted(trial), rng) is None:
            active = trial
    kept: tuple[Rule, ...] = tuple(r for r in rules if r in active)
    return RulesConflict(ConflictKind.NO_ARRANGEMENT, kept or rules)


def _components(problem: Problem) -> list[_Component] | None:
    parent = list(range(problem.n))

    def find(v: int) -> int:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for unit in problem.units:
        for other in unit.members[1:]:
            parent[find(other)] = find(unit.members[0])
    for bond in problem.together:
        parent[find(bond.b)] = find(bond.a)
    by_root: dict[int, _Component] = {}
    for s in range(problem.n):
        by_root.setdefault(find(s), _Component([], [], [], None)).students.append(s)
    in_unit: set[int] = set()
    for unit in problem.units:
        by_root[find(unit.members[0])].units.append(unit)
        in_unit.update(unit.members)
    for comp in by_root.values():
        comp.loose = [s for s in comp.students if s not in in_unit]
        kept = {problem.fixed_group[s][0] for s in comp.students if s in problem.fixed_group}
        if len(kept) > 1:
            return None
        comp.group = kept.pop() if kept else None
    return list(by_root.values())


def _fill(state: _GroupState, rng: random.Random) -> list[list[int]]:
    slots: list[list[int]] = [[] for _ in state.slots]
    chosen = fit_units(state.slots, state.units)
    assert chosen is not None  # the search only accepts groups where the units fit
    for unit, s in zip(state.units, chosen, strict=True):
        slots[s].extend(unit.members)
    loose = list(state.loose)
    rng.shuffle(loose)
    for s, size in enumerate(state.slots):
        while len(slots[s]) < size and loose:
            slots[s].append(loose.pop())
    return slots
