"""Errors from the core as sentences in the teacher's language, saying what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.errors import ErrorCode, NetwerkError
from ui.common.texts import fill

# Every sentence is a literal translate() call so pyside6-lupdate finds it.


def describe(error: BaseException) -> str:
    if not isinstance(error, NetwerkError):
        return fill(QCoreApplication.translate("Errors", "Something went wrong: %1"), str(error))
    p = {key: str(value) for key, value in error.params.items()}
    code = error.code
    if code is ErrorCode.DATA_DIR_IN_USE:
        return fill(
            QCoreApplication.translate(
                "Errors",
                "Netwerk Desktop is already open with this data (%1). Switch to that window, or "
                "close it and try again.",
            ),
            p.get("data_dir", ""),
        )
    if code is ErrorCode.DATABASE_NEWER:
        return QCoreApplication.translate(
            "Errors",
            "This data was saved by a newer version of Netwerk Desktop. Install the newer "
            "version to open it; nothing has been changed.",
        )
    if code is ErrorCode.DATABASE_DAMAGED:
        return QCoreApplication.translate(
            "Errors",
            "The database file is damaged and cannot be opened safely. Restore one of the "
            "automatic backups (Settings, Data and backups).",
        )
    if code is ErrorCode.DATABASE_LOCKED:
        return QCoreApplication.translate(
            "Errors", "The data is busy in another program. Wait a moment and try again."
        )
    if code is ErrorCode.DISK_FULL:
        return QCoreApplication.translate(
            "Errors", "The disk is full, so nothing was saved. Free some space and try again."
        )
    if code is ErrorCode.NOT_A_BACKUP:
        return fill(
            QCoreApplication.translate(
                "Errors", "%1 is not a Netwerk Desktop backup, so nothing was changed."
            ),
            p.get("path", ""),
        )
    if code is ErrorCode.ALREADY_EXISTS:
        return fill(
            QCoreApplication.translate("Errors", "“%1” already exists. Choose another name."),
            p.get("name", ""),
        )
    if code is ErrorCode.NOT_FOUND:
        return fill(
            QCoreApplication.translate("Errors", "“%1” was not found. It may have been deleted."),
            p.get("name", ""),
        )
    if code is ErrorCode.READ_ONLY:
        return QCoreApplication.translate(
            "Errors", "The data is open read-only here, so it cannot be changed."
        )
    if code is ErrorCode.AMBIGUOUS:
        return fill(
            QCoreApplication.translate("Errors", "More than one match for “%1”."), p.get("name", "")
        )
    return fill(QCoreApplication.translate("Errors", "That value cannot be used: %1"), str(error))
