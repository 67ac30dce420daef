"""What the teacher types on the class view itself when there is one screen: the tally counts
and the charter rules. The class sees these fields, so they show only what the class may
see: the counts stay hidden (dots) until the chart is shown, where counts below 3 read
"fewer than 3"; the running total tells the teacher that every answer is in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import Tally
from ui.common.retranslating import Retranslating
from ui.presentation.class_work import MAX_COUNT, counted_text
from ui.presentation.controller import PresentationController


class BarTally(Retranslating, QWidget):
    """A hidden count per option, the running total, and show or hide the chart."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barTally")
        self._controller = controller
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.total = QLabel()
        self.total.setObjectName("barTallyTotal")
        self.show_button = QPushButton()
        self.show_button.setObjectName("barShowTally")
        self.show_button.setProperty("primary", True)
        self.show_button.clicked.connect(lambda: self.save(show=True))
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("barHideTally")
        self.hide_button.clicked.connect(lambda: self.save(show=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.hide_button)
        buttons.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Type the counts: the class sees dots until you show the chart, and counts "
                "below 3 as “fewer than 3”."
            )
        )
        self.show_button.setText(self.tr("Show the chart"))
        self.hide_button.setText(self.tr("Hide the chart"))
        self._count()

    def load(self, tally: Tally, step_id: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        counts = self._controller.tally_counts(step_id)
        for option in tally.options:
            field = QLineEdit()
            field.setObjectName(f"barTally_{option.id}")
            field.setValidator(QIntValidator(0, MAX_COUNT, field))
            field.setEchoMode(QLineEdit.EchoMode.Password)  # no small count singled out
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setMaximumWidth(120)
            if option.id in counts:
                field.setText(str(counts[option.id]))
            field.textChanged.connect(self._count)
            field.returnPressed.connect(self.focusNextChild)
            self.fields[option.id] = field
            self.form.addRow(option.text, field)
        self._count()

    def counts(self) -> dict[str, int]:
        return {key: int(field.text() or 0) for key, field in self.fields.items()}

    def _count(self) -> None:
        self.total.setText(counted_text(sum(self.counts().values()), self._controller))

    def save(self, show: bool) -> None:
        self._controller.save_tally(self.counts(), show=show)


class BarCharter(Retranslating, QWidget):
    """Type a rule the class agrees on and press Enter: it appears at once."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barCharter")
        self._controller = controller
        self.rule = QLineEdit()
        self.rule.setObjectName("barCharterRule")
        self.rule.returnPressed.connect(self.add_rule)
        self.add_button = QPushButton()
        self.add_button.setObjectName("barAddRule")
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("barRemoveRule")
        self.remove_button.clicked.connect(self.remove_last)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.remove_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.rule.setPlaceholderText(self.tr("Type a rule the class agrees on, then Enter"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove the last rule"))

    def add_rule(self) -> None:
        text = " ".join(self.rule.text().split())
        if text:
            self._controller.set_charter_rules([*self._controller.charter_rules, text])
            self.rule.clear()

    def remove_last(self) -> None:
        rules = list(self._controller.charter_rules)
        if rules:
            self._controller.set_charter_rules(rules[:-1])
