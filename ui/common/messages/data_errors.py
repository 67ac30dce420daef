"""What is wrong with the data folder, the database, a backup or a file being written, as
sentences that say what happens next. Nothing of the core's English `details` is shown: they
go to the log; the teacher reads what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.errors import ErrorCode, NetwerkError, ReadOnlyReason
from ui.common.placeholders import fill

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string

DATA_CODES = frozenset(
    {
        ErrorCode.DATA_DIR_IN_USE,
        ErrorCode.DATABASE_NEWER,
        ErrorCode.DATABASE_DAMAGED,
        ErrorCode.DATABASE_LOCKED,
        ErrorCode.DATABASE_MISSING,
        ErrorCode.DATABASE_EMPTY,
        ErrorCode.DATABASE_UNREADABLE,
        ErrorCode.DATA_FOLDER_UNUSABLE,
        ErrorCode.DISK_FULL,
        ErrorCode.NOT_A_BACKUP,
        ErrorCode.READ_ONLY,
        ErrorCode.PATH_TOO_LONG,
        ErrorCode.OUTPUT_REFUSED,
        ErrorCode.OUTPUT_NOT_WRITTEN,
    }
)


def describe_data_error(error: NetwerkError) -> str:
    p = {key: str(value) for key, value in error.params.items()}
    code = error.code
    if code is ErrorCode.DATA_DIR_IN_USE:
        return fill(
            translate(
                "Errors",
                "Netwerk Desktop is already open with this data (%1). Switch to that window, or "
                "close it and try again.",
            ),
            p.get("data_dir", ""),
        )
    if code is ErrorCode.DATABASE_NEWER:
        return translate(
            "Errors",
            "This data was saved by a newer version of Netwerk Desktop. Install the newer "
            "version to open it; nothing has been changed.",
        )
    if code is ErrorCode.DATABASE_DAMAGED:
        return translate(
            "Errors",
            "The database file is damaged and cannot be opened safely. Netwerk Desktop can put "
            "back one of its automatic backups; the damaged file is kept beside it.",
        )
    if code is ErrorCode.DATABASE_MISSING:
        return fill(
            translate(
                "Errors",
                "The database file is missing, but there are backups of it (the newest from %1). "
                "Put one back to go on where you were; nothing is started anew.",
            ),
            p.get("newest", ""),
        )
    if code is ErrorCode.DATABASE_EMPTY:
        return fill(
            translate(
                "Errors",
                "The database file is empty, but there are backups with your classes (the newest "
                "from %1). Put one back to go on where you were.",
            ),
            p.get("newest", ""),
        )
    if code is ErrorCode.DATABASE_UNREADABLE:
        return translate(
            "Errors",
            "The database file cannot be read on this account. Ask IT to check the rights of "
            "the data folder, or put back a backup.",
        )
    if code is ErrorCode.DATA_FOLDER_UNUSABLE:
        return fill(
            translate(
                "Errors",
                "%1 cannot be used as the data folder: it is a file, a system folder, or this "
                "account may not use it. Choose another folder, or ask IT.",
            ),
            p.get("path", ""),
        )
    if code is ErrorCode.DATABASE_LOCKED:
        return translate(
            "Errors", "The data is busy in another program. Wait a moment and try again."
        )
    if code is ErrorCode.DISK_FULL:
        return translate(
            "Errors", "The disk is full, so nothing was saved. Free some space and try again."
        )
    if code is ErrorCode.NOT_A_BACKUP:
        return fill(
            translate("Errors", "%1 is not a Netwerk Desktop backup, so nothing was changed."),
            p.get("path", ""),
        )
    if code is ErrorCode.READ_ONLY:
        return read_only_sentence(ReadOnlyReason(p.get("reason", ReadOnlyReason.IN_USE)))
    if code is ErrorCode.PATH_TOO_LONG:
        return fill(
            translate(
                "Errors",
                "The app folder is too deep in the folders of this drive for its data (%1). "
                "Move the app folder closer to the top of the drive, for example straight onto "
                "the USB stick, and start it again.",
            ),
            p.get("path", ""),
        )
    if code is ErrorCode.OUTPUT_REFUSED:
        return fill(
            translate(
                "Errors",
                "Netwerk Desktop does not write to %1: it would replace the data or a backup, or "
                "it is not a file. Choose another file.",
            ),
            p.get("path", ""),
        )
    return fill(
        translate(
            "Errors",
            "%1 could not be written, so nothing was saved there. Check that the folder exists, "
            "that you may write in it and that there is free space.",
        ),
        p.get("path", ""),
    )


def read_only_sentence(reason: ReadOnlyReason) -> str:
    """Why the data is open read-only, and what still works (the banner says this too)."""
    if reason is ReadOnlyReason.FOLDER_READ_ONLY:
        return translate(
            "Errors",
            "The data folder is write-protected, so the data is open read-only: you can look, "
            "export and print, but not change anything.",
        )
    if reason is ReadOnlyReason.DISK_FULL:
        return translate(
            "Errors",
            "The disk is full, so the data is open read-only: you can look, export and print. "
            "Free some space and start Netwerk Desktop again to make changes.",
        )
    return translate("Errors", "The data is open read-only here, so it cannot be changed.")
