"""The board's warnings as a list: the sentence, and a colour dot for how serious it is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
GroupRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class WarningRow:
    text: str
    serious: bool  # a rule broken or a size off; else a meeting that happened before
    group_index: int | None


class WarningListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WarningRow] = []
        self.serious_color = QColor("#a8322d")
        self.repeat_color = QColor("#e0a100")

    def set_rows(self, rows: list[WarningRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def texts(self) -> list[str]:
        return [row.text for row in self._rows]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.DecorationRole:
            return self.serious_color if row.serious else self.repeat_color
        if role == GroupRole:
            return row.group_index
        return None
