"""The classes as a list for the Classes screen: name, school year, student count."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netwerk_desktop.services.records import ClassSummary
from ui.common.placeholders import fill

ClassIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ClassListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._classes: list[ClassSummary] = []

    def set_classes(self, classes: list[ClassSummary]) -> None:
        self.beginResetModel()
        self._classes = list(classes)
        self.endResetModel()

    def summary(self, row: int) -> ClassSummary:
        return self._classes[row]

    def row_of(self, class_id: int) -> int | None:
        for row, summary in enumerate(self._classes):
            if summary.id == class_id:
                return row
        return None

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._classes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self._classes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if summary.archived:
                return fill(self.tr("%1 (%2, archived)"), summary.name, summary.school_year)
            return f"{summary.name} ({summary.school_year})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n active student(s)", "", summary.student_count)
        if role == ClassIdRole:
            return summary.id
        return None
