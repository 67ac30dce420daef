"""The filters over the activity catalogue: search, time, group size, space and kind.

Each drop-down's first entry lets everything through; the number next to the group-size
choice is the class or group size the teacher has in mind.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.content import ActivityKind, Space
from ui.common.flow_layout import FlowLayout
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.lessons.activity_model import ActivityFilter, GroupFit
from ui.lessons.activity_names import activity_kind_name, space_name

TIME_LIMITS: tuple[int | None, ...] = (None, 10, 20, 45, 90)
MAX_PEOPLE = 40
DEFAULT_PEOPLE = {GroupFit.ANY: 4, GroupFit.CLASS: 25, GroupFit.GROUP: 4}


class ActivityFilterBar(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, proxy: ActivityFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._people = dict(DEFAULT_PEOPLE)
        self.search = QLineEdit()
        self.search.setObjectName("activitySearch")
        self.search.setClearButtonEnabled(True)
        self.time = self._combo("activityTime", TIME_LIMITS)
        self.group = self._combo("activityGroup", tuple(GroupFit))
        # A drop-down rather than a spin box: a finger on a smartboard can pick from it.
        self.people = self._combo("activityPeople", tuple(range(1, MAX_PEOPLE + 1)))
        for row in range(self.people.count()):
            self.people.setItemText(row, str(self.people.itemData(row)))
        self.space = self._combo("activitySpace", (None, *Space))
        self.kind = self._combo("activityKind", (None, *ActivityKind))
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearActivityFilters")
        self.clear_button.clicked.connect(self.clear)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        choices = FlowLayout()
        for widget in (self.time, self.group, self.people, self.space, self.kind):
            choices.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(choices)

        self.search.textChanged.connect(self._apply)
        for combo in (self.time, self.space, self.kind):
            combo.currentIndexChanged.connect(self._apply)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.people.currentIndexChanged.connect(self._people_changed)
        self.retranslate()
        self._group_changed()

    def _combo(self, name: str, values: tuple[object, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value in values:
            combo.addItem("", value)
        return combo

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles, steps and materials"))
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Clear the search and every filter"))
        time_texts = [self.tr("Any length")] + [
            fill(self.tr("Up to %1 min"), str(limit)) for limit in TIME_LIMITS if limit is not None
        ]
        group_texts = {
            GroupFit.ANY: self.tr("Any group size"),
            GroupFit.CLASS: self.tr("Fits a class of"),
            GroupFit.GROUP: self.tr("Fits a group of"),
        }
        for row, text in enumerate(time_texts):
            self.time.setItemText(row, text)
        for row, fit in enumerate(GroupFit):
            self.group.setItemText(row, group_texts[fit])
        self.space.setItemText(0, self.tr("Any space"))
        for row, space in enumerate(Space, start=1):
            self.space.setItemText(row, space_name(space))
        self.kind.setItemText(0, self.tr("Any kind"))
        for row, kind in enumerate(ActivityKind, start=1):
            self.kind.setItemText(row, activity_kind_name(kind))
        self.time.setToolTip(self.tr("How long the activity takes at the shortest"))
        self.group.setToolTip(
            self.tr(
                "A class of N: activities the whole class can do together or split into "
                "groups. A group of N: activities for groups of exactly that size."
            )
        )
        self.people.setToolTip(self.tr("Number of people"))
        self.people.setAccessibleName(self.tr("Number of people"))
        self.space.setToolTip(self.tr("Where the activity takes place"))
        self.kind.setToolTip(self.tr("Kind of activity"))

    def group_fit(self) -> GroupFit:
        value = self.group.currentData()
        return value if isinstance(value, GroupFit) else GroupFit.ANY

    def people_count(self) -> int:
        value = self.people.currentData()
        return value if isinstance(value, int) else DEFAULT_PEOPLE[GroupFit.ANY]

    def set_people_count(self, people: int) -> None:
        self.people.setCurrentIndex(self.people.findData(max(1, min(MAX_PEOPLE, people))))

    def _group_changed(self) -> None:
        fit = self.group_fit()
        self.people.blockSignals(True)
        self.people.setCurrentIndex(self.people.findData(self._people[fit]))
        self.people.blockSignals(False)
        self.people.setVisible(fit is not GroupFit.ANY)
        self._apply()

    def _people_changed(self) -> None:
        # Each choice keeps its own number: a class of 25, a group of 4.
        self._people[self.group_fit()] = self.people_count()
        self._apply()

    def _apply(self) -> None:
        fit = self.group_fit()
        self._proxy.set_search(self.search.text())
        time = self.time.currentData()
        self._proxy.set_max_minutes(time if isinstance(time, int) else None)
        # Qt hands enum values of str back as plain strings
        space = self.space.currentData()
        self._proxy.set_space(Space(space) if space else None)
        kind = self.kind.currentData()
        self._proxy.set_kind(ActivityKind(kind) if kind else None)
        self._proxy.set_group(fit, self.people_count())
        self.changed.emit()

    def clear(self) -> None:
        for combo in (self.time, self.group, self.space, self.kind):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._group_changed()
