"""A list of choices with tick boxes (who is away today, which tags to balance by), each with
an optional note after the text (for example "not placed")."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choice:
    key: object  # a student id or a tag name
    text: str
    checked: bool = False
    note: str = ""


class CheckListModel(QAbstractListModel):
    toggled = Signal(object, bool)  # key, ticked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []

    def set_choices(self, choices: list[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> Choice:
        return self._choices[row]

    def row_of(self, key: object) -> int | None:
        return next((row for row, c in enumerate(self._choices) if c.key == key), None)

    def checked_keys(self) -> list[object]:
        return [c.key for c in self._choices if c.checked]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._choices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{choice.text}  ({choice.note})" if choice.note else choice.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.checked else Qt.CheckState.Unchecked
        if role == KeyRole:
            return choice.key
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.set_checked(index.row(), checked)
        return True

    def set_checked(self, row: int, checked: bool) -> None:
        choice = self._choices[row]
        if choice.checked == checked:
            return
        self._choices[row] = Choice(choice.key, choice.text, checked, choice.note)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(choice.key, checked)
