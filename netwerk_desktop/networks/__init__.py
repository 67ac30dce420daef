"""The needs-and-offers board of a class: slips with codes, moderation, matches, and closing
that keeps only counts. Nothing here refers to a student. The values, codes and name
screening live here; the use cases are `services/board.py`."""

from netwerk_desktop.networks.errors import BoardError, BoardProblem
from netwerk_desktop.networks.records import (
    BoardSummary,
    BoardTally,
    BoardView,
    Category,
    ClassBoardView,
    ClosingReport,
    ItemKind,
    ItemStatus,
    ItemView,
    MatchView,
    NotPostedReason,
    Shown,
)

__all__ = [
    "BoardError",
    "BoardProblem",
    "BoardSummary",
    "BoardTally",
    "BoardView",
    "Category",
    "ClassBoardView",
    "ClosingReport",
    "ItemKind",
    "ItemStatus",
    "ItemView",
    "MatchView",
    "NotPostedReason",
    "Shown",
]
