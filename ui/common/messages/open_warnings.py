"""What the teacher should hear about although the data opened: a backup that was skipped or
failed, a second copy that could not be made, a network folder, an erasure finished at start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.opening import OpenWarning, WarningCode
from ui.common.placeholders import fill

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def open_warning_sentence(warning: OpenWarning) -> str:
    params = dict(warning.params)
    code = warning.code
    if code is WarningCode.DAILY_BACKUP_SKIPPED_DISK_FULL:
        return translate(
            "OpenWarnings",
            "The disk is full, so today's backup was not made. Free some space; until then "
            "nothing can be changed.",
        )
    if code is WarningCode.DAILY_BACKUP_SKIPPED_READ_ONLY:
        return translate(
            "OpenWarnings",
            "The data folder is write-protected, so today's backup was not made.",
        )
    if code is WarningCode.DAILY_BACKUP_FAILED:
        return translate(
            "OpenWarnings",
            "Today's backup could not be made. Your data is fine; make one by hand in "
            "Settings, and if that fails too, ask IT to look at the data folder.",
        )
    if code is WarningCode.SECOND_COPY_FAILED:
        return fill(
            translate(
                "OpenWarnings",
                "The second copy of the backup could not be written to %1 (is the USB stick or "
                "home drive there?). The backup in the data folder was made.",
            ),
            params.get("folder", ""),
        )
    if code is WarningCode.NETWORK_FOLDER:
        return translate(
            "OpenWarnings",
            "The data is on a network drive. Netwerk Desktop keeps it safe there by letting "
            "only one PC at a time use it; close the app on other PCs first.",
        )
    return fill(
        translate(
            "OpenWarnings",
            "Erasing %1 was interrupted last time; it has now been finished, backups included.",
        ),
        params.get("name", ""),
    )
