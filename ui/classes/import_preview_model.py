"""An import preview as a table: line, name as it will be saved, and what happens to the row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from netwerk_desktop.rosters import ImportPreview, PreviewRow, RowStatus
from ui.common.messages.roster import describe_row_problem
from ui.common.placeholders import fill

Index = QModelIndex | QPersistentModelIndex

# Text colours with at least 4.5:1 against the table (WCAG 1.4.3), one set for light tables
# and one for dark ones (the dark and high-contrast themes).
STATUS_COLORS_ON_LIGHT = {
    RowStatus.OK: "#1f6b3f",  # 6.5:1 on white
    RowStatus.EMPTY: "#5a6169",  # 6.3:1
    RowStatus.DUPLICATE_IN_FILE: "#8f5000",  # 6.3:1
    RowStatus.ALREADY_IN_CLASS: "#8f5000",
    RowStatus.PROBLEM: "#a8322d",  # 6.7:1
}
STATUS_COLORS_ON_DARK = {
    RowStatus.OK: "#7fd49b",  # 8.5:1 on #23262b
    RowStatus.EMPTY: "#a6adb5",  # 6.7:1
    RowStatus.DUPLICATE_IN_FILE: "#ffb454",  # 8.6:1
    RowStatus.ALREADY_IN_CLASS: "#ffb454",
    RowStatus.PROBLEM: "#ff8a80",  # 6.7:1
}


def status_color(status: RowStatus) -> str:
    """The row's status colour for the table as the current theme paints it."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    on_light = base.lightness() >= 128
    return (STATUS_COLORS_ON_LIGHT if on_light else STATUS_COLORS_ON_DARK)[status]


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview is not None else ()
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), self.tr("Name as it will be saved"), self.tr("What happens"))[
            section
        ]

    def status_text(self, row: PreviewRow) -> str:
        if row.status is RowStatus.OK:
            return self.tr("Will be added")
        if row.status is RowStatus.EMPTY:
            return self.tr("Empty row, skipped")
        if row.status is RowStatus.DUPLICATE_IN_FILE:
            return fill(self.tr("Same name as line %1, skipped"), str(row.duplicate_of_line))
        if row.status is RowStatus.ALREADY_IN_CLASS:
            return self.tr("Already in the class, skipped")
        return self.problem_text(row)

    def problem_text(self, row: PreviewRow) -> str:
        return "" if row.problem is None else describe_row_problem(row.problem)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.line), row.name, self.status_text(row))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(QColor(status_color(row.status)))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
