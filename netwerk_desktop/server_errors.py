"""What can go wrong with the school server, as codes and facts (the UI says it in words)."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from netwerk_desktop.errors import NetwerkError


class ServerProblem(StrEnum):
    UNREACHABLE = "unreachable"  # detail: what libpq said
    NOT_SET_UP = "not_set_up"  # the database has no Netwerk schema yet: IT runs `server init`
    OLDER_SCHEMA = "older_schema"  # detail: the schema found; IT runs `server init` to upgrade
    NEWER_SCHEMA = "newer_schema"  # detail: the schema found; update Netwerk Desktop
    NOT_ALLOWED = "not_allowed"  # the server's access rules refused it
    BAD_ADDRESS = "bad_address"  # detail: the address as typed (without a password)
    PASSWORD_IN_ADDRESS = "password_in_address"  # never stored: use pgpass or type it at start
    TOOL_MISSING = "tool_missing"  # detail: pg_dump, not found
    TOOL_FAILED = "tool_failed"  # detail: what the tool said


class ServerError(NetwerkError):
    """`str()` is the English sentence the command line prints."""

    _ENGLISH: ClassVar[dict[ServerProblem, str]] = {
        ServerProblem.UNREACHABLE: "The school server cannot be reached ({detail}).",
        ServerProblem.NOT_SET_UP: "The school server's database is not set up for Netwerk"
        " Desktop yet: the school's IT runs `server init`.",
        ServerProblem.OLDER_SCHEMA: "The school server's database has an older schema"
        " ({detail}): the school's IT runs `server init` to upgrade it.",
        ServerProblem.NEWER_SCHEMA: "The school server's database was set up by a newer"
        " Netwerk Desktop (schema {detail}): update Netwerk Desktop on this PC.",
        ServerProblem.NOT_ALLOWED: "The school server does not allow this for your account"
        " ({detail}).",
        ServerProblem.BAD_ADDRESS: "{detail} is not a PostgreSQL address: use"
        " postgresql://server/database or postgresql:///?service=NAME.",
        ServerProblem.PASSWORD_IN_ADDRESS: "The address contains a password. Netwerk Desktop"
        " never stores passwords: leave it out and use a pgpass file or type it at start.",
        ServerProblem.TOOL_MISSING: "{detail} is not installed on this PC (Debian: apt-get"
        " install postgresql-client).",
        ServerProblem.TOOL_FAILED: "The backup could not be made: {detail}",
    }

    def __init__(self, problem: ServerProblem, detail: str = "") -> None:
        super().__init__(
            self._ENGLISH[problem].format(detail=detail), problem=problem, detail=detail
        )
        self.problem = problem
        self.detail = detail


class EditedPart(StrEnum):
    """What of a class a save changes (the optimistic check names it)."""

    ROSTER = "roster"
    CHARTER = "charter"
    PARTNERSHIPS = "partnerships"


class EditConflict(NetwerkError):
    """Someone else changed this class since it was shown: reload, then make the change again."""

    def __init__(self, class_name: str, part: str, by: str, seen: int, now: int) -> None:
        who = by or "someone else"
        super().__init__(
            f"While you were editing, {who} changed the {part} of {class_name}."
            " Nothing of yours was saved over it: reload to see their change, then make yours"
            " again.",
            class_name=class_name,
            part=part,
            by=by,
        )
        self.class_name = class_name
        self.part = part
        self.by = by
        self.seen = seen
        self.now = now
