"""Asking the solver for a proposal from the board (run in the background, no widgets here).

The planner builds the request from the class's data; the board then takes the place of the
saved partnerships as the starting point, so pins and "same pairs" / "same groups" mean what
the teacher sees, also on a proposal that is not saved yet.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from netwerk_desktop.grouping import RotationWarning, Score, make_rotation, rotation_warnings
from netwerk_desktop.grouping.model import Rotation

if TYPE_CHECKING:
    from netwerk_desktop.services.partnership_making import PartnershipPlanner


@dataclass(frozen=True)
class ProposalOrder:
    """What the teacher asked for: everything the worker needs, as plain values."""

    class_id: int
    mode: str  # full | new_groups | new_pairs
    base: Rotation | None  # the rotation on the board
    away: tuple[int, ...] = ()
    balance_tags: tuple[str, ...] = ()
    pins: tuple[int, ...] = ()
    group_size: int = 4
    seed: int | None = None  # None: the class's own seed for its next rotation
    time_budget_s: float = 1.0


@dataclass(frozen=True)
class BoardProposal:
    order: ProposalOrder
    rotation: Rotation
    score: Score
    warnings: tuple[RotationWarning, ...]
    seed: int


def make_proposal(planner: PartnershipPlanner, order: ProposalOrder) -> BoardProposal:
    """Raises grouping.RulesConflict when the class's rules cannot all be kept."""
    request = planner.request(
        order.class_id,
        mode="full",  # the mode is set below, against the board rather than the saved rotation
        absent=order.away,
        balance_tags=order.balance_tags,
        group_size=order.group_size,
        seed=order.seed,
        time_budget_s=order.time_budget_s,
    )
    here = set(request.students)
    base = None if order.base is None else present_only(order.base, here)
    request = replace(
        request,
        mode=order.mode,  # type: ignore[arg-type]
        current=base or None,
        locked_students=tuple(s for s in order.pins if s in here) if base else (),
    )
    result = make_rotation(request)
    warnings = rotation_warnings(
        result.rotation,
        request.history,
        request.keep_apart,
        request.keep_together,
        request.group_size,
    )
    return BoardProposal(order, result.rotation, result.score, warnings, request.seed)


def present_only(rotation: Rotation, here: Collection[int]) -> Rotation:
    """The rotation without the students who are not placed today."""
    groups = []
    for group in rotation:
        pairs = tuple(p for p in (tuple(s for s in pair if s in here) for pair in group) if p)
        if pairs:
            groups.append(pairs)
    return tuple(groups)
