"""A class's lessons for its Lessons tab: number, title, and done / in progress / not started."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from netwerk_desktop.services.lesson_records import ClassProgress, LessonProgress, LessonState
from ui.common.placeholders import fill

Index = QModelIndex | QPersistentModelIndex
LessonIdRole = Qt.ItemDataRole.UserRole + 1


def state_text(progress: LessonProgress) -> str:
    if progress.state is LessonState.DONE:
        if progress.done_on is None:
            return QCoreApplication.translate("LessonProgress", "Done")
        done_on = progress.done_on
        day = QLocale().toString(
            QDate(done_on.year, done_on.month, done_on.day), QLocale.FormatType.ShortFormat
        )
        return fill(QCoreApplication.translate("LessonProgress", "Done on %1"), day)
    if progress.state is LessonState.IN_PROGRESS:
        if progress.step_number is None:
            return QCoreApplication.translate("LessonProgress", "In progress")
        return fill(
            QCoreApplication.translate("LessonProgress", "In progress: step %1 of %2"),
            str(progress.step_number),
            str(progress.step_count),
        )
    return QCoreApplication.translate("LessonProgress", "Not started")


class LessonProgressModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress: ClassProgress | None = None

    def set_progress(self, progress: ClassProgress | None) -> None:
        self.beginResetModel()
        self.progress = progress
        self.endResetModel()

    def lesson(self, row: int) -> LessonProgress | None:
        if self.progress is None or not 0 <= row < len(self.progress.lessons):
            return None
        return self.progress.lessons[row]

    def row_of(self, lesson_id: str) -> int | None:
        if self.progress is None:
            return None
        ids = [p.lesson_id for p in self.progress.lessons]
        return ids.index(lesson_id) if lesson_id in ids else None

    def rowCount(self, parent: Index | None = None) -> int:
        if (parent is not None and parent.isValid()) or self.progress is None:
            return 0
        return len(self.progress.lessons)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.lesson(index.row()) if index.isValid() else None
        if item is None or self.progress is None:
            return None
        is_next = self.progress.next is not None and self.progress.next.lesson_id == item.lesson_id
        if role == Qt.ItemDataRole.DisplayRole:
            state = state_text(item)
            if is_next:
                state = fill(self.tr("%1 · next"), state)
            return f"{item.number}.  {item.title}\n{state}"
        if role == Qt.ItemDataRole.FontRole and is_next:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == LessonIdRole:
            return item.lesson_id
        return None
