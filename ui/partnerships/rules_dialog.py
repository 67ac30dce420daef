"""A class's partnership rules: keep two students apart, or keep them together (in one group).

Rules are hard: every proposal keeps them, and the board warns when a change by hand breaks
one. Each rule is saved at once; the list shows them all and removes the chosen one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.services.records import StudentRecord
from ui.common.messages import describe
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.partnerships.rule_list_model import RuleListModel

if TYPE_CHECKING:
    from netwerk_desktop.services.partnerships import PartnershipsService


class RulesDialog(Retranslating, QDialog):
    def __init__(
        self,
        partnerships: PartnershipsService,
        class_id: int,
        class_name: str,
        students: list[StudentRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self._partnerships = partnerships
        self._class_id = class_id
        self._class_name = class_name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.kind = QComboBox()
        self.kind.setObjectName("ruleKind")
        self.first = QComboBox()
        self.first.setObjectName("ruleFirst")
        self.second = QComboBox()
        self.second.setObjectName("ruleSecond")
        for box in (self.first, self.second):
            for student in students:
                box.addItem(student.display_name, student.id)
        if self.second.count() > 1:
            self.second.setCurrentIndex(1)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addRule")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_chosen_rule)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.list_title = QLabel()
        self.list_title.setProperty("role", "subtitle")
        self.model = RuleListModel(self)
        self.list = QListView()
        self.list.setObjectName("ruleList")
        self.list.setModel(self.model)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRule")
        self.remove_button.setProperty("danger", True)
        self.remove_button.clicked.connect(self.remove_chosen_rule)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)

        pick = QGridLayout()
        self.kind_label, self.first_label, self.second_label = QLabel(), QLabel(), QLabel()
        for column, (label, box) in enumerate(
            (
                (self.kind_label, self.kind),
                (self.first_label, self.first),
                (self.second_label, self.second),
            )
        ):
            label.setBuddy(box)
            pick.addWidget(label, 0, column)
            pick.addWidget(box, 1, column)
        pick.addWidget(self.add_button, 1, 3)
        pick.setColumnStretch(1, 1)
        pick.setColumnStretch(2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(pick)
        layout.addWidget(self.error)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.resize(760, 520)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Rules for %1"), self._class_name))
        self.intro.setText(
            self.tr(
                "Keep apart: the two are never in the same partnership group. Keep together: "
                "they are always in the same group. Every proposal keeps these rules."
            )
        )
        kind = self.kind.currentIndex()
        self.kind.clear()
        self.kind.addItem(self.tr("Keep apart"), "apart")
        self.kind.addItem(self.tr("Keep together"), "together")
        self.kind.setCurrentIndex(max(kind, 0))
        self.kind_label.setText(self.tr("Rule"))
        self.first_label.setText(self.tr("Student"))
        self.second_label.setText(self.tr("and student"))
        self.add_button.setText(self.tr("Add rule"))
        self.list_title.setText(self.tr("Rules of the class"))
        self.empty.setText(self.tr("No rules yet."))
        self.remove_button.setText(self.tr("Remove rule"))

    def refresh(self) -> None:
        self.model.set_rules(self._partnerships.list_rules(self._class_id))
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectionModel().selectedRows()))
        self.add_button.setEnabled(self.first.count() > 1)

    def add_chosen_rule(self) -> None:
        a, b = self.first.currentData(), self.second.currentData()
        if a is None or b is None:
            return
        if a == b:
            self._show_error(self.tr("Choose two different students."))
            return
        try:
            self._partnerships.add_rule(self._class_id, str(self.kind.currentData()), a, b)
        except NetwerkError as exc:
            self._show_error(describe(exc))
            return
        self.error.hide()
        self.refresh()

    def remove_chosen_rule(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self._partnerships.remove_rule(self.model.rule(rows[0].row()).id)
        except NetwerkError as exc:
            self._show_error(describe(exc))
            return
        self.refresh()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
