"""Driving modal dialogs from tests: act on the dialog once it is shown, then let exec() return."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def when_dialog_opens(
    act: Callable[[QWidget], None],
    timeout_ms: int = 5000,
    kind: type[QWidget] | None = None,
) -> list[str]:
    """Run `act` on the next modal dialog (of `kind`, when given: a dialog opened from another
    dialog is found only once it is in front). Returns a list that holds an error if none
    opened."""
    problems: list[str] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            waited[0] += 20
            if waited[0] > timeout_ms:
                problems.append("no dialog opened")
                return
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except BaseException:
            # Close the dialog so exec() returns and the test fails, instead of waiting forever
            problems.append("acting on the dialog failed")
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()
            raise

    QTimer.singleShot(0, poll)
    return problems
