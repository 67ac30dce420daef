"""Settings: the preferences form, and the data folder with its backups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings
from ui.common.forms import short_date_time
from ui.common.messages import describe
from ui.common.messages.open_warnings import open_warning_sentence
from ui.common.placeholders import fill
from ui.common.screen import Screen
from ui.common.widths import at_most
from ui.settings.restore_dialog import RestoreDialog
from ui.settings.school_server import SchoolServerSection
from ui.settings.second_copy import SecondCopyRow
from ui.settings.settings_form import SettingsForm


class SettingsScreen(Screen):
    key = "settings"

    def __init__(self, settings: AppSettings, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("screen_settings")
        self._workspace = workspace
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.form = SettingsForm(settings, workspace.school)
        self.form.setMaximumWidth(720)
        self.data_title = QLabel()
        self.data_title.setProperty("role", "subtitle")
        self.data_path = QLabel(str(workspace.location.data_dir))
        self.data_path.setObjectName("dataPath")
        self.data_path.setWordWrap(True)
        self.data_path.setProperty("role", "muted")
        self.backup_state = QLabel()
        self.backup_state.setWordWrap(True)
        buttons = QHBoxLayout()
        self.open_folder = QPushButton()
        self.backup_now = QPushButton()
        self.backup_now.setObjectName("backupNow")
        self.restore = QPushButton()
        self.restore.setObjectName("restoreBackup")
        for button in (self.open_folder, self.backup_now, self.restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.open_folder.clicked.connect(self._open_folder)
        self.backup_now.clicked.connect(self.make_backup)
        self.restore.clicked.connect(self.choose_restore)
        layout.addWidget(self.title)
        layout.addWidget(self.form)
        layout.addSpacing(18)
        self.school_server = SchoolServerSection(settings, workspace)
        layout.addLayout(at_most(self.school_server, 720))
        layout.addSpacing(18)
        layout.addWidget(self.data_title)
        layout.addWidget(self.data_path)
        layout.addWidget(self.backup_state)
        layout.addLayout(buttons)
        self.second_copy = SecondCopyRow(workspace)
        layout.addLayout(at_most(self.second_copy, 720))
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.data_title.setText(self.tr("Data and backups"))
        self.open_folder.setText(self.tr("Open data folder"))
        self.backup_now.setText(self.tr("Back up now"))
        self.restore.setText(self.tr("Restore from a backup…"))
        self._show_backup_state()

    def activated(self, argument: Any = None) -> None:
        self.form.load()
        self.school_server.load()
        self._show_backup_state()

    def _show_backup_state(self) -> None:
        on_server = self._workspace.server_label is not None
        for button in (self.backup_now, self.restore):
            button.setVisible(not on_server)  # the server's backups are the school IT's
        self.second_copy.setVisible(not on_server)  # copies of this PC's backups: none there
        if on_server:
            self.backup_state.setText(
                self.tr(
                    "The school's IT backs up the school server. This folder keeps your settings."
                )
            )
            return
        backups = self._workspace.list_backups()
        if not backups:
            self.backup_state.setText(self.tr("No backups yet."))
            return
        newest = short_date_time(backups[0].made_at)
        self.backup_state.setText(
            fill(self.tr("%n backup(s) kept, the newest from %1.", "", len(backups)), newest)
        )

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._workspace.location.data_dir)))

    def make_backup(self) -> None:
        try:
            outcome = self._workspace.back_up("manual")
        except (NetwerkError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), describe(exc))
            return
        self._show_backup_state()
        self.status_message.emit(fill(self.tr("Backup saved: %1"), outcome.path.name))
        if outcome.problems:  # the first copy is made; the second could not be
            QMessageBox.warning(
                self,
                self.tr("The second copy was not made"),
                "\n".join(open_warning_sentence(problem) for problem in outcome.problems),
            )

    def choose_restore(self) -> None:
        dialog = RestoreDialog(self._workspace.list_backups(), self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        try:
            self._workspace.restore(dialog.chosen)
        except (NetwerkError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), describe(exc))
            return
        self._show_backup_state()
        self.status_message.emit(self.tr("The backup was restored."))
