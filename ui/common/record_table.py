"""A read-mostly table of records that have an `id`: one row each, one column per header.

Subclasses say their headers (translated, so a language switch re-reads them) and their
`data`; rows are replaced all at once when the service hands out new records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class _Record(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_Record)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: tuple[R, ...] = ()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self.records = tuple(records)
        self.endResetModel()

    def record(self, row: int) -> R | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, record_id: int) -> int | None:
        return next((row for row, r in enumerate(self.records) if r.id == record_id), None)

    def retranslate(self) -> None:
        last = len(self.headers()) - 1
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, last))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.records)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]
