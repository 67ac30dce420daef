"""What every screen in the navigation shares: a key, a translated title, re-translation on
a language switch, and a way to ask the window to go somewhere else."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.common.retranslating import Retranslating


class Screen(Retranslating, QWidget):
    key = "screen"
    # (screen key, argument): e.g. ("classes", class_id) to open a class's page
    navigate = Signal(str, object)
    # a short message for the window's status bar ("Backup saved")
    status_message = Signal(str)

    def retranslate(self) -> None:
        """Set every visible text again; called once at start and on every language switch."""

    def activated(self, argument: Any = None) -> None:
        """The screen was brought to the front (with the argument of a navigate request)."""
