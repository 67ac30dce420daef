"""New groups keep the pairs, new pairs keep the groups, locked students keep their place."""

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
from netwerk_desktop.grouping.model import Rotation, group_members

from .strategies import BUDGET, STEPS, assert_hard_rules_kept, class_requests, rotations

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def requests_with_current(draw: st.DrawFn, mode: str) -> RotationRequest:
    request = draw(class_requests(max_students=14))
    roster = sorted(
        {*request.students, *(s for r in request.history for g in r for p in g for s in p)}
    )
    current = draw(rotations(roster or list(request.students), request.group_size))
    newcomers = tuple(range(500, 500 + draw(st.integers(0, 2))))
    return replace(
        request,
        students=request.students + newcomers,
        mode=mode,  # type: ignore[arg-type]
        current=current,
    )


def _solve(request: RotationRequest) -> Rotation | None:
    try:
        return make_rotation(request).rotation
    except RulesConflict as conflict:
        assert conflict.rules
        return None


@SETTINGS
@given(requests_with_current("new_pairs"))
def test_new_pairs_keeps_the_groups(request: RotationRequest) -> None:
    rotation = _solve(request)
    if rotation is None:
        return
    assert_hard_rules_kept(request, rotation)
    assert request.current is not None
    present = set(request.students)
    group_of = {s: i for i, g in enumerate(rotation) for s in group_members(g)}
    kept = [[s for s in group_members(g) if s in present] for g in request.current]
    kept = [g for g in kept if len(g) >= 2]
    # Then each kept group is inside one new group, and no two kept groups share one
    assert all(len({group_of[s] for s in g}) == 1 for g in kept)
    assert len({group_of[g[0]] for g in kept}) == len(kept)


@SETTINGS
@given(requests_with_current("new_groups"))
def test_new_groups_keeps_the_pairs(request: RotationRequest) -> None:
    rotation = _solve(request)
    if rotation is None:
        return
    assert_hard_rules_kept(request, rotation)
    assert request.current is not None
    present = set(request.students)
    pair_of = {s: p for g in rotation for p in g for s in p}
    for group in request.current:
        for pair in group:
            kept = [s for s in pair if s in present]
            if len(kept) >= 2:
                assert len({pair_of[s] for s in kept}) == 1, f"pair {pair} split"


@SETTINGS
@given(requests_with_current("full"), st.data())
def test_locked_students_keep_their_place_property(
    request: RotationRequest, data: st.DataObject
) -> None:
    locked = data.draw(st.sets(st.sampled_from(request.students), max_size=5))
    request = replace(request, locked_students=tuple(sorted(locked)))
    rotation = _solve(request)
    if rotation is None:
        return
    assert_hard_rules_kept(request, rotation)
    assert request.current is not None
    group_of = {s: i for i, g in enumerate(rotation) for s in group_members(g)}
    pair_of = {s: p for g in rotation for p in g for s in p}
    before = {s: i for i, g in enumerate(request.current) for s in group_members(g)}
    before_pair = {s: p for g in request.current for p in g for s in p}
    for a in locked & before.keys():
        for b in locked & before.keys():
            assert (group_of[a] == group_of[b]) == (before[a] == before[b])
            if b in before_pair[a]:
                assert b in pair_of[a]


def test_new_pairs_makes_new_partners_inside_the_groups() -> None:
    current: Rotation = (((1, 2), (3, 4)), ((5, 6), (7, 8)), ((9, 10), (11, 12)))
    request = RotationRequest(
        students=tuple(range(1, 13)), history=(current,), mode="new_pairs", current=current
    )
    result = make_rotation(request)
    assert [group_members(g) for g in result.rotation] == [group_members(g) for g in current]
    assert result.score.repeated_pairs == 0


def test_new_groups_regroups_the_pairs_with_new_group_mates() -> None:
    current: Rotation = (((1, 2), (3, 4)), ((5, 6), (7, 8)), ((9, 10), (11, 12)))
    request = RotationRequest(
        students=tuple(range(1, 13)), history=(current,), mode="new_groups", current=current
    )
    result = make_rotation(request)
    assert sorted(p for g in result.rotation for p in g) == sorted(p for g in current for p in g)
    assert result.score.repeated_meetings == 6  # only the six kept pairs meet again


def test_a_student_whose_partner_is_absent_joins_another_pair() -> None:
    current: Rotation = (((1, 2), (3, 4)), ((5, 6), (7, 8)))
    request = RotationRequest(
        students=(1, 2, 3, 5, 6, 7, 8),
        mode="new_groups",
        current=current,
        max_iterations=STEPS,
        time_budget_s=BUDGET,
    )
    rotation = make_rotation(request).rotation
    trio = next(p for g in rotation for p in g if 3 in p)
    assert len(trio) == 3


def test_locked_students_keep_their_place() -> None:
    current: Rotation = (((1, 2), (3, 4)), ((5, 6), (7, 8)), ((9, 10), (11, 12)))
    request = RotationRequest(
        students=tuple(range(1, 13)),
        history=(current,),
        current=current,
        locked_students=(1, 2, 3, 5),
    )
    rotation = make_rotation(request).rotation
    group_of = {s: i for i, g in enumerate(rotation) for s in group_members(g)}
    pair_of = {s: p for g in rotation for p in g for s in p}
    assert group_of[1] == group_of[2] == group_of[3]  # locked together in group 1
    assert 2 in pair_of[1]  # partners stay partners
    assert group_of[5] != group_of[1]  # a locked student of another group stays out


def test_a_rule_across_kept_groups_conflicts() -> None:
    current: Rotation = (((1, 2), (3, 4)), ((5, 6), (7, 8)))
    request = RotationRequest(
        students=tuple(range(1, 9)), mode="new_pairs", current=current, keep_together=((1, 5),)
    )
    try:
        make_rotation(request)
    except RulesConflict as conflict:
        assert conflict.kind == ConflictKind.APART_AND_TOGETHER
        kinds = sorted(r.kind for r in conflict.rules)
        assert kinds == [RuleKind.CURRENT_GROUP, RuleKind.CURRENT_GROUP, RuleKind.KEEP_TOGETHER]
    else:
        raise AssertionError("1 and 5 are in different kept groups")


def test_modes_need_the_current_rotation() -> None:
    for mode in ("new_pairs", "new_groups"):
        try:
            make_rotation(RotationRequest(students=(1, 2, 3, 4), mode=mode))  # type: ignore[arg-type]
        except ValueError as error:
            assert "current" in str(error)
        else:
            raise AssertionError(f"{mode} without current was accepted")


def test_a_locked_pair_never_takes_a_third_member() -> None:
    # Locked 104 and 105 stay partners and may take a third; the locked pairs 100-102 and
    # 101-103 may not, however the kept pairs trade places
    current: Rotation = (((100, 101), (102, 103)), ((104, 105), (106, 107, 108)))
    for seed in range(5):
        request = RotationRequest(
            students=(*range(100, 109), 500, 501),
            history=(current,),
            current=current,
            locked_pairs=((100, 102), (101, 103)),
            locked_students=(104, 105),
            seed=seed,
        )
        assert_hard_rules_kept(request, make_rotation(request).rotation)
