"""Plain groups for synthetic students: shapes, determinism and the lower bound."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.grouping import meeting_metrics, plan_groups, repeat_lower_bound
from netwerk_desktop.grouping.planning import group_sizes

FEW_STEPS = 300  # a small iteration cap keeps these tests fast and independent of machine speed


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 26),
    size=st.integers(2, 5),
    rounds=st.integers(0, 4),
    seed=st.integers(0, 10_000),
)
def test_every_student_in_exactly_one_group_per_round(
    n: int, size: int, rounds: int, seed: int
) -> None:
    schedule = plan_groups(n, size, rounds, seed, time_budget_s=30, max_iterations=FEW_STEPS)
    assert len(schedule) == rounds
    for groups in schedule:
        assert sorted(s for g in groups for s in g) == list(range(n))
        assert sorted(len(g) for g in groups) == sorted(group_sizes(n, size))
    metrics = meeting_metrics(schedule)
    assert metrics.repeated_meetings >= repeat_lower_bound(n, schedule)


@settings(max_examples=15, deadline=None)
@given(n=st.integers(5, 22), size=st.integers(2, 4), seed=st.integers(0, 10_000))
def test_same_seed_same_schedule(n: int, size: int, seed: int) -> None:
    first = plan_groups(n, size, 3, seed, time_budget_s=30, max_iterations=FEW_STEPS)
    again = plan_groups(n, size, 3, seed, time_budget_s=30, max_iterations=FEW_STEPS)
    assert first == again


def test_group_sizes_spread_a_remainder() -> None:
    assert group_sizes(30, 4) == [5, 5, 4, 4, 4, 4, 4]  # two groups of 5
    assert group_sizes(29, 2) == [3] + [2] * 13  # one trio
    assert group_sizes(11, 4) == [4, 4, 3]  # too few groups to take 3 extra
    assert group_sizes(3, 4) == [3]
    assert group_sizes(0, 4) == []


def test_rounds_beyond_a_design_repeat_no_more_than_the_lower_bound() -> None:
    # 28 in fours meet everyone in 9 rounds; a tenth round can only repeat
    schedule = plan_groups(28, 4, 10)
    assert meeting_metrics(schedule).repeated_meetings == repeat_lower_bound(28, schedule) == 42


def test_search_reaches_zero_repeats_where_it_is_easy() -> None:
    # 12 students in threes for 3 rounds: no design stored, the search finds one without repeats
    schedule = plan_groups(12, 3, 3, seed=5, time_budget_s=30, max_iterations=2000)
    assert meeting_metrics(schedule).repeated_meetings == 0


def test_odd_pairs_get_one_trio_and_few_repeats() -> None:
    schedule = plan_groups(9, 2, 4, seed=1, time_budget_s=30, max_iterations=2000)
    for groups in schedule:
        assert sorted(len(g) for g in groups) == [2, 2, 2, 3]
    assert meeting_metrics(schedule).repeated_meetings == 0


@pytest.mark.parametrize(("n", "size", "rounds"), [(0, 4, 1), (10, 1, 1), (10, 4, -1)])
def test_bad_arguments_are_refused(n: int, size: int, rounds: int) -> None:
    with pytest.raises(ValueError, match="plan_groups"):
        plan_groups(n, size, rounds)
