"""From a RotationRequest to the solver's Problem: who is placed, which pairs and groups are kept
(by the mode, locks and rules), and how many pairs and trios each group gets."""

from __future__ import annotations

from itertools import combinations, pairwise

from netwerk_desktop.grouping.conflicts import ConflictKind, Rule, RuleKind, RulesConflict
from netwerk_desktop.grouping.layout import full_layout, pairs_in_group, slots_in_groups
from netwerk_desktop.grouping.model import GROUP_SIZES, MODES, Rotation, RotationRequest
from netwerk_desktop.grouping.problem import Bond, Problem, Unit, check_bonds


def validate(request: RotationRequest) -> None:
    """Mistakes only a caller can make: raise ValueError naming the field."""
    if request.group_size not in GROUP_SIZES:
        raise ValueError(f"RotationRequest.group_size must be 2 or 4, got {request.group_size}")
    if request.mode not in MODES:
        raise ValueError(f"RotationRequest.mode must be one of {MODES}, got {request.mode!r}")
    if request.current is None and (request.mode != "full" or request.locked_students):
        raise ValueError("RotationRequest.current is required for this mode or locked_students")
    if len(set(request.students)) != len(request.students):
        raise ValueError("RotationRequest.students names a student twice")
    if set(request.absent) & set(request.students):
        raise ValueError("RotationRequest.absent names a student who is also present")
    for name in ("keep_apart", "keep_together"):
        for rule in getattr(request, name):
            if len(rule) != 2 or rule[0] == rule[1]:
                raise ValueError(f"RotationRequest.{name} needs two different students: {rule}")
    for pair in request.locked_pairs:
        if len(set(pair)) != len(pair) or not 2 <= len(pair) <= 3:
            raise ValueError(f"RotationRequest.locked_pairs needs 2 or 3 students: {pair}")
    if request.time_budget_s <= 0:
        raise ValueError("RotationRequest.time_budget_s must be positive")
    if request.max_iterations is not None and request.max_iterations < 1:
        raise ValueError("RotationRequest.max_iterations must be at least 1")


def build_problem(request: RotationRequest) -> Problem:
    validate(request)
    ids = tuple(sorted(request.students))
    index = {s: i for i, s in enumerate(ids)}
    units: list[Unit] = []
    together: list[Bond] = []
    apart: list[Bond] = []
    for a, b in request.keep_apart:
        if a in index and b in index:
            apart.append(Bond(index[a], index[b], (Rule(RuleKind.KEEP_APART, (a, b)),)))
    for a, b in request.keep_together:
        if a in index and b in index:
            together.append(Bond(index[a], index[b], (Rule(RuleKind.KEEP_TOGETHER, (a, b)),)))
    for pair in request.locked_pairs:
        members = tuple(index[s] for s in sorted(pair) if s in index)
        if len(members) >= 2:
            exact = len(members) == len(pair)  # a lock missing an absent member may be filled up
            units.append(Unit(members, exact, (Rule(RuleKind.LOCKED_PAIR, tuple(sorted(pair))),)))
    current = request.current or ()
    if request.locked_students:
        _lock_students(current, request.locked_students, index, units, together, apart)
    fixed: dict[int, tuple[int, tuple[Rule, ...]]] = {}
    if request.mode == "new_groups":
        for group in current:
            for pair in group:
                members = tuple(index[s] for s in pair if s in index)
                if len(members) >= 2:
                    units.append(Unit(members, False, (Rule(RuleKind.CURRENT_PAIR, pair),)))
    units = _merge_units(units)
    n = len(ids)
    if request.mode == "new_pairs":
        layout, fixed = _kept_groups(current, index, n, request.group_size)
    if request.mode == "new_groups":
        layout = slots_in_groups(_kept_pair_slots(units, n), request.group_size)
    elif not fixed:
        trios = [u for u in units if len(u.members) == 3]
        try:
            layout = full_layout(n, request.group_size, len(trios))
        except ValueError:
            rules = tuple(r for u in trios for r in u.because)
            raise RulesConflict(ConflictKind.TOO_MANY_TRIOS, rules) from None
    tag_names = {t: i for i, t in enumerate(dict.fromkeys(request.balance_tags))}
    tags = [
        tuple(sorted(tag_names[t] for t in request.tags.get(s, frozenset()) if t in tag_names))
        for s in ids
    ]
    problem = Problem(ids, layout, units, together, apart, fixed, tags, len(tag_names))
    check_bonds(problem)
    return problem


