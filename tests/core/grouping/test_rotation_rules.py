"""Property tests: hard rules are kept, or the conflict is real and names its rules."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerk_desktop.grouping import (
    ConflictKind,
    RotationRequest,
    RuleKind,
    RulesConflict,
    make_rotation,
)
from netwerk_desktop.grouping.layout import full_layout

from .strategies import BUDGET, STEPS, assert_hard_rules_kept, class_requests

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _request_rules(request: RotationRequest) -> set[tuple[RuleKind, tuple[int, ...]]]:
    return (
        {(RuleKind.KEEP_APART, r) for r in request.keep_apart}
        | {(RuleKind.KEEP_TOGETHER, r) for r in request.keep_together}
        | {(RuleKind.LOCKED_PAIR, tuple(sorted(p))) for p in request.locked_pairs}
    )


def _only(request: RotationRequest, conflict: RulesConflict) -> RotationRequest:
    named = {(r.kind, r.students) for r in conflict.rules}
    return replace(
        request,
        keep_apart=tuple(r for r in request.keep_apart if (RuleKind.KEEP_APART, r) in named),
        keep_together=tuple(
            r for r in request.keep_together if (RuleKind.KEEP_TOGETHER, r) in named
        ),
        locked_pairs=tuple(
            p for p in request.locked_pairs if (RuleKind.LOCKED_PAIR, tuple(sorted(p))) in named
        ),
    )


def _arrangement_exists(request: RotationRequest) -> bool:
    """Exhaustive search over pair slots, independent of the solver, for small classes."""
    present = sorted(request.students)
    wholes = list(dict.fromkeys(tuple(sorted(lock)) for lock in request.locked_pairs))
    locks = [tuple(s for s in lock if s in present) for lock in wholes]
    trios = sum(1 for lock in locks if len(lock) == 3)
    try:
        layout = full_layout(len(present), request.group_size, trios)
    except ValueError:
        return False
    slots = [(g, size) for g, sizes in enumerate(layout) for size in sizes]
    slot_of: dict[int, int] = {}
    load = [0] * len(slots)

    def ok() -> bool:
        group = {s: slots[i][0] for s, i in slot_of.items()}
        if any(group[a] == group[b] for a, b in request.keep_apart if a in group and b in group):
            return False
        if any(group[a] != group[b] for a, b in request.keep_together if a in group and b in group):
            return False
        for lock, full in zip(locks, wholes, strict=True):
            if len(lock) < 2:
                continue
            if len({slot_of[s] for s in lock}) != 1:
                return False
            if len(lock) == len(full) and load[slot_of[lock[0]]] != len(lock):
                return False
        return True

    def place(k: int) -> bool:
        if k == len(present):
            return ok()
        for i, (_, size) in enumerate(slots):
            if load[i] < size:
                slot_of[present[k]] = i
                load[i] += 1
                if place(k + 1):
                    return True
                load[i] -= 1
                del slot_of[present[k]]
        return False

    return place(0)


@SETTINGS
@given(class_requests())
def test_hard_rules_are_kept_or_the_conflict_names_them(request: RotationRequest) -> None:
    try:
        result = make_rotation(request)
    except RulesConflict as conflict:
        # Then the conflict names some of the request's own rules...
        named = {(r.kind, r.students) for r in conflict.rules}
        assert named and named <= _request_rules(request)
        # ...and those rules alone still conflict
        try:
            make_rotation(_only(request, conflict))
        except RulesConflict:
            pass
        else:
            raise AssertionError(f"the named rules do not conflict: {conflict}") from None
        return
    assert_hard_rules_kept(request, result.rotation)
    assert result.score.rule_violations == 0


@SETTINGS
@given(class_requests(max_students=8))
def test_a_conflict_is_raised_exactly_when_no_arrangement_exists(request: RotationRequest) -> None:
    try:
        make_rotation(request)
        solved = True
    except RulesConflict:
        solved = False
    assert solved == _arrangement_exists(request)


@settings(max_examples=25, deadline=None)
@given(class_requests(with_rules=False))
def test_same_seed_gives_the_same_rotation(request: RotationRequest) -> None:
    first = make_rotation(request)
    assert make_rotation(request) == first
    shuffled = replace(request, students=tuple(reversed(request.students)))
    assert make_rotation(shuffled) == first  # the order students are listed in does not matter


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 41), st.sampled_from([2, 4]))
def test_group_sizes_follow_the_layout(n: int, group_size: int) -> None:
    request = RotationRequest(
        students=tuple(range(n)), group_size=group_size, max_iterations=STEPS, time_budget_s=BUDGET
    )
    rotation = make_rotation(request).rotation
    expected = sorted(sorted(g) for g in full_layout(n, group_size))
    assert sorted(sorted(len(p) for p in g) for g in rotation) == expected
    sizes = [sum(len(p) for p in g) for g in rotation]
    if group_size == 4 and n >= 3:
        assert all(3 <= s <= 5 for s in sizes)


def test_too_many_locked_trios() -> None:
    # 6 is absent, so only one trio is locked
    request = RotationRequest(students=(1, 2, 3, 4, 5), locked_pairs=((1, 2, 3), (4, 5, 6)))
    assert_hard_rules_kept(request, make_rotation(request).rotation)
    # 8 students hold two trios and a pair
    request = replace(request, students=(1, 2, 3, 4, 5, 6, 7, 8))
    assert_hard_rules_kept(request, make_rotation(request).rotation)
    # 7 students cannot: one would be left without a partner
    request = replace(request, students=(1, 2, 3, 4, 5, 6, 7))
    try:
        make_rotation(request)
    except RulesConflict as conflict:
        assert conflict.kind == ConflictKind.TOO_MANY_TRIOS
        assert {r.students for r in conflict.rules} == {(1, 2, 3), (4, 5, 6)}
    else:
        raise AssertionError("7 students cannot hold two trios and whole pairs")


def test_locks_with_absent_members_that_share_a_student_make_one_trio() -> None:
    # 100 is away: 102 must stay with 103 and with 104, so the three form a trio
    request = RotationRequest(
        students=(102, 103, 104, 105, 106),
        locked_pairs=((100, 102, 103), (100, 102, 104)),
        group_size=2,
    )
    rotation = make_rotation(request).rotation
    assert ((102, 103, 104),) in rotation
    assert_hard_rules_kept(request, rotation)
