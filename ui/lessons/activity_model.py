"""The activity catalogue as a list, and the filters a teacher narrows it with.

Time: an activity fits "up to N minutes" when its shortest version does. Group size: "a class
of N" fits whole-class activities and any activity whose groups N people can fill; "a group of
N" fits activities done in groups that size (not whole-class ones).
"""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from netwerk_desktop.content import Activity, ActivityKind, Space, plain_text
from ui.lessons.activity_names import (
    activity_kind_name,
    group_size_text,
    minute_range_text,
    space_name,
)

Index = QModelIndex | QPersistentModelIndex
HtmlRole = Qt.ItemDataRole.UserRole + 10
ActivityIdRole = Qt.ItemDataRole.UserRole + 11


class GroupFit(Enum):
    ANY = "any"
    CLASS = "class"  # the whole class of N students takes part
    GROUP = "group"  # one group of N people


class ActivityListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._activities: list[Activity] = []

    def set_activities(self, activities: tuple[Activity, ...] | list[Activity]) -> None:
        self.beginResetModel()
        self._activities = list(activities)
        self.endResetModel()

    def retranslate(self) -> None:
        if self._activities:
            self.dataChanged.emit(self.index(0), self.index(len(self._activities) - 1))

    def activity(self, row: int) -> Activity:
        return self._activities[row]

    def row_of(self, activity_id: str) -> int | None:
        return next((r for r, a in enumerate(self._activities) if a.id == activity_id), None)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._activities)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        activity = self._activities[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_text(activity.title)
        if role == HtmlRole:
            facts = " · ".join(
                (
                    minute_range_text(activity.minutes),
                    group_size_text(activity.group_size),
                    ", ".join(space_name(space) for space in activity.spaces),
                )
            )
            return (
                f"<p style='margin:0'><b>{html.escape(plain_text(activity.title))}</b>"
                f" <span class='muted'>· {html.escape(activity_kind_name(activity.kind))}"
                f"</span></p><p style='margin:0'><span class='muted'>{html.escape(facts)}"
                f"</span></p><p style='margin:4px 0 0 0'>"
                f"{html.escape(plain_text(activity.summary))}</p>"
            )
        if role == ActivityIdRole:
            return activity.id
        return None


def searchable_text(activity: Activity) -> str:
    parts = (
        activity.title,
        activity.summary,
        *activity.materials,
        *activity.steps,
        *activity.variations,
    )
    return " ".join(plain_text(part) for part in parts).casefold()


class ActivityFilter(QSortFilterProxyModel):
    """Time, group size, space, kind and free-text search; every filter left empty lets all in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.max_minutes: int | None = None
        self.space: Space | None = None
        self.kind: ActivityKind | None = None
        self.group_fit = GroupFit.ANY
        self.people = 0
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_max_minutes(self, minutes: int | None) -> None:
        self.beginFilterChange()
        self.max_minutes = minutes
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_space(self, space: Space | None) -> None:
        self.beginFilterChange()
        self.space = space
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: ActivityKind | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_group(self, fit: GroupFit, people: int) -> None:
        self.beginFilterChange()
        self.group_fit = fit
        self.people = people
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, activity: Activity) -> bool:
        if self.max_minutes is not None and activity.minutes.low > self.max_minutes:
            return False
        if self.space is not None and self.space not in activity.spaces:
            return False
        if self.kind is not None and activity.kind is not self.kind:
            return False
        if not self._fits_group(activity):
            return False
        if self._words:
            haystack = searchable_text(activity)
            return all(word in haystack for word in self._words)
        return True

    def _fits_group(self, activity: Activity) -> bool:
        size = self.group_fit
        if size is GroupFit.ANY:
            return True
        low = activity.group_size.low
        if size is GroupFit.CLASS:
            return low is None or self.people >= low
        return not activity.group_size.whole_class and activity.group_size.fits(self.people)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActivityListModel)
        return self.accepts(model.activity(source_row))
