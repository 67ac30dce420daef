"""A lesson on the Lessons screen, read-only: summary, goals, materials and preparation, then
every step as a card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from netwerk_desktop.content import Lesson, plain_text
from ui.common.placeholders import fill
from ui.common.retranslating import Retranslating
from ui.common.step_names import minutes_text
from ui.lessons.detail_sections import add_section, content_html, list_html, rich_label
from ui.lessons.step_card import StepCard


class LessonDetail(Retranslating, QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonDetail")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lesson: Lesson | None = None
        self.borrowed = False
        self.title = QLabel()
        self.step_cards: list[StepCard] = []
        self.show_lesson(None)

    def retranslate(self) -> None:
        self.show_lesson(self.lesson, self.borrowed)

    def show_lesson(self, lesson: Lesson | None, borrowed: bool = False) -> None:
        """Show a lesson; `borrowed` says it is shown in Danish because it lacks a translation."""
        self.lesson = lesson
        self.borrowed = borrowed
        body = QWidget()
        body.setObjectName("lessonDetailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 16, 16)
        layout.setSpacing(6)
        self.step_cards = []
        self.title = rich_label(role="title")
        self.title.setObjectName("lessonTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        if lesson is None:
            self.title.setText(self.tr("Choose a lesson"))
        else:
            self._fill(layout, lesson, borrowed)
        layout.addStretch(1)
        self.setWidget(body)

    def _fill(self, layout: QVBoxLayout, lesson: Lesson, borrowed: bool) -> None:
        self.title.setText(
            fill(self.tr("Lesson %1: %2"), str(lesson.number), plain_text(lesson.title))
        )
        facts = " · ".join(
            (minutes_text(lesson.minutes), self.tr("%n step(s)", "", len(lesson.steps)))
        )
        layout.addWidget(rich_label(facts, role="muted"))
        if borrowed:
            notice = rich_label(
                self.tr(
                    "Parts of this lesson are not translated yet, so they are shown in Danish."
                ),
                role="error",
            )
            layout.addWidget(notice)
        summary = rich_label(content_html(lesson.summary), role="lessonSummary")
        layout.addWidget(summary)
        add_section(layout, self.tr("Goals"), list_html(lesson.goals))
        materials = (
            list_html(m.text for m in lesson.materials)
            if lesson.materials
            else self.tr("No materials needed.")
        )
        add_section(layout, self.tr("Materials"), materials)
        add_section(layout, self.tr("Preparation"), content_html(lesson.preparation))
        steps_title = QLabel(self.tr("Steps"))
        steps_title.setProperty("role", "subtitle")
        layout.addSpacing(12)
        layout.addWidget(steps_title)
        starts_at = 0
        for number, step in enumerate(lesson.steps, start=1):
            card = StepCard(number, step, starts_at)
            self.step_cards.append(card)
            layout.addWidget(card)
            layout.addSpacing(6)
            starts_at += step.minutes
