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
from netwerk_desktop.services.partnership_records import RotationChoices

if TYPE_CHECKING:
    from netwerk_desktop.services.partnership_making import PartnershipPlanner


@dataclass(frozen=True)
class ProposalOrder:
    """What the teacher asked for, for which class: plain values the worker can carry."""

    class_id: int
    choices: RotationChoices


@dataclass(frozen=True)
class BoardProposal:
    order: ProposalOrder
    rotation: Rotation
    score: Score
    warnings: tuple[RotationWarning, ...]
    seed: int


def make_proposal(planner: PartnershipPlanner, order: ProposalOrder) -> BoardProposal:
    """Raises grouping.RulesConflict when the class's rules cannot all be kept."""
    proposal = planner.propose(order.class_id, order.choices)
    return BoardProposal(order, proposal.rotation, proposal.score, proposal.warnings, proposal.seed)
