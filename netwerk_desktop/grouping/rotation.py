"""Make the next rotation of a class, or plan several at once."""

from __future__ import annotations

import random
import time

from netwerk_desktop.grouping.class_problem import build_problem
from netwerk_desktop.grouping.meetings import meeting_history, score_against
from netwerk_desktop.grouping.model import RotationRequest, RotationResult, make_rotation_value
from netwerk_desktop.grouping.partnership_search import PartnershipSearch, SearchLimits
from netwerk_desktop.grouping.placement import Arrangement, explain, place
from netwerk_desktop.grouping.problem import Problem

# Search steps per student and planned rotation: the cap that keeps a seed's result the same on
# every machine; the time budget only cuts in on machines too slow to reach it.
ITERATIONS_PER_STUDENT = 800


def make_rotation(request: RotationRequest) -> RotationResult:
    """The next rotation for the present students, keeping every hard rule.
    Raises RulesConflict naming the rules that cannot all be kept."""
    return plan_season(request, 1)[0]


def plan_season(request: RotationRequest, rounds: int) -> tuple[RotationResult, ...]:
    """`rounds` rotations planned together, so the later ones still bring new partners.
    Every rotation follows the request's mode and rules; re-plan by calling again with the
    rotations that actually happened as history. The step cap grows with `rounds`: give a
    season about 0.6 s per rotation (30 students) or its result depends on machine speed."""
    if rounds < 0:
        raise ValueError(f"plan_season needs rounds >= 0, got {rounds}")
    deadline = time.perf_counter() + request.time_budget_s
    problem = build_problem(request)
    rng = random.Random(request.seed)
    if rounds == 0:
        return ()
    if place(problem, rng) is None:
        raise explain(problem, rng)
    search = PartnershipSearch(problem, meeting_history(request.history))
    iterations = request.max_iterations
    if iterations is None:
        iterations = ITERATIONS_PER_STUDENT * max(problem.n, 1) * rounds
    limits = SearchLimits(iterations, deadline)
    arrangements = search.run(rounds, rng, limits)
    if arrangements is None:
        raise explain(problem, rng)
    return _results(request, problem, arrangements)


def _results(
    request: RotationRequest, problem: Problem, arrangements: list[Arrangement]
) -> tuple[RotationResult, ...]:
    counts = meeting_history(request.history)
    results: list[RotationResult] = []
    for arrangement in arrangements:
        rotation = make_rotation_value(
            [[problem.ids[s] for s in slot] for slot in group] for group in arrangement
        )
        score = score_against(rotation, counts, request.keep_apart, request.keep_together)
        counts.add(rotation, len(request.history) + len(results))
        results.append(RotationResult(rotation, score))
    return tuple(results)
