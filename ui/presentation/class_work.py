"""What the teacher types during a step: the class charter as it is agreed, and the counts
of a tally. Both show on the audience view through the controller."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import Tally
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.presentation.controller import PresentationController

MAX_COUNT = 999
SHOWN_RULES = 6  # a class charter has about six rules: all in view while they are agreed


class TallyText(QObject):
    """Plural texts: pyside6-lupdate finds plural forms only in tr() calls of a QObject."""

    def counted(self, total: int, students: int) -> str:
        return fill(self.tr("Counted: %1 of %n student(s)", "", students), str(total))


_TEXTS = TallyText()


def counted_text(total: int, controller: PresentationController) -> str:
    """The running total while counts are typed: every answer in? (28 of 28 students)"""
    return _TEXTS.counted(total, controller.summary.student_count)


class CharterEditor(Retranslating, QWidget):
    """Type a rule, press Enter: it appears on the audience view. Double-click to edit."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charterEditor")
        self._controller = controller
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.model = QStringListModel(self)
        self.list = QListView()
        self.list.setObjectName("charterRules")
        self.list.setModel(self.model)
        self.list.setMinimumHeight(self._rows_height(SHOWN_RULES))
        self.new_rule = QLineEdit()
        self.new_rule.setObjectName("newCharterRule")
        self.new_rule.returnPressed.connect(self.add_rule)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCharterRule")
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_rule)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_rule(1))
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCharter")
        self.save_button.clicked.connect(controller.save_charter)
        self.model.dataChanged.connect(lambda *_: self._publish())

        entry = QHBoxLayout()
        entry.addWidget(self.new_rule, 1)
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(entry)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The class charter"))
        self.new_rule.setPlaceholderText(self.tr("Type a rule the class agrees on, then Enter"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.save_button.setText(self.tr("Save charter"))

    def load(self) -> None:
        self.model.setStringList(list(self._controller.charter_rules))
        self.list.setMinimumHeight(self._rows_height(SHOWN_RULES))

    def _rows_height(self, rows: int) -> int:
        """Room for `rows` rules at the list's row height (padding and UI scale included)."""
        self.list.ensurePolished()
        row = self.list.sizeHintForRow(0) if self.model.rowCount() else -1
        if row <= 0:
            row = self.list.fontMetrics().height() + 20
        return rows * row + 2 * self.list.frameWidth() + 8

    def rules(self) -> list[str]:
        return self.model.stringList()

    def add_rule(self) -> None:
        text = " ".join(self.new_rule.text().split())
        if not text:
            return
        self.model.setStringList([*self.rules(), text])
        self.new_rule.clear()
        self._publish()

    def remove_rule(self) -> None:
        row = self.list.currentIndex().row()
        if row < 0:
            return
        self.model.removeRows(row, 1)
        self._publish()

    def move_rule(self, by: int) -> None:
        row = self.list.currentIndex().row()
        target = row + by
        rules = self.rules()
        if row < 0 or not 0 <= target < len(rules):
            return
        rules[row], rules[target] = rules[target], rules[row]
        self.model.setStringList(rules)
        self.list.setCurrentIndex(self.model.index(target))
        self._publish()

    def _publish(self) -> None:
        self._controller.set_charter_rules(self.rules())


class TallyEntry(Retranslating, QWidget):
    """A count per option; the chart appears on the audience view when the teacher shows it."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyEntry")
        self._controller = controller
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.spins: dict[str, QSpinBox] = {}
        self.earlier = QLabel()
        self.earlier.setProperty("role", "muted")
        self.earlier.setWordWrap(True)
        self.privacy = QLabel()
        self.privacy.setProperty("role", "muted")
        self.privacy.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("tallyTotal")
        self.show_button = QPushButton()
        self.show_button.setObjectName("showTally")
        self.show_button.setProperty("primary", True)
        self.show_button.clicked.connect(lambda: self.save(show=True))
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("hideTally")
        self.hide_button.clicked.connect(lambda: self.save(show=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addLayout(self.form)
        layout.addWidget(self.total)
        layout.addLayout(buttons)
        layout.addWidget(self.privacy)
        layout.addWidget(self.earlier)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Count the answers"))
        self.show_button.setText(self.tr("Show the chart"))
        self.hide_button.setText(self.tr("Hide the chart"))
        self.privacy.setText(
            self.tr("Counts below 3 are shown as “fewer than 3”, so nobody is singled out.")
        )
        self._count()

    def load(self, tally: Tally, step_id: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = {}
        self.question.setText(tally.question)
        counts = self._controller.tally_counts(step_id)
        for option in tally.options:
            spin = QSpinBox()
            spin.setObjectName(f"tally_{option.id}")
            spin.setRange(0, MAX_COUNT)
            spin.setValue(counts.get(option.id, 0))
            spin.setMinimumWidth(120)
            spin.valueChanged.connect(self._count)
            self.spins[option.id] = spin
            self.form.addRow(option.text, spin)
        earlier = self._controller.earlier_tally(step_id)
        if earlier is None:
            self.earlier.hide()
        else:
            earlier_counts, number = earlier
            parts = [f"{o.text}: {earlier_counts.get(o.id, 0)}" for o in tally.options]
            self.earlier.setText(
                fill(self.tr("The same question in lesson %1: %2"), str(number), " · ".join(parts))
            )
            self.earlier.show()

        self._count()

    def counts(self) -> dict[str, int]:
        return {option_id: spin.value() for option_id, spin in self.spins.items()}

    def _count(self) -> None:
        self.total.setText(counted_text(sum(self.counts().values()), self._controller))

    def save(self, show: bool) -> None:
        self._controller.save_tally(self.counts(), show=show)
