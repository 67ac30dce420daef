"""A class's students as a table: name (editable in place), tags, and whether they left.

The rows arrive in the class language's name order from the service; the proxy sorts by that
order (SortRole) rather than by Qt's own string comparison, so Danish æ ø å stay after z.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from netwerk_desktop.services.records import StudentRecord

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
StudentIdRole = Qt.ItemDataRole.UserRole + 2
SearchRole = Qt.ItemDataRole.UserRole + 3

NAME, TAGS, STATUS = range(3)


class RosterModel(QAbstractTableModel):
    def __init__(self, rename: Callable[[int, str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._students: list[StudentRecord] = []
        self._rename = rename  # asks the service; False when it refused (the error is shown)

    def set_students(self, students: list[StudentRecord]) -> None:
        self.beginResetModel()
        self._students = list(students)
        self.endResetModel()

    def student(self, row: int) -> StudentRecord:
        return self._students[row]

    def row_of(self, student_id: int) -> int | None:
        for row, student in enumerate(self._students):
            if student.id == student_id:
                return row
        return None

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._students)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Tags"), self.tr("Status"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == NAME:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        student = self._students[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return student.display_name
            if column == TAGS:
                return ", ".join(student.tags)
            return self.tr("Active") if student.active else self.tr("Left the class")
        if role == SortRole:
            # The service's order for names; the displayed text for the other columns.
            if column == NAME:
                return index.row()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == SearchRole:
            return f"{student.display_name} {' '.join(student.tags)}".casefold()
        if role == StudentIdRole:
            return student.id
        if role == Qt.ItemDataRole.ForegroundRole and not student.active:
            color = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.FontRole and not student.active and column == NAME:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NAME:
            return False
        student = self._students[index.row()]
        text = str(value)
        if text.strip() == student.display_name:
            return False
        return self._rename(student.id, text)


class RosterFilter(QSortFilterProxyModel):
    """Search as you type over names and tags; optionally hide students who left."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self._needle = ""
        self.hide_inactive = False

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_hide_inactive(self, hide: bool) -> None:
        self.beginFilterChange()
        self.hide_inactive = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RosterModel)
        student = model.student(source_row)
        if self.hide_inactive and not student.active:
            return False
        if not self._needle:
            return True
        haystack = model.data(model.index(source_row, NAME), SearchRole)
        return all(word in str(haystack) for word in self._needle.split())
