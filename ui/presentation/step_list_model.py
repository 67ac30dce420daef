"""The steps of the running lesson for the presenter view: number, title, planned minutes and
the time spent so far, and the lesson's two planning marks: where it splits into two shorter
lessons, and the step to leave out when running late (the teacher's screen only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ui.common.step_names import minutes_text
from ui.presentation.controller import PresentationController

Index = QModelIndex | QPersistentModelIndex


def clock_text(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class StepListModel(QAbstractListModel):
    def __init__(self, controller: PresentationController) -> None:
        super().__init__(controller)
        self._controller = controller

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._controller.lesson.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        controller = self._controller
        step = controller.lesson.steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            spent = controller.step_seconds(step.id)
            planned = minutes_text(step.minutes)
            used = f"  ·  {clock_text(spent)}" if spent else ""
            lines = [f"{index.row() + 1}.  {step.audience.title}", f"{planned}{used}"]
            lines.extend(self._marks(index.row()))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._marks(index.row())) or None
        if role == Qt.ItemDataRole.FontRole and index.row() == controller.index:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join([step.audience.title, *self._marks(index.row())])
        return None

    def _marks(self, row: int) -> list[str]:
        steps = self._controller.lesson.steps
        step = steps[row]
        marks = []
        if step.drop_if_late:
            marks.append(
                QCoreApplication.translate("StepList", "Running late? Leave this step out.")
            )
        if step.split_after and row < len(steps) - 1:
            marks.append(
                QCoreApplication.translate(
                    "StepList", "Two shorter lessons? The first part ends after this step."
                )
            )
        return marks

    def refresh_times(self) -> None:
        """Times moved on (every second) or the step changed: redraw the rows."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
