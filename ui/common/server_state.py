"""Where the data is, for a teacher on a school server: "School server: …" and, while the
server is away, "Saved on this PC, will be sent" with how many changes wait. Shown in the
status bar and in the presenter view; hidden when the data is on this PC."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from netwerk_desktop.workspace import Workspace
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.tasks import Task, run_in_background

CHECK_MS = 3000  # the journal is a small local file: cheap to look at
SEND_EVERY_CHECKS = 5  # while changes wait, try the server every 15 seconds


class ServerState(Retranslating, QLabel):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverState")
        self._workspace = workspace
        self._pending: int | None = None
        self._checks = 0
        self._sending: Task | None = None
        self.setVisible(workspace.server_label is not None)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        if workspace.server_label is not None:
            self._timer.start()
        self.check()

    @property
    def pending(self) -> int | None:
        return self._pending

    def check(self) -> None:
        """Read how much waits (and now and then try to send it, off the UI thread)."""
        try:
            self._pending = self._workspace.pending_writes()
        except OSError:
            self._pending = None
        self._checks += 1
        if self._pending and self._sending is None and self._checks % SEND_EVERY_CHECKS == 0:
            self._sending = run_in_background(
                lambda _control: self._workspace.send_pending_writes(),
                self,
                succeeded=self._sent,
                failed=lambda _error: self._sent(None),
            )
        self.retranslate()

    def _sent(self, pending: object) -> None:
        self._sending = None
        if isinstance(pending, int):
            self._pending = pending
        self.retranslate()

    def retranslate(self) -> None:
        label = self._workspace.server_label
        if label is None:
            self.setText("")
            return
        if self._pending:
            self.setProperty("role", "notice")
            self.setText(
                self.tr(
                    "Saved on this PC, will be sent to the school server (%n change(s))",
                    "",
                    self._pending,
                )
            )
        else:
            self.setProperty("role", "muted")
            self.setText(fill(self.tr("School server: %1 — everything is saved there"), label))
        self.style().unpolish(self)
        self.style().polish(self)
