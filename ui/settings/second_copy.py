"""A second copy of every backup in another folder: a USB stick or the teacher's home drive,
because classroom PCs are re-imaged and shared-PC policies delete local profiles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.workspace import Workspace
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating


class SecondCopyRow(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.state = QLabel()
        self.state.setObjectName("secondCopyState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.choose = QPushButton()
        self.choose.setObjectName("secondCopyChoose")
        self.choose.clicked.connect(self.choose_folder)
        self.stop = QPushButton()
        self.stop.setObjectName("secondCopyStop")
        self.stop.clicked.connect(self.stop_copying)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        read_only = workspace.read_only_reason is not None
        self.choose.setEnabled(not read_only)
        self.stop.setEnabled(not read_only)
        self.retranslate()

    def retranslate(self) -> None:
        folder = self._workspace.second_backup_folder()
        if folder is None:
            self.state.setText(
                self.tr(
                    "Backups are kept in the data folder only. Keep a second copy on a USB stick "
                    "or your home drive, in case this PC is reset."
                )
            )
        else:
            self.state.setText(fill(self.tr("Every backup is also copied to %1."), folder))
        self.choose.setText(self.tr("Choose a folder for a second copy…"))
        self.stop.setText(self.tr("Stop the second copy"))
        self.stop.setVisible(folder is not None)

    def choose_folder(self) -> None:
        start = self._workspace.second_backup_folder() or Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("A folder for the second copy of the backups"), str(start)
        )
        if chosen:
            self._set(Path(chosen))

    def stop_copying(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Stop the second copy?"),
            self.tr(
                "New backups are then kept in the data folder only. The copies already in the "
                "other folder stay there."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._set(None)

    def _set(self, folder: Path | None) -> None:
        try:
            self._workspace.set_second_backup_folder(folder)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("The folder was not chosen"), describe(exc))
            return
        self.retranslate()
        self.changed.emit()
