"""The year's tallies side by side: every tally the class answered, lesson by lesson, so the
teacher can see what moved (the follow-up lesson asks some questions of lesson 1 again).
For the teacher's eyes: counts below 3 are shown as they are here, never on the projector."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from netwerk_desktop.content import Tally, load_pack
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating

if TYPE_CHECKING:
    from netwerk_desktop.services.records import ClassSummary
    from netwerk_desktop.workspace import Workspace


def year_tallies_html(workspace: Workspace, summary: ClassSummary, empty: str) -> str:
    """Per question, the counts of each lesson that asked it, in lesson order."""
    pack = load_pack(summary.content_language)
    by_question: dict[str, list[str]] = {}
    order: list[str] = []
    for lesson in pack.lessons:
        for step in lesson.steps:
            if not isinstance(step.content, Tally):
                continue
            found = workspace.lessons.latest_tally(summary.id, lesson.id, step.id)
            if found is None:
                continue
            question = step.content.question
            if question not in by_question:
                by_question[question] = []
                order.append(question)
            counts = " · ".join(
                f"{html.escape(option.text)}: {found.count(option.id)}"
                for option in step.content.options
            )
            by_question[question].append(
                f"<li><b>{html.escape(fill(lesson_label(), str(lesson.number)))}</b> {counts}</li>"
            )
    if not order:
        return f"<p>{html.escape(empty)}</p>"
    return "".join(
        f"<h3>{html.escape(question)}</h3><ul>{''.join(by_question[question])}</ul>"
        for question in order
    )


def lesson_label() -> str:
    return QCoreApplication.translate("YearTalliesDialog", "Lesson %1:")


class YearTalliesDialog(Retranslating, QDialog):
    def __init__(
        self, workspace: Workspace, summary: ClassSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("yearTallies")
        self._workspace = workspace
        self._summary = summary
        self.view = QTextBrowser()
        self.view.setObjectName("yearTalliesView")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("The year's tallies: %1"), self._summary.name))
        self.view.setHtml(
            year_tallies_html(
                self._workspace, self._summary, self.tr("No tally has been counted yet.")
            )
        )
