"""The directory's entries as a table: name, category, ages, last checked, status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from netwerk_desktop.directory import Entry, EntryStatus
from ui.common.record_table import Index, RecordTableModel
from ui.directory.directory_names import ages_text, category_name, checked_text, status_name

NAME, CATEGORY, AGES, CHECKED, STATUS = range(5)
STALE = QColor(170, 90, 0)


class EntryModel(RecordTableModel[Entry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.help_titles: dict[str, str] = {}  # a help card line's title, for unnamed entries

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.records

    def set_entries(self, entries: list[Entry], today: date) -> None:
        self.today = today
        self.set_records(entries)

    def entry(self, row: int) -> Entry | None:
        return self.record(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Ages"),
            self.tr("Last checked"),
            self.tr("Status"),
        )

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
