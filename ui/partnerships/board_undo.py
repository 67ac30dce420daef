"""Asking before the newest rotation is undone, in words that say what happens next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from netwerk_desktop.services.partnership_records import RotationView
from ui.common.placeholders import fill
from ui.partnerships.labels import rotation_title, short_date


def undo_text(saved: Sequence[RotationView]) -> str:
    newest = saved[-1]
    title, started = rotation_title(len(saved)), short_date(newest.starts_on)
    if len(saved) == 1:
        text = QCoreApplication.translate(
            "BoardUndo",
            "%1 (started %2) is removed from the history. The class has no partnerships until "
            "you save new ones.",
        )
        return fill(text, title, started)
    text = QCoreApplication.translate(
        "BoardUndo",
        "%1 (started %2) is removed from the history. The partnerships of %3 are the "
        "class's partnerships again.",
    )
    return fill(text, title, started, rotation_title(len(saved) - 1))


def confirm_undo(parent: QWidget, saved: Sequence[RotationView]) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("undoConfirmation")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BoardUndo", "Undo the last rotation?"))
    box.setText(undo_text(saved))
    undo = box.addButton(
        fill(QCoreApplication.translate("BoardUndo", "Undo %1"), rotation_title(len(saved))),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is undo
