"""The solver uses the history: new partners first, repeats spread, tags balanced, seasons."""

from __future__ import annotations

from netwerk_desktop.grouping import (
    RotationRequest,
    make_rotation,
    meeting_metrics,
    plain_groups,
    plan_season,
)
from netwerk_desktop.grouping.model import Rotation, group_members


def test_partners_never_repeat_while_group_mates_must() -> None:
    # 8 students in two groups of four run out of new group-mates after two rotations, but a
    # new partner is still there for everyone in each of five rotations
    history: tuple[Rotation, ...] = ()
    for seed in range(5):
        result = make_rotation(RotationRequest(tuple(range(8)), history=history, seed=seed))
        assert result.score.repeated_pairs == 0
        history += (result.rotation,)
    assert meeting_metrics([plain_groups(r) for r in history]).repeated_meetings > 0


def test_a_season_of_five_rotations_for_sixteen_meets_nobody_twice() -> None:
    # 16 students in fours can meet fifteen new classmates in five rotations; plan them at once
    season = plan_season(RotationRequest(tuple(range(16)), seed=1, time_budget_s=30), 5)
    assert len(season) == 5
    assert [r.score.repeated_meetings for r in season] == [0] * 5
    metrics = meeting_metrics([plain_groups(r.rotation) for r in season])
    assert metrics.fewest_distinct_partners == 15


def test_a_season_counts_the_history_and_its_own_rotations() -> None:
    first = make_rotation(RotationRequest(tuple(range(12)), seed=2)).rotation
    season = plan_season(RotationRequest(tuple(range(12)), history=(first,), seed=2), 2)
    # the scores count earlier planned rotations as history for the later ones
    everything = [first, *(r.rotation for r in season)]
    total = meeting_metrics([plain_groups(r) for r in everything]).repeated_meetings
    assert sum(r.score.repeated_meetings for r in season) == total


def test_balance_tags_spread_evenly() -> None:
    tags = {s: frozenset({"line a"}) for s in range(0, 16, 2)}
    request = RotationRequest(tuple(range(16)), tags=tags, balance_tags=("line a",), seed=4)
    rotation = make_rotation(request).rotation
    assert [sum(1 for s in group_members(g) if s in tags) for g in rotation] == [2, 2, 2, 2]


def test_unavoidable_repeats_are_spread() -> None:
    # After one rotation of 12 in three groups, each new group of four must hold two students
    # of one old group: three repeats at least, and then everyone still gets two new faces
    first = make_rotation(RotationRequest(tuple(range(12)), seed=5)).rotation
    result = make_rotation(RotationRequest(tuple(range(12)), history=(first,), seed=5))
    assert result.score.repeated_meetings == 3
    assert result.score.fewest_new_partners == 2
