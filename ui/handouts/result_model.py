"""The handouts a batch made, as a list: title and pages; the row opens its preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netwerk_desktop.handouts.request import RenderedHandout

Index = QModelIndex | QPersistentModelIndex


class HandoutResultModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handouts: list[RenderedHandout] = []

    def set_handouts(self, handouts: list[RenderedHandout]) -> None:
        self.beginResetModel()
        self._handouts = [handout for handout in handouts if handout.path is not None]
        self.endResetModel()

    def handout(self, row: int) -> RenderedHandout:
        return self._handouts[row]

    def paths(self) -> list[Path]:
        return [handout.path for handout in self._handouts if handout.path is not None]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._handouts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        handout = self._handouts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            pages = self.tr("%n page(s)", "", handout.pages)
            return f"{handout.title} · {pages}"
        return None
