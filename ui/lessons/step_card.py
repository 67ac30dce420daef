"""One step of a lesson on the Lessons screen: its kind and time, the think-pair-share phases,
the board text as the class will see it, the teacher notes, the kind's own content and the
step's part of the handout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from netwerk_desktop.content import Step, plain_text
from ui.common.placeholders import fill
from ui.common.step_names import minutes_text, phase_text, step_kind_name
from ui.lessons.detail_sections import add_section, content_html, rich_label, section_heading
from ui.lessons.step_content import handout_section, kind_sections


class StepCard(QFrame):
    def __init__(
        self, number: int, step: Step, starts_at: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.id}")
        self.setProperty("card", True)
        self.setProperty("lessonStep", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(6)

        # Kind and time stacked, not side by side: at 150 % scale a row would not fit.
        self.kind_label = rich_label(
            fill(self.tr("Step %1 · %2"), str(number), step_kind_name(step.kind)),
            role="stepKind",
        )
        self.kind_label.setTextFormat(Qt.TextFormat.PlainText)
        self.time_label = rich_label(
            fill(
                self.tr("%1, minute %2–%3 of the lesson"),
                minutes_text(step.minutes),
                str(starts_at),
                str(starts_at + step.minutes),
            ),
            role="muted",
        )
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.time_label)
        self.phases_label: QLabel | None = None
        if step.phases:
            self.phases_label = rich_label(
                fill(
                    self.tr("Think–pair–share: %1"),
                    " → ".join(phase_text(phase) for phase in step.phases),
                ),
                role="muted",
            )
            layout.addWidget(self.phases_label)

        layout.addWidget(section_heading(self.tr("On the board")))
        board = QFrame()
        board.setObjectName("boardPreview")
        board.setProperty("boardPreview", True)
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(16, 12, 16, 14)
        self.board_title = rich_label(plain_text(step.audience.title), role="boardTitle")
        self.board_title.setTextFormat(Qt.TextFormat.PlainText)
        self.board_text = rich_label(content_html(step.audience.text))
        board_layout.addWidget(self.board_title)
        board_layout.addWidget(self.board_text)
        layout.addWidget(board)

        self.sections: list[tuple[QLabel, QLabel]] = [
            add_section(layout, self.tr("Teacher notes"), content_html(step.teacher_notes))
        ]
        for heading, body in kind_sections(step):
            self.sections.append(add_section(layout, heading, body))
        handout = handout_section(step)
        if handout is not None:
            self.sections.append(add_section(layout, *handout))

    def section_texts(self) -> dict[str, str]:
        """Each section's heading with its text as shown (for reading the card in tests)."""
        return {title.text(): body.text() for title, body in self.sections}
