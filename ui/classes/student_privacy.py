"""A student's rights over their data, from the roster: save everything held about them, erase
them (also from the automatic backups), and erase a removed student's name from the backups.

Erasing cannot be undone, so it is always asked first, with the name shown as text (a name is
never markup). What the core could not change (files that only look like backups) is said.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.output_files import write_output
from netwerk_desktop.services.privacy import ErasureReport
from netwerk_desktop.services.records import ClassSummary, StudentRecord
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.common.messages import describe
from ui.common.placeholders import fill


class StudentPrivacy(QObject):
    status_message = Signal(str)

    def __init__(self, workspace: Workspace, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._settings = settings
        self._parent = parent

    # Saving what is held ---------------------------------------------------------------------

    def export(self, student: StudentRecord) -> None:
        folder = Path(str(self._settings.value(Setting.EXPORT_FOLDER)) or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the student's data"),
            str(folder / f"{student.display_name}.json"),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export_to(student.id, Path(path))
            self._settings.set_value(Setting.EXPORT_FOLDER, str(Path(path).parent))

    def export_to(self, student_id: int, path: Path) -> bool:
        """Written through a temporary file, never onto the data or a backup."""
        try:
            data = self._workspace.privacy.export_student(student_id)
            text = json.dumps(data, ensure_ascii=False, indent=2)

            def write(partial: Path) -> None:
                partial.write_text(text, encoding="utf-8")

            write_output(path, self._workspace.location, write)
        except (NetwerkError, OSError) as exc:
            QMessageBox.warning(self._parent, self.tr("Export failed"), describe(exc))
            return False
        self.status_message.emit(fill(self.tr("Saved %1"), path.name))
        return True

    # Erasing ---------------------------------------------------------------------------------

    def confirm_and_erase(self, student: StudentRecord) -> bool:
        box = self._question("eraseConfirmation", fill(self.tr("Erase %1?"), student.display_name))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            fill(
                self.tr(
                    "Everything Netwerk Desktop holds about %1 is deleted: the name, the tags and "
                    "the partnership history, also from the automatic backups. This cannot be "
                    "undone."
                ),
                student.display_name,
            )
        )
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return False
        try:
            report = self._workspace.privacy.erase_student(student.id)
        except NetwerkError as exc:
            QMessageBox.warning(self._parent, self.tr("Not erased"), describe(exc))
            return False
        self.tell_erased(report)
        return True

    def offer_erasure_after_removal(self, student: StudentRecord, summary: ClassSummary) -> bool:
        """A removed student's name stays in the automatic backups until they age out: say so,
        and offer to erase it from them now. True when the name was erased."""
        holding = self._workspace.privacy.backups_naming_student(
            summary.name, summary.school_year, student.display_name
        )
        if not holding:
            return False
        box = self._question("eraseFromBackups", self.tr("Erase from the backups too?"))
        box.setText(
            fill(
                self.tr(
                    "%1 is removed from the class, but %n backup(s) still hold the name. Erase "
                    "%1 from them too? Then Ctrl+Z cannot bring %1 back.",
                    "",
                    holding,
                ),
                student.display_name,
            )
        )
        erase = box.addButton(
            self.tr("Erase from the backups"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Keep for now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not erase:
            return False
        try:
            report = self._workspace.privacy.erase_by_name(
                summary.name, student.display_name, summary.school_year
            )
        except NetwerkError as exc:
            QMessageBox.warning(self._parent, self.tr("Not erased"), describe(exc))
            return False
        self.tell_erased(report)
        return True

    def tell_erased(self, report: ErasureReport) -> None:
        self.status_message.emit(
            fill(
                self.tr("%1 was erased, also from %n backup(s).", "", report.backups_cleaned),
                report.student_name,
            )
        )
        if report.skipped_files:  # named like backups but not ours: never changed, so said
            box = self._question("erasureSkippedFiles", self.tr("Files that were not changed"))
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                fill(
                    self.tr(
                        "These files in the backup folder are not Netwerk Desktop backups, so "
                        "they were left as they are. If one holds %1's name, delete it "
                        "yourself:\n%2"
                    ),
                    report.student_name,
                    "\n".join(path.name for path in report.skipped_files),
                )
            )
            box.exec()

    def _question(self, name: str, title: str) -> QMessageBox:
        box = QMessageBox(self._parent)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
        box.setWindowTitle(title)
        return box
