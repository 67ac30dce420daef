"""The way back when the data cannot be opened: damaged, missing, empty, unreadable or newer.

Shown at start-up instead of the window. It says what is wrong, lists the backups that pass the
full check (newest first, with how many classes and students each holds), and puts the chosen
one back — or one picked from a file, such as a second copy on a USB stick. The damaged file is
never deleted: the core moves it aside, and the dialog says where it is.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import DatabaseNewer, NetwerkError
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.recovery import RecoverableBackup, Recovery, RecoveryOutcome
from ui.classes.class_card import students_text
from ui.common.forms import short_date_time
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.settings.restore_dialog import reason_label

log = logging.getLogger(__name__)


class RecoveryDialog(QDialog):
    def __init__(
        self, location: DataLocation, error: NetwerkError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Netwerk Desktop cannot open the data"))
        self._recovery = Recovery(location)
        self._location = location
        self.outcome: RecoveryOutcome | None = None
        problem = QLabel(describe(error))
        problem.setObjectName("recoveryProblem")
        problem.setWordWrap(True)
        newer = isinstance(error, DatabaseNewer)
        self.choose = QLabel(
            self.tr(
                "To go back to an older state instead, choose a backup. Everything changed "
                "after it is lost; the data as it is now is kept."
            )
            if newer
            else self.tr(
                "Choose the backup to put back. The newest one that holds your classes is "
                "chosen already."
            )
        )
        self.choose.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recoveryBackups")
        self._backups = self._recovery.backups()
        for backup in self._backups:
            item = QListWidgetItem(self._line(backup))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        newest = self._recovery.newest_with_data()
        if newest is not None:
            self.list.setCurrentRow(self._backups.index(newest))
        elif self._backups:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_chosen())
        if not self._backups:
            self.choose.setText(
                self.tr(
                    "There are no backups in the data folder. If you keep a copy elsewhere (a "
                    "USB stick, your home drive), choose it with “From a file…”."
                )
            )
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Put the backup back"))
        self.restore_button.setObjectName("recoveryRestore")
        self.restore_button.setEnabled(bool(self._backups))
        self.restore_button.clicked.connect(self.restore_chosen)
        from_file = QPushButton(self.tr("From a file…"))
        from_file.clicked.connect(self.restore_from_file)
        folder = QPushButton(self.tr("Open the data folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(location.data_dir)))
        )
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.setObjectName("recoveryQuit")
        quit_button.clicked.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(from_file, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        if newer:  # updating the app is the better way: nothing is lost
            quit_button.setText(self.tr("Quit, to install the newer version"))
            quit_button.setDefault(True)
        else:
            self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(problem)
        layout.addWidget(self.choose)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def _line(self, backup: RecoverableBackup) -> str:
        holds = " · ".join(
            (self.tr("%n class(es)", "", backup.classes), students_text(backup.students))
        )
        return " — ".join((short_date_time(backup.made_at), reason_label(backup.reason), holds))

    def restore_chosen(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._backups):
            self._restore(self._backups[row].path)

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), "", self.tr("Backups (*.sqlite3 *.sqlite *.db)")
        )
        if path:
            self._restore(Path(path))

    def _restore(self, source: Path) -> None:
        try:
            self.outcome = self._recovery.restore(source)
        except (NetwerkError, OSError) as exc:
            log.error("Recovery from %s failed: %s", source, exc)
            QMessageBox.warning(self, self.tr("The backup was not put back"), describe(exc))
            return
        kept = self.outcome.moved_aside[0].name if self.outcome.moved_aside else ""
        done = (
            fill(
                self.tr("The backup is back. The file that could not be opened is kept as %1."),
                kept,
            )
            if kept
            else self.tr("The backup is back.")
        )
        QMessageBox.information(self, self.tr("Backup put back"), done)
        self.accept()
