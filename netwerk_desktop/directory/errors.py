"""What can go wrong with the directory, as codes and facts."""

from __future__ import annotations

from enum import StrEnum

from netwerk_desktop.errors import ErrorCode, NetwerkError


class DirectoryProblem(StrEnum):
    NO_NAME = "no_name"
    TOO_LONG = "too_long"  # `field`, `limit`
    BAD_AGES = "bad_ages"  # `low`, `high`
    CHECKED_IN_FUTURE = "checked_in_future"
    HELP_ROLE_TAKEN = "help_role_taken"  # `role`
    NOT_FOUND = "not_found"
    NO_NAME_COLUMN = "no_name_column"  # `path`
    UNREADABLE_FILE = "unreadable_file"  # `path`, `reason`
    NOT_WRITTEN = "not_written"  # `path`, `reason`


class DirectoryError(NetwerkError):
    code = ErrorCode.INVALID_VALUE

    def __init__(self, problem: DirectoryProblem, message: str, **facts: object) -> None:
        super().__init__(message, problem=problem, **facts)
        self.problem = problem
        self.facts = facts
