"""Make the next rotation of a class, or plan several at once."""

from __future__ import annotations

import random
from dataclasses import replace

from netwerk_desktop.grouping import partnership_search
from netwerk_desktop.grouping.class_design import class_design, preferred_groups
from netwerk_desktop.grouping.class_problem import build_problem
from netwerk_desktop.grouping.meetings import MeetingHistory, meeting_history, score_against
from netwerk_desktop.grouping.model import (
    Rotation,
    RotationRequest,
    RotationResult,
    make_rotation_value,
)
from netwerk_desktop.grouping.partnership_search import PartnershipSearch, SearchLimits
from netwerk_desktop.grouping.placement import Arrangement, explain, place
from netwerk_desktop.grouping.problem import Problem

# Search steps per student: enough for a class without a known design.
ITERATIONS_PER_STUDENT = 800
# The slowest PC on which a seed still gives the same result: the step cap is what such a PC
# does in BUDGET_SHARE of the time budget, so the cap decides and the clock never does. The
# development machine does some 130,000 steps a second alone and 50,000 while the team's test
# runs share its two cores; this is a PC five times slower than it alone.
SLOW_PC_STEPS_PER_SECOND = 25_000
BUDGET_SHARE = 0.8  # the rest of the budget: building the problem, placing, the results


def step_cap(students: int, time_budget_s: float) -> int:
    """Search steps for one rotation: by the size of the class, at most what a slow PC does
    within the budget."""
    by_size = ITERATIONS_PER_STUDENT * max(students, 1)
    by_budget = int(time_budget_s * BUDGET_SHARE * SLOW_PC_STEPS_PER_SECOND)
    return max(1, min(by_size, by_budget))


def make_rotation(request: RotationRequest) -> RotationResult:
    """The next rotation for the present students, keeping every hard rule.
    Raises RulesConflict naming the rules that cannot all be kept."""
    return plan_season(request, 1)[0]


def plan_season(request: RotationRequest, rounds: int) -> tuple[RotationResult, ...]:
    """`rounds` rotations, each made as the teacher would make it next, with the ones planned
    before it as history, so the later ones still bring new partners. Every rotation follows
    the request's mode and rules (kept pairs and groups are those of `request.current`); the
    time budget and any step cap are shared out. Re-plan by calling again with the rotations
    that actually happened as history."""
    if rounds < 0:
        raise ValueError(f"plan_season needs rounds >= 0, got {rounds}")
    if rounds == 0:
        build_problem(request)  # the same checks of the request
        return ()
    steps = request.max_iterations
    share = replace(
        request,
        time_budget_s=request.time_budget_s / rounds,
        max_iterations=None if steps is None else max(1, steps // rounds),
    )
    planned: list[Rotation] = []
    for number in range(rounds):
        history = (*request.history, *planned)
        planned.append(_next_rotation(replace(share, history=history, seed=request.seed + number)))
    return _results(request, planned)


def _next_rotation(request: RotationRequest) -> Rotation:
    deadline = partnership_search.clock() + request.time_budget_s
    problem = build_problem(request)
    rng = random.Random(request.seed)
    if place(problem, rng) is None:
        raise explain(problem, rng)
    history = meeting_history(request.history)
    design, ahead = _design_start(request, problem, history, rng)
    search = PartnershipSearch(problem, history, ahead)
    iterations = request.max_iterations
    if iterations is None:
        iterations = step_cap(problem.n, request.time_budget_s)
    arrangement = search.run(rng, SearchLimits(iterations, deadline), design)
    if arrangement is None:
        raise explain(problem, rng)
    return make_rotation_value(
        [[problem.ids[s] for s in slot] for slot in group] for group in arrangement
    )


def _design_start(
    request: RotationRequest, problem: Problem, history: MeetingHistory, rng: random.Random
) -> tuple[Arrangement | None, list[tuple[int, int]]]:
    """An arrangement close to the class's next design round, for a full rotation of a class
    with a known design, and the pairs its later rounds bring together; None otherwise ("new
    groups" keeps pairs and "new pairs" keeps groups, which no design of students describes)."""
    if request.mode != "full" or problem.fixed_group:
        return None, []
    design = class_design((*request.students, *request.absent), request.group_size)
    if design is None:
        return None, []
    groups = design.next_round(request.students, history, request.keep_apart)
    index = {s: i for i, s in enumerate(problem.ids)}
    # Groups balanced by tags need meetings the design puts elsewhere (it cannot be kept whole
    # and balanced at once), so then its later rounds are not kept clean at balance's cost.
    balancing = problem.tag_count and any(problem.tags)
    ahead = [] if balancing else sorted(design.ahead(request.students, history, groups))
    return (
        place(problem, rng, preferred_groups(groups, problem.layout, index)),
        [(index[a], index[b]) for a, b in ahead],
    )


def _results(request: RotationRequest, rotations: list[Rotation]) -> tuple[RotationResult, ...]:
    counts = meeting_history(request.history)
    results: list[RotationResult] = []
    for rotation in rotations:
        score = score_against(rotation, counts, request.keep_apart, request.keep_together)
        counts.add(rotation, len(request.history) + len(results))
        results.append(RotationResult(rotation, score))
    return tuple(results)
