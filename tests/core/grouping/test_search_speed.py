"""Same seed, same result on any PC at least as fast as promised; the costs kept move by move
are exactly the costs counted from scratch."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from netwerk_desktop.grouping import Rotation, RotationRequest, make_rotation, plan_season
from netwerk_desktop.grouping import partnership_search as search_module
from netwerk_desktop.grouping.class_problem import build_problem
from netwerk_desktop.grouping.meetings import meeting_history
from netwerk_desktop.grouping.partnership_search import CLOCK_EVERY, PartnershipSearch
from netwerk_desktop.grouping.placement import place
from netwerk_desktop.grouping.rotation import SLOW_PC_STEPS_PER_SECOND


class PlayedClock:
    """The clock of a PC that does `rate` search steps a second. The search reads it once at
    the start and then once every CLOCK_EVERY steps, so each reading moves it on by that much
    work; rate None plays a PC so fast that no time passes."""

    def __init__(self, rate: float | None) -> None:
        self.now = 0.0
        self.tick = 0.0 if rate is None else CLOCK_EVERY / rate
        self.readings = 0

    def __call__(self) -> float:
        self.readings += 1
        self.now += self.tick
        return self.now


def _class_without_design(budget: float) -> RotationRequest:
    """35 students after 12 rotations: no design is known and repeats cannot be avoided, so
    the search runs its whole step cap."""
    history: tuple[Rotation, ...] = ()
    for seed in range(12):
        request = RotationRequest(tuple(range(35)), history=history, seed=seed, max_iterations=500)
        history += (make_rotation(request).rotation,)
    return RotationRequest(tuple(range(35)), history=history, seed=11, time_budget_s=budget)


def _on(monkeypatch: pytest.MonkeyPatch, clock: PlayedClock, solve: Callable[[], object]) -> object:
    monkeypatch.setattr(search_module, "clock", clock)
    return solve()


@pytest.mark.parametrize("budget", [0.05, 0.3, 1.0])
def test_a_slow_pc_gets_the_same_rotation(monkeypatch: pytest.MonkeyPatch, budget: float) -> None:
    request = _class_without_design(budget)
    # Given the rotation an infinitely fast PC makes
    fast = _on(monkeypatch, PlayedClock(None), lambda: make_rotation(request))
    # When the slowest PC we promise makes it, with a tiny budget or the usual one
    clock = PlayedClock(SLOW_PC_STEPS_PER_SECOND)
    slow = _on(monkeypatch, clock, lambda: make_rotation(request))
    # Then the search ran on to its cap (it read the clock every CLOCK_EVERY steps, so on its
    # last readings the budget was nearly spent), and the step cap decided: the same rotation
    assert clock.now > 0.7 * budget
    assert slow == fast


def test_a_slow_pc_gets_the_same_season(monkeypatch: pytest.MonkeyPatch) -> None:
    request = _class_without_design(0.6)
    fast = _on(monkeypatch, PlayedClock(None), lambda: plan_season(request, 3))
    slow = _on(monkeypatch, PlayedClock(SLOW_PC_STEPS_PER_SECOND), lambda: plan_season(request, 3))
    assert slow == fast


def test_a_pc_far_too_slow_is_stopped_by_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # The budget still guards a PC three times slower than promised (so this test can fail:
    # the played clock does cut the search short)
    request = _class_without_design(1.0)
    fast, too_slow = PlayedClock(None), PlayedClock(SLOW_PC_STEPS_PER_SECOND / 3)
    _on(monkeypatch, fast, lambda: make_rotation(request))
    _on(monkeypatch, too_slow, lambda: make_rotation(request))
    assert too_slow.readings < fast.readings / 2


def test_costs_kept_move_by_move_equal_the_costs_counted_from_scratch() -> None:
    # Given a class with history, rules, locked pairs and balanced tags
    history: tuple[Rotation, ...] = ()
    for seed in range(3):
        request = RotationRequest(tuple(range(30)), history=history, seed=seed, max_iterations=800)
        history += (make_rotation(request).rotation,)
    tags = {s: frozenset({"a"} if s % 3 else {"b"}) for s in range(30)}
    request = RotationRequest(
        tuple(range(30)),
        history=history,
        keep_apart=((1, 2), (3, 4)),
        keep_together=((5, 6),),
        locked_pairs=((7, 8), (9, 10, 11)),
        tags=tags,
        balance_tags=("a", "b"),
    )
    problem = build_problem(request)
    rng = random.Random(4)
    search = PartnershipSearch(problem, meeting_history(history), ahead=[(12, 13), (14, 20)])
    start = place(problem, rng)
    assert start is not None
    search._start(start)
    layer = search.layer
    cost = search.total_cost()
    # When thousands of moves are made, and some taken back
    for step in range(5000):
        moves = search._propose(layer, rng)
        if not moves or not search._allowed(layer, moves):
            continue
        if len(moves) == 2 and moves[0][1] == moves[1][2]:
            priced = search._swap_delta(layer, moves[0][0], moves[1][0])
            made = search._move(layer, moves)
            assert priced == pytest.approx(made)
            cost += made
        else:
            cost += search._move(layer, moves)
            if step % 2:
                cost += search._move(layer, [(s, to, frm) for s, frm, to in moves])
        # Then the kept cost is the cost counted again from nothing
        if step % 500 == 0:
            assert cost == pytest.approx(search.total_cost())
    assert cost == pytest.approx(search.total_cost())
