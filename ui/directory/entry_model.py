"""The directory's entries as a table: name, category, ages, last checked, status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from netwerk_desktop.directory import Entry, EntryStatus
from ui.directory.directory_names import ages_text, category_name, checked_text, status_name

Index = QModelIndex | QPersistentModelIndex
NAME, CATEGORY, AGES, CHECKED, STATUS = range(5)
STALE = QColor(170, 90, 0)


class EntryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.today = date.today()
        self.help_titles: dict[str, str] = {}  # a help card line's title, for unnamed entries

    def set_entries(self, entries: list[Entry], today: date) -> None:
        self.beginResetModel()
        self.entries = entries
        self.today = today
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((row for row, e in enumerate(self.entries) if e.id == entry_id), None)

    def retranslate(self) -> None:
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, STATUS))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else STATUS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Ages"),
            self.tr("Last checked"),
            self.tr("Status"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                name = entry.name or self.help_titles.get(entry.help_role or "", "")
                return name if not entry.activity else f"{name} – {entry.activity}"
            if column == CATEGORY:
                return category_name(entry.category)
            if column == AGES:
                return ages_text(entry)
            if column == CHECKED:
                return checked_text(entry)
            return status_name(entry.status)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == CHECKED
            and entry.is_stale(self.today)
        ):
            return QBrush(STALE)
        if role == Qt.ItemDataRole.ForegroundRole and entry.status is EntryStatus.ENDED:
            return QBrush(QColor(120, 120, 125))
        if role == Qt.ItemDataRole.ToolTipRole and entry.is_stale(self.today):
            return self.tr("Not checked in the last 12 months: check it before students go.")
        return None
