"""The dialog a crash shows: what happened in plain words, where the log is, the details on
request. Reports from worker threads are queued to the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.placeholders import fill


class CrashReporter(QObject):
    _reported = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parent_widget: QWidget | None = None
        self.shown = 0  # how many dialogs were shown (tests read it)
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, details: str, log_path: Path) -> None:
        """Safe to call from any thread; on the GUI thread the dialog shows at once (a crash
        during start-up happens before the event loop runs)."""
        if QThread.currentThread() is self.thread():
            self._show(details, str(log_path))
        else:
            self._reported.emit(details, str(log_path))

    @Slot(str, str)
    def _show(self, details: str, log_path: str) -> None:
        self.shown += 1
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "Netwerk Desktop ran into an error it did not expect. Your saved work is safe; "
                "the last action may not have finished."
            )
        )
        box.setInformativeText(
            fill(self.tr("The details are written to the log file:\n%1"), log_path)
        )
        box.setDetailedText(details)
        open_folder = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setObjectName("crashDialog")
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_path).parent)))
