"""A class's keep-apart and keep-together rules, one sentence each."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netwerk_desktop.services.partnership_records import RuleView
from ui.common.placeholders import fill

Index = QModelIndex | QPersistentModelIndex


class RuleListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rules: list[RuleView] = []

    def set_rules(self, rules: list[RuleView]) -> None:
        self.beginResetModel()
        self._rules = list(rules)
        self.endResetModel()

    def rule(self, row: int) -> RuleView:
        return self._rules[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rules)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rule = self._rules[index.row()]
        a, b = rule.student_a.display_name, rule.student_b.display_name
        if rule.kind == "apart":
            return fill(self.tr("Keep %1 and %2 apart"), a, b)
        return fill(self.tr("Keep %1 and %2 together"), a, b)
