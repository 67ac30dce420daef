"""The partnership solver: pairs inside groups that rotate so everyone meets everyone.

Qt-free and deterministic for a given seed (and time budget) on any PC down to
rotation.SLOW_PC_STEPS_PER_SECOND. Start with make_rotation (one rotation for a class, started
from the known design for the class size, see class_design), plan_season (several at once),
rotation_warnings and place_returning (for the board), and plan_groups / meeting_metrics
(plain groups for synthetic students, used by the benchmark).
"""

from netwerk_desktop.grouping.board_warnings import RotationWarning, WarningKind, rotation_warnings
from netwerk_desktop.grouping.conflicts import ConflictKind, Rule, RuleKind, RulesConflict
from netwerk_desktop.grouping.meetings import score_rotation
from netwerk_desktop.grouping.metrics import Metrics, meeting_metrics, repeat_lower_bound
from netwerk_desktop.grouping.model import (
    Group,
    Pair,
    Rotation,
    RotationRequest,
    RotationResult,
    Score,
    StudentId,
    plain_groups,
)
from netwerk_desktop.grouping.planning import plan_groups
from netwerk_desktop.grouping.returning import place_returning
from netwerk_desktop.grouping.rotation import make_rotation, plan_season

# The brief's name for a board warning; RotationWarning avoids shadowing the built-in Warning.
Warning = RotationWarning

__all__ = [
    "ConflictKind",
    "Group",
    "Metrics",
    "Pair",
    "Rotation",
    "RotationRequest",
    "RotationResult",
    "RotationWarning",
    "Rule",
    "RuleKind",
    "RulesConflict",
    "Score",
    "StudentId",
    "Warning",
    "WarningKind",
    "make_rotation",
    "meeting_metrics",
    "place_returning",
    "plain_groups",
    "plan_groups",
    "plan_season",
    "repeat_lower_bound",
    "rotation_warnings",
    "score_rotation",
]
