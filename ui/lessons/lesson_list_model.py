"""The lesson series as a list: number, title, minutes, summary and goals of each lesson."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from netwerk_desktop.content import Lesson, plain_text
from ui.common.step_names import minutes_text

Index = QModelIndex | QPersistentModelIndex
HtmlRole = Qt.ItemDataRole.UserRole + 10
LessonIdRole = Qt.ItemDataRole.UserRole + 11


class LessonListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lessons: list[Lesson] = []

    def set_lessons(self, lessons: tuple[Lesson, ...] | list[Lesson]) -> None:
        self.beginResetModel()
        self._lessons = list(lessons)
        self.endResetModel()

    def retranslate(self) -> None:
        if self._lessons:
            self.dataChanged.emit(self.index(0), self.index(len(self._lessons) - 1))

    def lesson(self, row: int) -> Lesson:
        return self._lessons[row]

    def row_of(self, lesson_id: str) -> int | None:
        return next((r for r, lesson in enumerate(self._lessons) if lesson.id == lesson_id), None)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._lessons)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        lesson = self._lessons[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{lesson.number}. {plain_text(lesson.title)}"
        if role == HtmlRole:
            return self._html(lesson)
        if role == LessonIdRole:
            return lesson.id
        return None

    def _html(self, lesson: Lesson) -> str:
        facts = " · ".join(
            (minutes_text(lesson.minutes), self.tr("%n step(s)", "", len(lesson.steps)))
        )
        goals = "".join(f"<li>{html.escape(plain_text(goal))}</li>" for goal in lesson.goals)
        return (
            f"<p style='margin:0'><b>{lesson.number}. {html.escape(plain_text(lesson.title))}"
            f"</b></p><p style='margin:0'><span class='muted'>{html.escape(facts)}</span></p>"
            f"<p style='margin:4px 0 4px 0'><i>{html.escape(plain_text(lesson.summary))}</i></p>"
            f"<ul style='margin:0; -qt-list-indent:1'>{goals}</ul>"
        )
