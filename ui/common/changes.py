"""The core's change feed as a Qt signal. Services may run in worker threads; the signal is
delivered to screens on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from netwerk_desktop.services.changes import Change, ChangeFeed


class ChangeSignals(QObject):
    changed = Signal(object)  # a netwerk_desktop.services.changes.Change

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = feed.subscribe(self._relay)

    def detach(self) -> None:
        """Stop relaying (the workspace is closing)."""
        self._unsubscribe()

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
