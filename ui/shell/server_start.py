"""Starting on the school server: connect, ask for the password when libpq has none (kept in
memory only), and explain in the teacher's language when it cannot be reached."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe

log = logging.getLogger(__name__)
PASSWORD_TRIES = 3


def open_server_workspace(location: DataLocation, address: str) -> Workspace | None:
    """The school server's data, or None after telling the teacher why not."""
    from netwerk_desktop.server.connection import needs_password
    from netwerk_desktop.server.workspace import ServerWorkspace

    password: str | None = None
    for _attempt in range(PASSWORD_TRIES + 1):
        try:
            return ServerWorkspace.connect(location, address, password=password)
        except NetwerkError as exc:
            if needs_password(exc):
                password = _ask_password(password is not None)
                if password is not None:
                    continue
                return None
            log.error("Could not open the school server: %s", exc)
            QMessageBox.critical(
                None, QApplication.translate("App", "Netwerk Desktop"), describe(exc)
            )
            return None
    return None


def _ask_password(again: bool) -> str | None:
    label = (
        QApplication.translate("ServerStart", "That password was not accepted. Try again:")
        if again
        else QApplication.translate("ServerStart", "Your password for the school server:")
    )
    text, accepted = QInputDialog.getText(
        None,
        QApplication.translate("ServerStart", "School server"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if accepted and text else None
