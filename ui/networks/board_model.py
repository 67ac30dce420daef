"""The board's needs and offers as a table for the teacher: code, kind, category, text, status
and whether it is on the board. Texts can be rewritten in place; dragging an item onto another
asks for a match. The model changes nothing itself: it says what the teacher asked for."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from netwerk_desktop.networks import BoardView, ItemView, Shown
from ui.common.placeholders import fill
from ui.common.record_table import Index, RecordTableModel
from ui.networks.board_names import category_name, kind_name, reason_name, shown_name, status_name

ItemIdRole = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-netwerk-board-item"
CODE, TEXT, CATEGORY, STATUS, SHOWN = range(5)
WARNING = QColor(180, 40, 40)


class BoardItemModel(RecordTableModel[ItemView]):
    text_edited = Signal(int, str)  # item id, the new text
    match_requested = Signal(int, int)  # the dragged item's id, the one it was dropped on

    @property
    def items(self) -> tuple[ItemView, ...]:
        return self.records

    def set_board(self, board: BoardView | None) -> None:
        self.set_records(board.items if board is not None else ())

    def item(self, row: int) -> ItemView | None:
        return self.record(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Text"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Board"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, column, role == Qt.ItemDataRole.EditRole)
        if role == ItemIdRole:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.names and column == TEXT:
                return QBrush(WARNING)
            if item.shown is not Shown.POSTED:
                return QBrush(QColor(120, 120, 125))
        if role == Qt.ItemDataRole.FontRole and (item.follow_up_due or column == CODE):
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def _text(self, item: ItemView, column: int, editing: bool) -> str:
        if column == CODE:
            return f"{item.code} · {kind_name(item.kind)}"
        if column == CATEGORY:
            return category_name(item.category)
        if column == TEXT:
            if editing or item.text:
                return item.text
            return self.tr("(not kept: follow it up in person)")
        if column == STATUS:
            return status_name(item.status)
        if item.shown is Shown.NOT_POSTED and item.reason is not None:
            return f"{shown_name(item.shown)}: {reason_name(item.reason)}"
        return "" if item.shown is Shown.POSTED else shown_name(item.shown)

    def _tooltip(self, item: ItemView) -> str | None:
        if item.names:
            return fill(
                self.tr(
                    "This text holds a name from the class list (%1). It is not shown to the class "
                    "or printed: rewrite it without the name."
                ),
                ", ".join(item.names),
            )
        if item.follow_up_due:
            return self.tr("Not posted because of a worry. Follow it up in person, then tick it.")
        return None

    # Editing and dragging -----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        item = self.item(index.row())
        if index.column() == TEXT and item is not None and item.shown is not Shown.NOT_POSTED:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole or index.column() != TEXT:
            return False
        text = str(value)
        if text.strip() != item.text:
            self.text_edited.emit(item.id, text)
        return False  # the board comes back from the service with the text as saved

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = {index.row() for index in indexes if index.isValid()}
        item = self.item(min(rows)) if rows else None
        if item is not None:
            data.setData(MIME, QByteArray(str(item.id).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        target = self.item(parent.row()) if parent.isValid() else self.item(row)
        if not data.hasFormat(MIME) or target is None:
            return False
        dragged = int(bytes(data.data(MIME).data()).decode() or 0)
        if dragged and dragged != target.id:
            self.match_requested.emit(dragged, target.id)
        return False  # nothing moves in the table: the match is made by the service
