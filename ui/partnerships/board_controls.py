"""Beside the board: how to make new partnerships, who is away today, which tags to balance
by, and the class's rules. The controls ask; the board page does the work."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.services.records import StudentRecord
from ui.common.retranslating import Retranslating
from ui.partnerships.check_list_model import CheckListModel, Choice


class BoardControls(Retranslating, QWidget):
    make_requested = Signal(str)  # full | new_groups | new_pairs
    try_another_requested = Signal()
    back_today_requested = Signal(int)
    rules_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make_title = QLabel()
        self.make_title.setProperty("role", "subtitle")
        self.full_button = QPushButton()
        self.full_button.setObjectName("makeFull")
        self.full_button.setProperty("primary", True)
        self.full_button.clicked.connect(lambda: self.make_requested.emit("full"))
        self.groups_button = QPushButton()
        self.groups_button.setObjectName("makeNewGroups")
        self.groups_button.clicked.connect(lambda: self.make_requested.emit("new_groups"))
        self.pairs_button = QPushButton()
        self.pairs_button.setObjectName("makeNewPairs")
        self.pairs_button.clicked.connect(lambda: self.make_requested.emit("new_pairs"))
        self.another_button = QPushButton()
        self.another_button.setObjectName("tryAnother")
        self.another_button.clicked.connect(self.try_another_requested)
        self.busy = QProgressBar()
        self.busy.setObjectName("solverBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy_label = QLabel()
        self.busy_label.setProperty("role", "muted")

        self.away_title = QLabel()
        self.away_title.setProperty("role", "subtitle")
        self.away_hint = QLabel()
        self.away_hint.setProperty("role", "muted")
        self.away_hint.setWordWrap(True)
        self.away = CheckListModel(self)
        self.away_list = QListView()
        self.away_list.setObjectName("awayList")
        self.away_list.setModel(self.away)
        self.away_list.setMinimumHeight(160)
        self.away_list.setWordWrap(True)
        self.away_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.away_list.selectionModel().currentChanged.connect(lambda *_: self.update_back())
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToday")
        self.back_button.clicked.connect(self._back_today)

        self.tags_title = QLabel()
        self.tags_title.setProperty("role", "subtitle")
        self.tags = CheckListModel(self)
        self.tags_list = QListView()
        self.tags_list.setObjectName("balanceTags")
        self.tags_list.setModel(self.tags)
        self.tags_list.setMaximumHeight(120)
        self.no_tags = QLabel()
        self.no_tags.setProperty("role", "muted")
        self.no_tags.setWordWrap(True)
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("openRules")
        self.rules_button.clicked.connect(self.rules_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.make_title)
        for button in (
            self.full_button,
            self.groups_button,
            self.pairs_button,
            self.another_button,
        ):
            layout.addWidget(button)
        layout.addWidget(self.busy)
        layout.addWidget(self.busy_label)
        layout.addSpacing(8)
        layout.addWidget(self.away_title)
        layout.addWidget(self.away_hint)
        layout.addWidget(self.away_list, 1)
        layout.addWidget(self.back_button)
        layout.addSpacing(8)
        layout.addWidget(self.tags_title)
        layout.addWidget(self.tags_list)
        layout.addWidget(self.no_tags)
        layout.addWidget(self.rules_button)
        self._rules = 0
        self.students: tuple[StudentRecord, ...] = ()
        self._unplaced: set[int] = set()
        self._away: set[int] = set()
        self.set_busy(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.make_title.setText(self.tr("Make partnerships"))
        self.full_button.setText(self.tr("New partnerships"))
        self.full_button.setToolTip(
            self.tr("New pairs in new groups, with as many new partners as possible.")
        )
        self.groups_button.setText(self.tr("New groups, same pairs"))
        self.groups_button.setToolTip(self.tr("The pairs on the board stay; they meet new pairs."))
        self.pairs_button.setText(self.tr("New pairs in the same groups"))
        self.pairs_button.setToolTip(
            self.tr("The groups on the board stay; inside each group the partners change.")
        )
        self.another_button.setText(self.tr("Try another"))
        self.another_button.setToolTip(self.tr("Another proposal of the same kind."))
        self.busy_label.setText(self.tr("Making a proposal…"))
        self.away_title.setText(self.tr("Absent today"))
        self.away_hint.setText(
            self.tr(
                "Tick who is away: new partnerships leave them out, and “Back today” gives "
                "them a place."
            )
        )
        self.back_button.setText(self.tr("Back today"))
        self.tags_title.setText(self.tr("Balance by tags"))
        self.no_tags.setText(
            self.tr("This class has no tags. Give students tags in Classes to balance the groups.")
        )
        self.set_rule_count(self._rules)
        self.set_students(self.students, self._away, self._unplaced)

    # What is shown -----------------------------------------------------------------------------

    def set_students(
        self, students: Sequence[StudentRecord], away: set[int], unplaced: set[int]
    ) -> None:
        """The active students, ticked when away; `unplaced` have no place on the board."""
        key = self.chosen_student()
        self.students, self._away, self._unplaced = tuple(students), set(away), set(unplaced)
        note = self.tr("no place yet")
        self.away.set_choices(
            [
                Choice(s.id, s.display_name, s.id in away, note if s.id in unplaced else "")
                for s in students
            ]
        )
        row = self.away.row_of(key) if key is not None else None
        if row is not None:
            self.away_list.setCurrentIndex(self.away.index(row))
        self.update_back()

    def set_tags(self, tags: Sequence[str], balance: set[str]) -> None:
        self.tags.set_choices([Choice(tag, tag, tag in balance) for tag in tags])
        self.tags_list.setVisible(bool(tags))
        self.no_tags.setVisible(not tags)

    def set_rule_count(self, count: int) -> None:
        self._rules = count
        self.rules_button.setText(self.tr("Rules (%n)…", "", count))

    def set_can_make(self, can_make: bool, has_board: bool, can_try_again: bool) -> None:
        self.full_button.setEnabled(can_make)
        self.groups_button.setEnabled(can_make and has_board)
        self.pairs_button.setEnabled(can_make and has_board)
        self.another_button.setEnabled(can_make and can_try_again)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    # Back today --------------------------------------------------------------------------------

    def chosen_student(self) -> int | None:
        index = self.away_list.currentIndex()
        if not index.isValid():
            return None
        key = self.away.choice(index.row()).key
        return key if isinstance(key, int) else None

    def update_back(self) -> None:
        self.back_button.setEnabled(self.chosen_student() in self._unplaced)

    def _back_today(self) -> None:
        student = self.chosen_student()
        if student is not None and student in self._unplaced:
            self.back_today_requested.emit(student)
