"""Errors a teacher or an administrator can meet, as structured values.

The core holds no translated text: each error carries a code and its parameters, the UI turns
them into a sentence in the teacher's language, and `str()` gives the English sentence the
command line prints.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    DATA_DIR_IN_USE = "data_dir_in_use"
    DATABASE_NEWER = "database_newer"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_LOCKED = "database_locked"
    DISK_FULL = "disk_full"
    NOT_A_BACKUP = "not_a_backup"
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"
    ALREADY_EXISTS = "already_exists"
    INVALID_VALUE = "invalid_value"
    READ_ONLY = "read_only"
    PATH_TOO_LONG = "path_too_long"


class NetwerkError(Exception):
    """Base of every error the core reports to a person. `params` feed the translated text."""

    code: ErrorCode = ErrorCode.INVALID_VALUE

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.params: dict[str, object] = params


class DataDirInUse(NetwerkError):
    code = ErrorCode.DATA_DIR_IN_USE

    def __init__(self, data_dir: str, holder: str) -> None:
        super().__init__(
            f"The data folder {data_dir} is already open in another copy of Netwerk Desktop"
            f" ({holder}). Close that copy first.",
            data_dir=data_dir,
            holder=holder,
        )


class DatabaseNewer(NetwerkError):
    code = ErrorCode.DATABASE_NEWER

    def __init__(self, database: str, found: str, known: str) -> None:
        super().__init__(
            f"The database {database} was written by a newer Netwerk Desktop (schema {found};"
            f" this version knows up to {known}). Update Netwerk Desktop to open it.",
            database=database,
            found=found,
            known=known,
        )


class DatabaseDamaged(NetwerkError):
    code = ErrorCode.DATABASE_DAMAGED

    def __init__(self, database: str, details: str) -> None:
        super().__init__(
            f"The database {database} is damaged ({details}). Restore a backup.",
            database=database,
            details=details,
        )


class DatabaseLocked(NetwerkError):
    code = ErrorCode.DATABASE_LOCKED

    def __init__(self) -> None:
        super().__init__("The database is busy in another program. Wait a moment and try again.")


class DiskFull(NetwerkError):
    code = ErrorCode.DISK_FULL

    def __init__(self) -> None:
        super().__init__("The disk is full. Nothing was saved; free some space and try again.")


class NotABackup(NetwerkError):
    code = ErrorCode.NOT_A_BACKUP

    def __init__(self, path: str, details: str) -> None:
        super().__init__(
            f"{path} is not a Netwerk Desktop backup ({details}).", path=path, details=details
        )


class NotFound(NetwerkError):
    code = ErrorCode.NOT_FOUND

    def __init__(self, what: str, name: str) -> None:
        super().__init__(f"No {what} named {name!r}.", what=what, name=name)


class Ambiguous(NetwerkError):
    code = ErrorCode.AMBIGUOUS

    def __init__(self, what: str, name: str, choices: list[str]) -> None:
        super().__init__(
            f"Several {what}s are named {name!r}: {', '.join(choices)}. Say which one.",
            what=what,
            name=name,
            choices=choices,
        )


class AlreadyExists(NetwerkError):
    code = ErrorCode.ALREADY_EXISTS

    def __init__(self, what: str, name: str) -> None:
        super().__init__(f"A {what} named {name!r} already exists.", what=what, name=name)


class Field(StrEnum):
    """What a teacher typed or chose; the value is how the command line names it."""

    CLASS_NAME = "class name"
    STUDENT_NAME = "student name"
    TAG = "tag"
    CHARTER_RULE = "charter rule"
    LESSON_NOTE = "lesson note"
    TALLY_COUNT = "tally count"
    LANGUAGE = "language"
    LESSON = "lesson"
    RULE = "rule"
    MODE = "mode"
    GROUP_SIZE = "group size"
    ROTATION = "rotation"
    ROTATIONS = "rotations"
    ROTATION_KIND = "rotation kind"


class Problem(StrEnum):
    """What is wrong with a value, so the UI can say it in whole sentences."""

    EMPTY = "empty"
    TOO_LONG = "too_long"  # `limit`: the most characters allowed
    OUT_OF_RANGE = "out_of_range"  # `limit`: the largest value allowed
    NOT_A_CHOICE = "not_a_choice"  # not one of the values the app knows
    SAME_STUDENT_TWICE = "same_student_twice"
    UNUSABLE_CHARACTER = "unusable_character"
    NOTHING_TO_RUN = "nothing_to_run"


class InvalidValue(NetwerkError):
    code = ErrorCode.INVALID_VALUE

    def __init__(
        self, field: Field, value: object, reason: str, problem: Problem, limit: int = 0
    ) -> None:
        super().__init__(
            f"Invalid {field} {value!r}: {reason}.",
            field=field,
            value=value,
            reason=reason,
            problem=problem,
            limit=limit,
        )
        self.field = field
        self.problem = problem
        self.limit = limit


class ReadOnly(NetwerkError):
    code = ErrorCode.READ_ONLY

    def __init__(self) -> None:
        super().__init__("The data is open read-only; close Netwerk Desktop to change it here.")


class PathTooLong(NetwerkError):
    code = ErrorCode.PATH_TOO_LONG

    def __init__(self, path: str, limit: int) -> None:
        super().__init__(
            f"The data folder {path} is too deep in the folder tree for this system (at most"
            f" {limit} characters). Move the app folder closer to the top of the drive.",
            path=path,
            limit=limit,
        )
