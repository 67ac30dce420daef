"""Making partnerships with the solver: a proposal for the board, a season plan, the warnings
of a hand-adjusted rotation, a student back from absence, and who has met whom.

Proposals are not saved: the teacher looks, adjusts on the board, and saves. The solver is
imported here and nowhere on the start-up path.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from netwerk_desktop.errors import Field, InvalidValue, NotFound, Problem
from netwerk_desktop.grouping import (
    RotationRequest,
    RotationWarning,
    Score,
    make_rotation,
    place_returning,
    plan_season,
    rotation_warnings,
    score_rotation,
)
from netwerk_desktop.grouping.model import Rotation as SolverRotation
from netwerk_desktop.services.partnership_history import meeting_matrix, partner_history
from netwerk_desktop.services.partnership_records import (
    MAX_SEASON,
    MeetingMatrix,
    PartnerHistoryRow,
    RotationChoices,
    RotationView,
)
from netwerk_desktop.services.partnerships import PartnershipsService, to_solver
from netwerk_desktop.services.roster import RosterService

MODES = ("full", "new_groups", "new_pairs")
GROUP_SIZES = (2, 4)


@dataclass(frozen=True)
class Proposal:
    """A rotation the solver suggests, with its score and anything worth a warning."""

    class_id: int
    rotation: SolverRotation
    score: Score
    warnings: tuple[RotationWarning, ...]
    mode: str
    group_size: int
    seed: int


class PartnershipPlanner:
    def __init__(self, partnerships: PartnershipsService, roster: RosterService) -> None:
        self._partnerships = partnerships
        self._roster = roster

    def request(self, class_id: int, choices: RotationChoices | None = None) -> RotationRequest:
        """What the solver needs for this class now: the active students who are here, the
        whole history, the class's rules and the teacher's choices. The choices' `base` is
        the rotation to keep pairs or groups of, and to lock students in (the board's, saved
        or not); by default the class's current one."""
        choices = choices or RotationChoices()
        mode, group_size, base = choices.mode, choices.group_size, choices.base
        if mode not in MODES:
            raise InvalidValue(Field.MODE, mode, "use " + ", ".join(MODES), Problem.NOT_A_CHOICE)
        if group_size not in GROUP_SIZES:
            raise InvalidValue(
                Field.GROUP_SIZE,
                group_size,
                "use 2 (pairs) or 4 (groups of pairs)",
                Problem.NOT_A_CHOICE,
            )
        students = self._roster.list_students(class_id, include_inactive=False)
        away = set(choices.absent)
        present = tuple(s.id for s in students if s.id not in away)
        history = self._partnerships.solver_history(class_id)
        if base is None:
            saved = self._partnerships.current_rotation(class_id)
            base = None if saved is None else to_solver(saved)
        if mode != "full" and base is None:
            raise NotFound("rotation", str(class_id))
        apart, together = self._partnerships.rule_pairs(class_id)
        seed = choices.seed
        here = set(present)
        return RotationRequest(
            students=present,
            absent=tuple(s.id for s in students if s.id in away),
            history=history,
            mode=mode,
            current=None if base is None else present_only(base, here),
            keep_apart=tuple(p for p in apart if set(p) <= here),
            keep_together=tuple(p for p in together if set(p) <= here),
            locked_pairs=tuple(tuple(sorted(p)) for p in choices.locked_pairs if set(p) <= here),
            locked_students=tuple(s for s in choices.locked_students if s in here) if base else (),
            tags={s.id: frozenset(s.tags) for s in students},
            balance_tags=tuple(choices.balance_tags),
            group_size=group_size,
            seed=self.default_seed(class_id, len(history)) if seed is None else seed,
            time_budget_s=choices.time_budget_s,
        )

    @staticmethod
    def default_seed(class_id: int, rotations_so_far: int) -> int:
        """The same class and rotation give the same proposal; "try another" adds one."""
        return class_id * 1009 + rotations_so_far

    def propose(self, class_id: int, choices: RotationChoices | None = None) -> Proposal:
        """Raises grouping.RulesConflict when the rules cannot all be kept."""
        request = self.request(class_id, choices)
        result = make_rotation(request)
        warnings = rotation_warnings(
            result.rotation,
            request.history,
            request.keep_apart,
            request.keep_together,
            request.group_size,
        )
        return Proposal(
            class_id,
            result.rotation,
            result.score,
            warnings,
            request.mode,
            request.group_size,
            request.seed,
        )

    def plan_season(
        self, class_id: int, rounds: int, choices: RotationChoices | None = None
    ) -> list[RotationView]:
        """Plan the next `rounds` rotations together and store them as the class's plan."""
        if not 1 <= rounds <= MAX_SEASON:
            raise InvalidValue(
                Field.ROTATIONS,
                rounds,
                f"plan 1 to {MAX_SEASON} at a time",
                Problem.OUT_OF_RANGE,
                MAX_SEASON,
            )
        request = self.request(class_id, choices)
        results = plan_season(request, rounds)
        return self._partnerships.replace_plan(
            class_id,
            [r.rotation for r in results],
            kind=request.mode,
            group_size=request.group_size,
            seed=request.seed,
        )

    def check(
        self, class_id: int, rotation: SolverRotation, group_size: int = 4
    ) -> tuple[Score, tuple[RotationWarning, ...]]:
        """Score and live warnings of a rotation the teacher adjusted on the board."""
        history = self._partnerships.solver_history(class_id)
        apart, together = self._partnerships.rule_pairs(class_id)
        return (
            score_rotation(rotation, history, apart, together),
            rotation_warnings(rotation, history, apart, together, group_size),
        )

    def place_returning(self, class_id: int, student_id: int) -> RotationView:
        """A student back from absence joins the current partnerships where they fit best."""
        current = self._partnerships.current_rotation(class_id)
        if current is None:
            raise NotFound("rotation", str(class_id))
        history = self._partnerships.solver_history(class_id)[:-1]
        apart, together = self._partnerships.rule_pairs(class_id)
        placed = place_returning(to_solver(current), student_id, history, apart, together)
        return self._partnerships.replace_members(current.id, placed)

    # Who has met whom ------------------------------------------------------------------------

    def meetings(self, class_id: int) -> MeetingMatrix:
        rotations = self._partnerships.list_rotations(class_id, include_planned=False)
        students = self._roster.list_students(class_id, include_inactive=False)
        return meeting_matrix(students, rotations)

    def partner_history(self, class_id: int, student_id: int) -> list[PartnerHistoryRow]:
        rotations = self._partnerships.list_rotations(class_id, include_planned=False)
        return partner_history(rotations, student_id)


def present_only(rotation: SolverRotation, here: Collection[int]) -> SolverRotation:
    """A rotation without today's absent students (the solver places who is here)."""
    groups = []
    for group in rotation:
        pairs = tuple(p for p in (tuple(s for s in pair if s in here) for pair in group) if p)
        if pairs:
            groups.append(pairs)
    return tuple(groups)
