"""A class's roster: search, add, rename in place, mark as left, remove, tags, undo.

Every change goes through the roster service and comes back as an undo step; Ctrl+Z takes the
newest one back, so removing a student needs no "are you sure" (erasing does: it cannot be
undone).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.server_errors import EditConflict
from netwerk_desktop.services.records import ClassSummary, StudentRecord
from ui.classes.import_dialog import ImportDialog
from ui.classes.roster_model import NAME, RosterFilter, RosterModel
from ui.classes.student_privacy import StudentPrivacy
from ui.classes.tags_dialog import TagsDialog
from ui.common.app_settings import AppSettings
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating

if TYPE_CHECKING:
    from netwerk_desktop.services.roster import RosterUndo
    from netwerk_desktop.workspace import Workspace

UNDO_DEPTH = 20


class RosterPanel(Retranslating, QWidget):
    status_message = Signal(str)

    def __init__(
        self, workspace: Workspace, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._settings = settings
        self._class: ClassSummary | None = None
        self._seen: int | None = None  # the class's edit version as shown
        self.privacy = StudentPrivacy(workspace, settings, self)
        self.privacy.status_message.connect(self.status_message)
        # (the Undo button's text, the message once undone, the step)
        self._undo: list[tuple[str, str, RosterUndo]] = []

        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newStudentName")
        self.new_name.returnPressed.connect(self.add_typed_student)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addStudent")
        self.add_button.clicked.connect(self.add_typed_student)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importStudents")
        self.import_button.clicked.connect(self.open_import)
        self.show_left = QCheckBox()
        self.show_left.setObjectName("showLeft")
        self.show_left.setChecked(True)

        self.model = RosterModel(self._rename, self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.show_left.toggled.connect(lambda shown: self.proxy.set_hide_inactive(not shown))
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.leave_button = QPushButton()
        self.leave_button.setObjectName("toggleActive")
        self.leave_button.clicked.connect(self.toggle_active)
        self.tags_button = QPushButton()
        self.tags_button.setObjectName("editTags")
        self.tags_button.clicked.connect(self.edit_tags)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeStudent")
        self.remove_button.setProperty("danger", True)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRoster")
        self.undo_button.clicked.connect(self.undo)

        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_selected)
        self.erase_action = QAction(self)
        self.erase_action.triggered.connect(self.erase_selected)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.import_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.show_left)
        actions = QHBoxLayout()
        for button in (self.leave_button, self.tags_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names and tags"))
        self.new_name.setPlaceholderText(self.tr("Type a name and press Enter"))
        self.add_button.setText(self.tr("Add"))
        self.import_button.setText(self.tr("Import or paste a list…"))
        self.show_left.setText(self.tr("Show students who left"))
        self.tags_button.setText(self.tr("Tags…"))
        self.remove_button.setText(self.tr("Remove"))
        self.export_action.setText(self.tr("Export this student's data…"))
        self.erase_action.setText(self.tr("Erase this student completely…"))
        self._update_buttons()

    # Data ----------------------------------------------------------------------------------

    def show_class(self, summary: ClassSummary | None) -> None:
        if self._class is None or summary is None or summary.id != self._class.id:
            self._undo.clear()
        self._class = summary
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_student()
        self._note_version()  # first: a colleague's change after it is caught on saving
        students = self._workspace.roster.list_students(self._class.id) if self._class else []
        self.model.set_students(students)
        if selected is not None:
            self.select_student(selected.id)
        self._update_buttons()

    def selected_student(self) -> StudentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.student(source.row()) if source.isValid() else None

    def select_student(self, student_id: int) -> None:
        row = self.model.row_of(student_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        student = self.selected_student()
        has = student is not None
        for widget in (self.leave_button, self.tags_button, self.remove_button):
            widget.setEnabled(has)
        self.export_action.setEnabled(has)
        self.erase_action.setEnabled(has)
        self.leave_button.setText(
            self.tr("Back in the class")
            if student and not student.active
            else self.tr("Left the class")
        )
        self.undo_button.setEnabled(bool(self._undo))
        self.undo_button.setText(self._undo[-1][0] if self._undo else self.tr("Undo"))
        for control in (self.new_name, self.add_button, self.import_button):
            control.setEnabled(self._class is not None)

    # Changes -------------------------------------------------------------------------------

    def _remember(self, button: str, done: str, step: RosterUndo) -> None:
        self._undo.append((button, done, step))
        del self._undo[:-UNDO_DEPTH]
        self._update_buttons()

    def _note_version(self) -> None:
        """The class's edit version as shown (on a school server a co-teacher may change the
        list meanwhile: a save from an older list is refused, not written over theirs)."""
        self._seen = None
        if self._class is not None:
            try:
                self._seen = self._workspace.classes.edit_version(self._class.id)
            except NetwerkError:
                self._seen = None

    def _report(self, error: NetwerkError) -> None:
        if isinstance(error, EditConflict):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), describe(error))
            box.setParent(self, box.windowFlags())
            reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is reload:
                self.refresh()
            return
        QMessageBox.warning(self, self.tr("Not saved"), describe(error))

    def add_typed_student(self) -> None:
        name = self.new_name.text()
        if self._class is None or not name.strip():
            return
        try:
            record, step = self._workspace.roster.add_student(
                self._class.id, name, expected_version=self._seen
            )
        except NetwerkError as exc:
            self._report(exc)
            return
        self.new_name.clear()
        name = record.display_name
        self._remember(
            fill(self.tr("Undo adding %1"), name),
            fill(self.tr("%1 is no longer in the class."), name),
            step,
        )
        self.refresh()
        self.select_student(record.id)
        self.new_name.setFocus()

    def _rename(self, student_id: int, name: str) -> bool:
        try:
            record, step = self._workspace.roster.rename_student(
                student_id, name, expected_version=self._seen
            )
        except NetwerkError as exc:
            self._report(exc)
            return False
        self._note_version()
        self._remember(
            fill(self.tr("Undo the new name %1"), record.display_name),
            self.tr("The name is back as it was."),
            step,
        )
        return True

    def toggle_active(self) -> None:
        student = self.selected_student()
        if student is None:
            return
        try:
            record, step = self._workspace.roster.set_active(
                student.id, not student.active, expected_version=self._seen
            )
        except NetwerkError as exc:
            self._report(exc)
            return
        name = record.display_name
        if record.active:
            button = fill(self.tr("Undo: %1 back in the class"), name)
        else:
            button = fill(self.tr("Undo: %1 left the class"), name)
        self._remember(button, fill(self.tr("%1 is as before."), name), step)
        self.refresh()

    def remove_selected(self) -> None:
        student = self.selected_student()
        if student is None:
            return
        try:
            step = self._workspace.roster.remove_student(student.id, expected_version=self._seen)
        except NetwerkError as exc:
            self._report(exc)
            return
        name = student.display_name
        self._remember(
            fill(self.tr("Undo removing %1"), name),
            fill(self.tr("%1 is back in the class."), name),
            step,
        )
        self.refresh()
        self.status_message.emit(
            fill(self.tr("%1 was removed. Ctrl+Z brings them back."), student.display_name)
        )
        if self._class is not None and self.privacy.offer_erasure_after_removal(
            student, self._class
        ):
            self._undo.clear()  # the undo step holds the erased student's rows
            self.refresh()

    def undo(self) -> None:
        if not self._undo:
            return
        _button, done, step = self._undo.pop()
        try:
            self._workspace.roster.undo(step)
        except NetwerkError as exc:
            self._report(exc)
            return
        self.refresh()
        self.status_message.emit(done)

    def edit_tags(self) -> None:
        student = self.selected_student()
        if student is None or self._class is None:
            return
        dialog = TagsDialog(self._workspace.roster, self._class.id, student, self)
        if dialog.exec() == TagsDialog.DialogCode.Accepted and dialog.undo_step is not None:
            name = student.display_name
            self._remember(
                fill(self.tr("Undo the tags of %1"), name),
                fill(self.tr("The tags of %1 are as before."), name),
                dialog.undo_step,
            )
        self.refresh()

    def open_import(self) -> None:
        if self._class is None:
            return
        dialog = ImportDialog(
            self._workspace.roster, self._class.id, self._class.name, self._settings, self
        )
        if dialog.exec() == ImportDialog.DialogCode.Accepted and dialog.undo_step is not None:
            self._remember(
                self.tr("Undo the import"),
                self.tr("The imported students are removed again."),
                dialog.undo_step,
            )
            self.status_message.emit(self.tr("%n student(s) added.", "", dialog.saved_count))
        self.refresh()

    # Privacy -------------------------------------------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        if self.selected_student() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.export_action)
        menu.addAction(self.erase_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def export_selected(self) -> None:
        student = self.selected_student()
        if student is not None:
            self.privacy.export(student)

    def export_to(self, student_id: int, path: Path) -> bool:
        return self.privacy.export_to(student_id, path)

    def erase_selected(self) -> None:
        student = self.selected_student()
        if student is not None and self.privacy.confirm_and_erase(student):
            # Undo steps may hold the erased student's rows: drop them all.
            self._undo.clear()
            self.refresh()
