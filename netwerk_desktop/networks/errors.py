"""What can go wrong on the board, as codes and facts; the UI says it in the teacher's words."""

from __future__ import annotations

from enum import StrEnum

from netwerk_desktop.errors import ErrorCode, NetwerkError


class BoardProblem(StrEnum):
    NO_BOARD = "no_board"  # the class has no open board
    ALREADY_OPEN = "already_open"  # `closes_on`: the open board's closing date
    CLOSED = "closed"  # the board is closed: nothing can be added or changed
    CLOSING_DATE_PAST = "closing_date_past"
    BAD_CODE = "bad_code"  # `code`, `letters`: the letters a code is made of
    CODE_TAKEN = "code_taken"  # `code`, `kind`: the code already has a need (or offer)
    EMPTY_TEXT = "empty_text"
    TEXT_TOO_LONG = "text_too_long"  # `limit`
    NAME_IN_TEXT = "name_in_text"  # `names`: the class-list names found in the text
    NOT_A_PAIR = "not_a_pair"  # a match is one need and one offer
    SAME_CODE = "same_code"  # a slip's need cannot be met by its own offer
    NOT_POSTED = "not_posted"  # `code`: only items on the board can be matched
    ALREADY_MATCHED = "already_matched"
    NOT_FOUND = "not_found"  # `what`: board, item or match


class BoardError(NetwerkError):
    code = ErrorCode.INVALID_VALUE

    def __init__(self, problem: BoardProblem, message: str, **facts: object) -> None:
        super().__init__(message, problem=problem, **facts)
        self.problem = problem
        self.facts = facts
