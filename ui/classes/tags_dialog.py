"""Tags for one student, and the class's tag list (teacher-defined labels such as
"line: science" that the partnership solver can balance groups by)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.services.records import StudentRecord
from ui.common.messages import describe
from ui.common.placeholders import fill

if TYPE_CHECKING:
    from netwerk_desktop.services.roster import RosterService, RosterUndo


class TagsDialog(QDialog):
    def __init__(
        self,
        roster: RosterService,
        class_id: int,
        student: StudentRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagsDialog")
        self.setWindowTitle(fill(self.tr("Tags for %1"), student.display_name))
        self._roster = roster
        self._class_id = class_id
        self._student = student
        self.undo_step: RosterUndo | None = None
        intro = QLabel(
            self.tr(
                "Tags are your own labels, for example a study line or “new at school”. The "
                "partnerships can be balanced by them. Store nothing else about a student here."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("tagList")
        self.list.setModel(self.model)
        self.new_tag = QLineEdit()
        self.new_tag.setObjectName("newTag")
        self.new_tag.setPlaceholderText(self.tr("New tag"))
        self.new_tag.returnPressed.connect(self.add_tag)
        add = QPushButton(self.tr("Add tag"))
        add.clicked.connect(self.add_tag)
        rename = QPushButton(self.tr("Rename…"))
        rename.clicked.connect(self.rename_tag)
        delete = QPushButton(self.tr("Delete from the class"))
        delete.setProperty("danger", True)
        delete.clicked.connect(self.delete_tag)
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(add)
        manage = QHBoxLayout()
        manage.addWidget(rename)
        manage.addWidget(delete)
        manage.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addLayout(manage)
        layout.addWidget(buttons)
        self._load(set(student.tags))
        self.resize(460, 460)

    def _load(self, checked: set[str]) -> None:
        self.model.clear()
        for name in self._roster.list_tags(self._class_id):
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)

    def checked_tags(self) -> list[str]:
        return [
            self.model.item(row).text()
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _current_tag(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.itemFromIndex(index).text() if index.isValid() else None

    def add_tag(self) -> None:
        text = self.new_tag.text()
        if not text.strip():
            return
        checked = set(self.checked_tags())
        try:
            name = self._roster.add_tag(self._class_id, text)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Tag not added"), describe(exc))
            return
        self.new_tag.clear()
        self._load(checked | {name})

    def rename_tag(self) -> None:
        old = self._current_tag()
        if old is None:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename tag"), self.tr("New name"), text=old)
        if not ok or not new.strip():
            return
        checked = set(self.checked_tags())
        try:
            name = self._roster.rename_tag(self._class_id, old, new)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Tag not renamed"), describe(exc))
            return
        self._load({name if t == old else t for t in checked})

    def delete_tag(self) -> None:
        name = self._current_tag()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the tag?"),
            fill(self.tr("“%1” is removed from every student in the class."), name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        checked = set(self.checked_tags()) - {name}
        try:
            self._roster.delete_tag(self._class_id, name)
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Tag not deleted"), describe(exc))
            return
        self._load(checked)

    def accept(self) -> None:
        try:
            _record, self.undo_step = self._roster.set_student_tags(
                self._student.id, self.checked_tags()
            )
        except NetwerkError as exc:
            QMessageBox.warning(self, self.tr("Tags not saved"), describe(exc))
            return
        super().accept()
