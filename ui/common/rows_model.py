"""A read-only table of plain rows for lists a screen only shows (and lets the teacher pick
from): the screen gives the header texts and the rows; each row keeps its value for UserRole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[str, ...]] = []
        self._values: list[Any] = []
        self._checks: list[bool | None] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        values: Sequence[Any] | None = None,
        checks: Sequence[bool | None] | None = None,
    ) -> None:
        """`checks` puts a check box in the first column of a row (None: no box)."""
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._values = list(values) if values is not None else [None] * len(self._rows)
        self._checks = list(checks) if checks is not None else [None] * len(self._rows)
        self.endResetModel()

    def value(self, row: int) -> Any:
        return self._values[row] if 0 <= row < len(self._values) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            check = self._checks[index.row()]
            if check is not None:
                return Qt.CheckState.Checked if check else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return self._values[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section < len(self._headers)
        ):
            return self._headers[section]
        return None
