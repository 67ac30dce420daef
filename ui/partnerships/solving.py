"""Asking the solver for a proposal from the board (run in the background, no widgets here).

The planner builds the request from the class's data; the board then takes the place of the
saved partnerships as the starting point, so pins and "same pairs" / "same groups" mean what
the teacher sees, also on a proposal that is not saved yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netwerk_desktop.grouping import RotationWarning, Score
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
    proposal = planner.propose(
        order.class_id,
        mode=order.mode,
        base=order.base,
        absent=order.away,
        balance_tags=order.balance_tags,
        locked_students=order.pins,
        group_size=order.group_size,
        seed=order.seed,
        time_budget_s=order.time_budget_s,
    )
    return BoardProposal(order, proposal.rotation, proposal.score, proposal.warnings, proposal.seed)
