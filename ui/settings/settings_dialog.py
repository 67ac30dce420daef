"""Settings as a dialog (Ctrl+,), for when the teacher is in the middle of something."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ui.common.app_settings import AppSettings
from ui.settings.settings_form import SettingsForm

if TYPE_CHECKING:
    from netwerk_desktop.services.school import SchoolService


class SettingsDialog(QDialog):
    def __init__(
        self, settings: AppSettings, school: SchoolService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.form = SettingsForm(settings, school)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
