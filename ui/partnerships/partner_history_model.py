"""One student's partnerships rotation by rotation: partners, then the others in the group."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netwerk_desktop.services.partnership_records import PartnerHistoryRow
from ui.common.messages.partnerships import name_list
from ui.partnerships.labels import short_date

Index = QModelIndex | QPersistentModelIndex
ROTATION, STARTED, PARTNERS, GROUP_MATES = range(4)


class PartnerHistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnerHistoryRow] = []
        self._numbers: dict[int, int] = {}

    def set_rows(self, rows: list[PartnerHistoryRow], numbers: dict[int, int]) -> None:
        """`numbers` maps a saved rotation's number to its place in the history (1, 2, ...)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._numbers = dict(numbers)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Rotation"), self.tr("Started"), self.tr("Partners"), self.tr("Group"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == ROTATION:
            return str(self._numbers.get(row.rotation_number, row.rotation_number))
        if column == STARTED:
            return short_date(row.starts_on)
        people = row.partners if column == PARTNERS else row.group_mates
        return name_list([s.display_name for s in people]) or "–"
