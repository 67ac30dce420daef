"""Rotations as a table: saved ones with their start date and how they were made, or the
season plan's rotations in the order they will start."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netwerk_desktop.services.partnership_records import RotationView
from ui.common.placeholders import fill
from ui.partnerships.labels import kind_name, rotation_title, short_date

Index = QModelIndex | QPersistentModelIndex
TITLE, STARTS, MADE, STUDENTS = range(4)


class RotationListModel(QAbstractTableModel):
    def __init__(self, planned: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planned = planned
        self._rotations: list[RotationView] = []

    def set_rotations(self, rotations: list[RotationView]) -> None:
        self.beginResetModel()
        self._rotations = list(rotations)
        self.endResetModel()

    def rotation(self, row: int) -> RotationView:
        return self._rotations[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rotations)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == TITLE:
            return self.tr("Rotation")
        if section == STARTS:
            return self.tr("Starts") if self.planned else self.tr("Started")
        if section == MADE:
            return self.tr("Made as")
        return self.tr("Students")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        rotation = self._rotations[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_name(rotation.kind)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == TITLE:
            if self.planned:
                return fill(self.tr("Planned %1"), str(index.row() + 1))
            return rotation_title(index.row() + 1)
        if column == STARTS:
            if self.planned:
                return self.tr("Next") if index.row() == 0 else self.tr("Later")
            return short_date(rotation.starts_on)
        if column == MADE:
            return kind_name(rotation.kind)
        return str(len(rotation.student_ids))
