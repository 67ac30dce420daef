"""What can be wrong when planning an event, as codes and facts (the UI says it in words)."""

from __future__ import annotations

from enum import StrEnum

from netwerk_desktop.errors import NetwerkError


class EventProblem(StrEnum):
    NO_TITLE = "no_title"
    TEXT_TOO_LONG = "text_too_long"  # `limit`: the most characters allowed
    NO_CLASSES = "no_classes"  # an event needs at least one class taking part
    UNKNOWN_CLASS = "unknown_class"
    NOT_IN_EVENT = "not_in_event"  # a student whose class does not take part
    NO_GUEST_NAME = "no_guest_name"
    BAD_BLOCK = "bad_block"  # a programme block without a title, or minutes out of range
    TOO_FEW_TO_GROUP = "too_few_to_group"  # `limit`: the fewest students groups need
    BAD_TALLY = "bad_tally"  # hands up more than students asked, or negative
    GROUPS_REMOVED = "groups_removed"  # the follow-up is over; the groups were deleted


class ProblemError(NetwerkError):
    """A problem code with one fact (`detail`) and a number (`limit`); `str()` is the English
    sentence the command line prints."""

    where = "here"

    def __init__(self, problem: StrEnum, detail: str = "", limit: int = 0) -> None:
        super().__init__(
            f"Cannot do that {self.where}: {problem.value.replace('_', ' ')}"
            + (f" ({detail})" if detail else "")
            + ".",
            problem=problem,
            detail=detail,
            limit=limit,
        )
        self.detail = detail
        self.limit = limit


class EventError(ProblemError):
    where = "with this event"

    def __init__(self, problem: EventProblem, detail: str = "", limit: int = 0) -> None:
        super().__init__(problem, detail, limit)
        self.problem = problem
