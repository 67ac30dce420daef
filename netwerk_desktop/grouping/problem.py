"""The solver's inside view of a request: students as indexes 0..n-1, pair slots per group, and
the hard rules as bonds, each remembering the teacher's rules it comes from."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from netwerk_desktop.grouping.conflicts import ConflictKind, Rule, RulesConflict
from netwerk_desktop.grouping.layout import Layout


@dataclass(frozen=True)
class Unit:
    """Students who must share a pair; `exact` when nobody may join them (a locked pair)."""

    members: tuple[int, ...]
    exact: bool
    because: tuple[Rule, ...]


@dataclass(frozen=True)
class Bond:
    """Two students who must share a group (together) or must not (apart)."""

    a: int
    b: int
    because: tuple[Rule, ...]


@dataclass
class Problem:
    ids: tuple[int, ...]  # student id per index
    layout: Layout
    units: list[Unit] = field(default_factory=list)
    together: list[Bond] = field(default_factory=list)
    apart: list[Bond] = field(default_factory=list)
    fixed_group: dict[int, tuple[int, tuple[Rule, ...]]] = field(default_factory=dict)
    tags: list[tuple[int, ...]] = field(default_factory=list)  # balance-tag indexes per student
    tag_count: int = 0

    @property
    def n(self) -> int:
        return len(self.ids)

    def rules(self) -> tuple[Rule, ...]:
        """Every teacher's rule behind a bond, in a stable order, user rules first."""
        seen: dict[Rule, None] = {}
        items: list[Bond | Unit] = [*self.apart, *self.together, *self.units]
        for item in items:
            for rule in item.because:
                seen.setdefault(rule)
        for _, because in self.fixed_group.values():
            for rule in because:
                seen.setdefault(rule)
        return tuple(seen)

    def restricted(self, active: set[Rule]) -> Problem:
        """The same problem keeping only the bonds whose rules are all in `active`."""

        def keep(because: tuple[Rule, ...]) -> bool:
            return all(rule in active for rule in because)

        return Problem(
            ids=self.ids,
            layout=self.layout,
            units=[u for u in self.units if keep(u.because)],
            together=[b for b in self.together if keep(b.because)],
            apart=[b for b in self.apart if keep(b.because)],
            fixed_group={s: f for s, f in self.fixed_group.items() if keep(f[1])},
            tags=self.tags,
            tag_count=self.tag_count,
        )


def check_bonds(problem: Problem) -> None:
    """Raise RulesConflict for rules that contradict each other before any search: two students
    both apart and together (through a chain of together rules, shared pairs or kept groups),
    or more students bound to one group than that group holds."""
    n = problem.n
    groups = len(problem.layout)
    # Nodes 0..n-1 are students, n + g stands for kept group g of "new pairs".
    edges: list[list[tuple[int, tuple[Rule, ...]]]] = [[] for _ in range(n + groups)]

    def link(a: int, b: int, because: tuple[Rule, ...]) -> None:
        edges[a].append((b, because))
        edges[b].append((a, because))

    for bond in problem.together:
        link(bond.a, bond.b, bond.because)
    for unit in problem.units:
        for other in unit.members[1:]:
            link(unit.members[0], other, unit.because)
    for student, (group, because) in problem.fixed_group.items():
        link(student, n + group, because)
    for bond in problem.apart:
        path = _path(edges, bond.a, bond.b)
        if path is not None:
            raise RulesConflict(ConflictKind.APART_AND_TOGETHER, _unique([*path, *bond.because]))
    capacity = [sum(slots) for slots in problem.layout]
    largest = max(capacity, default=0)
    seen = [False] * (n + groups)
    for start in range(n + groups):
        if seen[start]:
            continue
        component, rules = _component(edges, start, seen)
        students = [v for v in component if v < n]
        kept = [v - n for v in component if v >= n]
        if len(kept) > 1:
            path = _path(edges, n + kept[0], n + kept[1])
            raise RulesConflict(ConflictKind.APART_AND_TOGETHER, _unique(path or rules))
        room = capacity[kept[0]] if kept else largest
        if len(students) > room:
            raise RulesConflict(ConflictKind.GROUP_TOO_BIG, _unique(rules))


def _component(
    edges: list[list[tuple[int, tuple[Rule, ...]]]], start: int, seen: list[bool]
) -> tuple[list[int], list[Rule]]:
    seen[start] = True
    queue, component = deque([start]), [start]
    rules: list[Rule] = []
    while queue:
        v = queue.popleft()
        for w, because in edges[v]:
            rules.extend(because)
            if not seen[w]:
                seen[w] = True
                component.append(w)
                queue.append(w)
    return component, rules


def _path(
    edges: list[list[tuple[int, tuple[Rule, ...]]]], start: int, goal: int
) -> list[Rule] | None:
    """The rules along a shortest chain of bonds from start to goal, or None."""
    came: dict[int, tuple[int, tuple[Rule, ...]]] = {start: (start, ())}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        if v == goal:
            rules: list[Rule] = []
            while v != start:
                v, because = came[v]
                rules.extend(because)
            return rules
        for w, because in edges[v]:
            if w not in came:
                came[w] = (v, because)
                queue.append(w)
    return None


def _unique(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(dict.fromkeys(rules))
