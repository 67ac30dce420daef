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
    DATABASE_MISSING = "database_missing"
    DATABASE_EMPTY = "database_empty"
    DATABASE_UNREADABLE = "database_unreadable"
    DATA_FOLDER_UNUSABLE = "data_folder_unusable"
    OUTPUT_REFUSED = "output_refused"
    OUTPUT_NOT_WRITTEN = "output_not_written"


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


class ReadOnlyReason(StrEnum):
    """Why a workspace is open read-only; the UI says which, and what the teacher can do."""

    IN_USE = "in_use"  # another copy of the app holds the data folder
    FOLDER_READ_ONLY = "folder_read_only"  # write-protected media or a folder without rights
    DISK_FULL = "disk_full"  # too little space left to save anything safely


_READ_ONLY_SENTENCES = {
    ReadOnlyReason.IN_USE: ("The data is open read-only; close Netwerk Desktop to change it here."),
    ReadOnlyReason.FOLDER_READ_ONLY: (
        "The data folder cannot be written (write-protected or no rights), so the data is open"
        " read-only: reading, exporting and printing work, changes do not."
    ),
    ReadOnlyReason.DISK_FULL: (
        "The disk is full, so the data is open read-only: reading, exporting and printing work."
        " Free some space and open Netwerk Desktop again to make changes."
    ),
}


class ReadOnly(NetwerkError):
    code = ErrorCode.READ_ONLY

    def __init__(self, reason: ReadOnlyReason = ReadOnlyReason.IN_USE) -> None:
        super().__init__(_READ_ONLY_SENTENCES[reason], reason=reason)
        self.reason = reason


class DatabaseMissing(NetwerkError):
    """No database file, but backups exist: never start over silently with an empty one."""

    code = ErrorCode.DATABASE_MISSING

    def __init__(self, database: str, backups: int, newest: str) -> None:
        super().__init__(
            f"The database {database} is missing, but {backups} backup(s) exist (the newest from"
            f" {newest}). Restore one (`restore`, or `backups` to list them).",
            database=database,
            backups=backups,
            newest=newest,
        )


class DatabaseEmpty(NetwerkError):
    """An empty (0-byte or schema-less) database file while backups with data exist."""

    code = ErrorCode.DATABASE_EMPTY

    def __init__(self, database: str, backups: int, newest: str) -> None:
        super().__init__(
            f"The database {database} is empty, but {backups} backup(s) exist (the newest from"
            f" {newest}). Restore one (`restore`, or `backups` to list them).",
            database=database,
            backups=backups,
            newest=newest,
        )


class DatabaseUnreadable(NetwerkError):
    code = ErrorCode.DATABASE_UNREADABLE

    def __init__(self, database: str, details: str) -> None:
        super().__init__(
            f"The database {database} cannot be read ({details}). Check the file's rights, or"
            " restore a backup.",
            database=database,
            details=details,
        )


class DataFolderUnusable(NetwerkError):
    """The data folder path cannot hold data: a file, a system folder, a folder where the
    database or lock file should be."""

    code = ErrorCode.DATA_FOLDER_UNUSABLE

    def __init__(self, path: str, details: str) -> None:
        super().__init__(
            f"{path} cannot be used as a data folder: {details}.", path=path, details=details
        )


class OutputRefused(NetwerkError):
    """An output path that would overwrite the data, a backup, or is not a plain file."""

    code = ErrorCode.OUTPUT_REFUSED

    def __init__(self, path: str, details: str) -> None:
        super().__init__(
            f"Not writing to {path}: {details}. Choose another file.", path=path, details=details
        )


class OutputNotWritten(NetwerkError):
    code = ErrorCode.OUTPUT_NOT_WRITTEN

    def __init__(self, path: str, details: str) -> None:
        super().__init__(
            f"Could not write {path}: {details}. Nothing was written there.",
            path=path,
            details=details,
        )


class PathTooLong(NetwerkError):
    code = ErrorCode.PATH_TOO_LONG

    def __init__(self, path: str, limit: int) -> None:
        super().__init__(
            f"The data folder {path} is too deep in the folder tree for this system (at most"
            f" {limit} characters). Move the app folder closer to the top of the drive.",
            path=path,
            limit=limit,
        )