def _lock_students(
    current: Rotation,
    locked: tuple[int, ...],
    index: dict[int, int],
    units: list[Unit],
    together: list[Bond],
    apart: list[Bond],
) -> None:
    """Locked students of one current group stay together (partners stay partners); locked
    students of different groups stay apart, so each keeps its own place."""
    wanted = set(locked)
    blocks: list[tuple[list[int], Rule]] = []
    for group in current:
        members = sorted(s for pair in group for s in pair if s in wanted and s in index)
        if not members:
            continue
        rule = Rule(RuleKind.LOCKED_STUDENTS, tuple(members))
        blocks.append(([index[s] for s in members], rule))
        for a, b in pairwise(members):
            together.append(Bond(index[a], index[b], (rule,)))
        for pair in group:
            kept = tuple(index[s] for s in pair if s in wanted and s in index)
            if len(kept) >= 2:
                units.append(Unit(kept, False, (rule,)))
    for (first, rule1), (second, rule2) in combinations(blocks, 2):
        for a in first:
            for b in second:
                apart.append(Bond(a, b, (rule1, rule2)))


def _merge_units(units: list[Unit]) -> list[Unit]:
    """One unit per set of students held in a pair. Units that share a student merge when they
    can: a unit inside a locked pair joins it, two units others may join become one trio."""
    merged: list[Unit] = []
    for unit in sorted(units, key=lambda u: (not u.exact, -len(u.members))):
        while True:
            touching = [
                i for i, other in enumerate(merged) if set(other.members) & set(unit.members)
            ]
            if not touching:
                merged.append(unit)
                break
            unit = _combine(merged.pop(touching[0]), unit)
    return merged


def _combine(first: Unit, second: Unit) -> Unit:
    members1, members2 = set(first.members), set(second.members)
    because = tuple(dict.fromkeys(first.because + second.because))
    if first.exact or second.exact:
        locked, other = (first, second) if first.exact else (second, first)
        if set(other.members) <= set(locked.members) and (not other.exact or members1 == members2):
            return Unit(locked.members, True, because)
    elif len(members1 | members2) <= 3:
        return Unit(tuple(sorted(members1 | members2)), False, because)
    raise RulesConflict(ConflictKind.LOCKED_PAIRS_OVERLAP, because)


def _kept_pair_slots(units: list[Unit], n: int) -> list[int]:
    """Pair slots for "new groups": one per kept pair, the rest paired up; a single student left
    over joins a kept pair that may take a third."""
    slots = [len(u.members) for u in units]
    free = n - sum(slots)
    if free == 1 and n == 1:
        slots.append(1)
    elif free == 1:
        open_pairs = [i for i, u in enumerate(units) if len(u.members) == 2 and not u.exact]
        if not open_pairs:
            rules = tuple(dict.fromkeys(r for u in units for r in u.because))
            raise RulesConflict(ConflictKind.NO_ARRANGEMENT, rules)
        slots[open_pairs[0]] = 3
    elif free % 2:
        slots += [3] + [2] * ((free - 3) // 2)
    else:
        slots += [2] * (free // 2)
    return slots


def _kept_groups(
    current: Rotation, index: dict[int, int], n: int, group_size: int
) -> tuple[tuple[tuple[int, ...], ...], dict[int, tuple[int, tuple[Rule, ...]]]]:
    """Layout and fixed members for "new pairs": each current group with two or more present
    students stays. The others first fill groups below the usual size; a few left over join the
    smallest groups, more than that form groups of their own."""
    fixed: dict[int, tuple[int, tuple[Rule, ...]]] = {}
    sizes: list[int] = []
    for group in current:
        members = sorted(index[s] for pair in group for s in pair if s in index)
        if len(members) < 2:
            continue
        rule = Rule(RuleKind.CURRENT_GROUP, tuple(sorted(s for p in group for s in p)))
        for m in members:
            fixed[m] = (len(sizes), (rule,))
        sizes.append(len(members))
    if not sizes:
        return (), {}  # nothing left to keep: the caller makes a full rotation
    free = n - len(fixed)
    order = sorted(range(len(sizes)), key=lambda g: (sizes[g], g))
    for g in order:
        take = min(free, max(0, group_size - sizes[g]))
        sizes[g] += take
        free -= take
    if free >= (3 if group_size == 4 else 2):
        extra = full_layout(free, group_size)
    else:
        largest = 5 if group_size == 4 else 3
        for _ in range(free):
            smallest = min(range(len(sizes)), key=lambda g: (sizes[g], g))
            if sizes[smallest] >= largest:
                kept = tuple(dict.fromkeys(rule for _, why in fixed.values() for rule in why))
                raise RulesConflict(ConflictKind.NO_ARRANGEMENT, kept)
            sizes[smallest] += 1
        extra = ()
    return tuple(pairs_in_group(size) for size in sizes) + extra, fixed
