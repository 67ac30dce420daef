"""One class: its name and details, what can be done with it, and its roster.

The page has tabs so the lesson progress and the partnerships can join the roster here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.services.records import ClassSummary
from ui.classes.class_card import students_text
from ui.classes.class_dialog import ClassDialog
from ui.classes.roster_panel import RosterPanel
from ui.common.app_settings import AppSettings
from ui.common.languages import NATIVE_NAMES
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.presentation.progress_panel import LessonProgressPanel

if TYPE_CHECKING:
    from netwerk_desktop.workspace import Workspace


class ClassPage(Retranslating, QWidget):
    status_message = Signal(str)
    deleted = Signal(int)

    def __init__(
        self, workspace: Workspace, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("classPage")
        self._workspace = workspace
        self.summary: ClassSummary | None = None
        self.title = QLabel()
        self.title.setObjectName("classTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a class name is never markup
        self.title.setProperty("role", "title")
        self.details = QLabel()
        self.details.setObjectName("classDetails")
        self.details.setProperty("role", "muted")
        self.details.setWordWrap(True)  # beside the buttons at 200 % it takes two lines
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editClass")
        self.edit_button.clicked.connect(self.edit)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveClass")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteClass")
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.roster = RosterPanel(workspace, settings)
        self.roster.status_message.connect(self.status_message)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("classTabs")
        self.tabs.addTab(self.roster, "")
        self.lessons = LessonProgressPanel(workspace, settings)
        self.lessons.status_message.connect(self.status_message)
        self.tabs.addTab(self.lessons, "")

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        for button in (self.edit_button, self.archive_button, self.delete_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.tabs.setTabText(self.tabs.indexOf(self.roster), self.tr("Students"))
        self.tabs.setTabText(self.tabs.indexOf(self.lessons), self.tr("Lessons"))
        self._show_details()

    def show_class(self, summary: ClassSummary) -> None:
        self.summary = summary
        self._show_details()
        self.roster.show_class(summary)
        self.lessons.show_class(summary)

    def refresh(self) -> None:
        if self.summary is None:
            return
        try:
            self.summary = self._workspace.classes.get(self.summary.id)
        except NetwerkError:
            return  # deleted meanwhile; the screen will move on
        self._show_details()
        self.roster.refresh()
        self.lessons.show_class(self.summary)

    def _show_details(self) -> None:
        summary = self.summary
        if summary is None:
            return
        self.title.setText(summary.name)
        language = NATIVE_NAMES.get(summary.content_language, summary.content_language)
        parts = [summary.school_year, language, students_text(summary.student_count)]
        if summary.archived:
            parts.append(self.tr("archived"))
        self.details.setText(" · ".join(parts))
        self.archive_button.setText(
            self.tr("Unarchive") if summary.archived else self.tr("Archive")
        )

    # Actions -------------------------------------------------------------------------------

    def edit(self) -> None:
        if self.summary is None:
            return
        dialog = ClassDialog(self._workspace.classes, self.summary, self)
        if dialog.exec() == ClassDialog.DialogCode.Accepted and dialog.result_summary:
            self.show_class(dialog.result_summary)

    def toggle_archived(self) -> None:
        if self.summary is None:
            return
        try:
            updated = self._workspace.classes.update(
                self.summary.id, archived=not self.summary.archived
            )
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), describe(exc))
            return
        self.show_class(updated)
        message = (
            self.tr("%1 is archived; it is hidden from Home and from the class list.")
            if updated.archived
            else self.tr("%1 is back among the active classes.")
        )
        self.status_message.emit(fill(message, updated.name))

    def deletion_text(self) -> str:
        """What a deletion would take away, each line a full phrase in the teacher's language."""
        assert self.summary is not None
        counts = self._workspace.classes.what_deleting_removes(self.summary.id)
        lines = [self.tr("%n student(s)", "", counts.get("student", 0))]
        if counts.get("lesson_run"):
            lines.append(self.tr("progress from %n lesson run(s)", "", counts["lesson_run"]))
        if counts.get("rotation"):
            lines.append(self.tr("%n partnership rotation(s)", "", counts["rotation"]))
        if counts.get("charter"):
            lines.append(self.tr("%n version(s) of the class charter", "", counts["charter"]))
        if counts.get("lesson_note"):
            lines.append(self.tr("%n private lesson note(s)", "", counts["lesson_note"]))
        return "\n".join(f"• {line}" for line in lines)

    def confirm_delete(self) -> None:
        if self.summary is None:
            return
        box = QMessageBox(self)
        box.setObjectName("deleteClassConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(fill(self.tr("Delete %1?"), self.summary.name))
        box.setText(fill(self.tr("Deleted with the class %1:"), self.summary.name))
        box.setInformativeText(
            self.deletion_text()
            + "\n\n"
            + self.tr("A backup is made first, so it can be restored from Settings.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self.delete()

    def delete(self) -> None:
        assert self.summary is not None
        name, class_id = self.summary.name, self.summary.id
        try:
            self._workspace.delete_class(class_id)
        except (NetwerkError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), describe(exc))
            return
        self.summary = None
        self.status_message.emit(
            fill(self.tr("%1 was deleted. A backup from just before is in Settings."), name)
        )
        self.deleted.emit(class_id)
