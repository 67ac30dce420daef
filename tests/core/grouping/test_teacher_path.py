"""The teacher's path: one rotation at a time, each with the ones before as history, walks
through the known design for the class, around students who are away and the class's rules."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerk_desktop.grouping import (
    Rotation,
    RotationRequest,
    make_rotation,
    meeting_metrics,
    partnership_search,
    plain_groups,
    plan_season,
    repeat_lower_bound,
)
from netwerk_desktop.grouping.class_design import class_design

from .strategies import assert_hard_rules_kept


@pytest.fixture(autouse=True)
def fast_pc(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default step caps decide, however busy the machine running the tests is."""
    monkeypatch.setattr(partnership_search, "clock", lambda: 0.0)


def _season(
    roster: list[int],
    rounds: int,
    away: dict[int, tuple[int, ...]] | None = None,
    tell_away: bool = True,
) -> tuple[Rotation, ...]:
    """`rounds` rotations made one at a time, as "New partnerships" makes them."""
    history: tuple[Rotation, ...] = ()
    for number in range(rounds):
        gone = (away or {}).get(number, ())
        request = RotationRequest(
            students=tuple(s for s in roster if s not in gone),
            absent=gone if tell_away else (),
            history=history,
            seed=1009 + number,
        )
        history += (make_rotation(request).rotation,)
    return history


def _repeats(rotations: tuple[Rotation, ...]) -> int:
    return meeting_metrics([plain_groups(r) for r in rotations]).repeated_meetings


@pytest.mark.parametrize(
    ("n", "rounds"), [(16, 5), (20, 5), (24, 7), (28, 9), (32, 10), (40, 13)], ids=str
)
def test_a_whole_class_meets_nobody_twice_rotation_by_rotation(n: int, rounds: int) -> None:
    # Given a class with a known design, when the teacher makes its rotations one at a time
    rotations = _season(list(range(500, 500 + n)), rounds)
    # Then nobody meets anybody twice for as many rotations as the design has rounds
    assert _repeats(rotations) == 0
    # And everyone has met everyone else (the designs for 28 and 40 are complete)
    if n in (16, 28, 40):
        assert meeting_metrics([plain_groups(r) for r in rotations]).fewest_distinct_partners == (
            n - 1
        )


def test_a_class_a_little_smaller_than_a_design_uses_it() -> None:
    # 31 students follow the design for 32 with one place left empty
    assert _repeats(_season(list(range(31)), 10)) == 0


def test_students_away_once_do_not_break_the_rotations_after() -> None:
    # Given a class of 28 with two students away for the third rotation
    away = {2: (3, 17)}
    rotations = _season(list(range(28)), 9, away)
    # Then a few meetings repeat (two fewer students make one group fewer that day), but the
    # repair does not snowball through the rounds after it (35 repeats when it did)
    assert _repeats(rotations) <= 16
    # And the away students were not placed, and are back afterwards
    assert not {3, 17} & {s for g in rotations[2] for p in g for s in p}
    assert {3, 17} <= {s for g in rotations[3] for p in g for s in p}


def test_away_students_keep_their_places_in_the_design() -> None:
    # When the solver is told who is away, its labels for the class stay the same, so the
    # rotations before and after still follow one design; not told, the labels shift that day
    assert class_design(range(1, 29), 4) == class_design((*range(1, 4), *range(5, 29), 4), 4)
    told = _repeats(_season(list(range(28)), 5, {0: (0, 1)}))
    assert told < _repeats(_season(list(range(28)), 5, {0: (0, 1)}, tell_away=False))


def test_a_season_plan_runs_to_the_end_of_the_design() -> None:
    # Planned at once, 40 students in fours get the design's thirteen rounds without a repeat
    season = plan_season(RotationRequest(tuple(range(40)), seed=5), 13)
    assert len(season) == 13
    assert [r.score.repeated_meetings for r in season] == [0] * 13
    # and a fourteenth round repeats no more than it must
    more = plan_season(RotationRequest(tuple(range(40)), seed=5), 14)
    plain = [plain_groups(r.rotation) for r in more]
    assert meeting_metrics(plain).repeated_meetings == repeat_lower_bound(40, plain)


def test_a_design_start_keeps_keep_apart_rules() -> None:
    # Students 0 and 1 share a group in the design's first round; the rule moves one of them
    first = class_design(range(28), 4)
    assert first is not None
    together = next(g for g in first.rounds[0] if 0 in g)
    rule = (0, together[1])
    request = RotationRequest(tuple(range(28)), keep_apart=(rule,), seed=2)
    rotation = make_rotation(request).rotation
    assert_hard_rules_kept(request, rotation)
    assert make_rotation(request).score.rule_violations == 0


@st.composite
def design_classes(draw: st.DrawFn) -> RotationRequest:
    """A class with a known design (or a few students short of one), some away, with rules."""
    n = draw(st.sampled_from([16, 20, 24, 27, 28, 31, 32]))
    roster = list(range(100, 100 + n))
    gone = draw(st.sets(st.sampled_from(roster), max_size=4))
    students = tuple(s for s in roster if s not in gone)
    pairs = list(combinations(roster, 2))
    apart = draw(st.lists(st.sampled_from(pairs), max_size=6, unique=True))
    together = draw(st.lists(st.sampled_from(pairs), max_size=2, unique=True))
    locked = draw(st.lists(st.sampled_from(pairs), max_size=2, unique=True))
    history = _season(roster, draw(st.integers(0, 3)))
    return RotationRequest(
        students=students,
        absent=tuple(sorted(gone)),
        history=history,
        keep_apart=tuple(apart),
        keep_together=tuple(together),
        locked_pairs=tuple(locked),
        seed=draw(st.integers(0, 1000)),
        max_iterations=3000,
        time_budget_s=60,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(design_classes())
def test_a_design_start_keeps_every_hard_rule(request: RotationRequest) -> None:
    from netwerk_desktop.grouping import RulesConflict

    try:
        result = make_rotation(request)
    except RulesConflict as conflict:
        assert conflict.rules
        return
    assert_hard_rules_kept(request, result.rotation)
    assert result.score.rule_violations == 0
