"""Hypothesis strategies and checks shared by the rotation tests."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from hypothesis import strategies as st

from netwerk_desktop.grouping import Rotation, RotationRequest, StudentId
from netwerk_desktop.grouping.model import group_members, make_rotation_value

STEPS = 600  # a small iteration cap keeps tests fast; the generous budget never cuts in
BUDGET = 60.0


def chunk_rotation(order: Sequence[StudentId], group_size: int) -> Rotation:
    """Pairs in the given order (a trio at the end when odd), two pairs to a group."""
    pairs = [list(order[i : i + 2]) for i in range(0, len(order) - len(order) % 2, 2)]
    if len(order) % 2:
        if pairs:
            pairs[-1].append(order[-1])
        else:
            pairs.append([order[-1]])
    per_group = 1 if group_size == 2 else 2
    groups = [pairs[i : i + per_group] for i in range(0, len(pairs), per_group)]
    return make_rotation_value(groups)


@st.composite
def rotations(draw: st.DrawFn, roster: Sequence[StudentId], group_size: int) -> Rotation:
    return chunk_rotation(draw(st.permutations(list(roster))), group_size)


@st.composite
def class_requests(
    draw: st.DrawFn, max_students: int = 16, with_rules: bool = True
) -> RotationRequest:
    roster = list(range(100, 100 + draw(st.integers(1, max_students))))
    absent = draw(st.sets(st.sampled_from(roster), max_size=len(roster) // 3))
    students = tuple(s for s in roster if s not in absent)
    group_size = draw(st.sampled_from([2, 4]))
    history = tuple(draw(rotations(roster, group_size)) for _ in range(draw(st.integers(0, 3))))
    pairs = list(combinations(roster, 2))
    apart: list[tuple[int, int]] = []
    together: list[tuple[int, int]] = []
    locked: list[tuple[int, ...]] = []
    if with_rules and pairs:
        apart = draw(st.lists(st.sampled_from(pairs), max_size=4, unique=True))
        together = draw(st.lists(st.sampled_from(pairs), max_size=3, unique=True))
        for _ in range(draw(st.integers(0, 2))):
            size = draw(st.sampled_from([2, 2, 3]))
            if len(roster) >= size:
                locked.append(tuple(sorted(draw(st.permutations(roster))[:size])))
    tagged = draw(st.sets(st.sampled_from(roster)))
    balance = draw(st.sampled_from([(), ("x",)]))
    return RotationRequest(
        students=students,
        history=history,
        keep_apart=tuple(apart),
        keep_together=tuple(together),
        locked_pairs=tuple(locked),
        tags={s: frozenset({"x"}) for s in tagged},
        balance_tags=balance,
        group_size=group_size,
        seed=draw(st.integers(0, 2**16)),
        max_iterations=STEPS,
        time_budget_s=BUDGET,
    )


def assert_hard_rules_kept(request: RotationRequest, rotation: Rotation) -> None:
    placed = [s for g in rotation for p in g for s in p]
    assert sorted(placed) == sorted(request.students), "every present student exactly once"
    group_of = {s: i for i, g in enumerate(rotation) for s in group_members(g)}
    pair_of = {s: p for g in rotation for p in g for s in p}
    present = set(request.students)
    for a, b in request.keep_apart:
        if a in present and b in present:
            assert group_of[a] != group_of[b], f"keep apart {a}, {b}"
    for a, b in request.keep_together:
        if a in present and b in present:
            assert group_of[a] == group_of[b], f"keep together {a}, {b}"
    for lock in request.locked_pairs:
        kept = [s for s in lock if s in present]
        if len(kept) == len(lock):
            assert pair_of[kept[0]] == tuple(sorted(lock)), f"locked pair {lock}"
        elif len(kept) >= 2:
            assert all(pair_of[s] == pair_of[kept[0]] for s in kept), f"locked pair {lock}"
    if len(request.students) >= 2:
        assert all(2 <= len(p) <= 3 for g in rotation for p in g), "pairs of 2 or 3"
    if request.group_size == 2:
        assert all(len(g) == 1 for g in rotation), "pairs only"
