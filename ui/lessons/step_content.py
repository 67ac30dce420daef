"""What each step kind brings besides its board text and notes, as headed sections of rich
text: statements with their two sides, cards and categories, poll options, questions, tasks,
and the step's part of the student handout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from netwerk_desktop.content import (
    Charter,
    Closing,
    Discussion,
    EitherOr,
    PartnershipMeeting,
    Reflection,
    Sorting,
    Step,
    Tally,
)
from ui.common.placeholders import fill
from ui.lessons.detail_sections import content_html, inline_html, list_html

Section = tuple[str, str]  # (heading, rich text)


def _either_or(content: EitherOr) -> list[Section]:
    items = []
    for statement in content.statements:
        left = QCoreApplication.translate("StepContent", "Left side of the room: %1")
        right = QCoreApplication.translate("StepContent", "Right side of the room: %1")
        lines = [
            f"<b>{inline_html(statement.text)}</b>",
            fill(left, inline_html(statement.left)),
            fill(right, inline_html(statement.right)),
        ]
        if statement.follow_up:
            follow_up = QCoreApplication.translate("StepContent", "Follow-up: %1")
            lines.append(f"<i>{fill(follow_up, inline_html(statement.follow_up))}</i>")
        items.append("<br>".join(lines))
    inner = "".join(f"<li style='margin-bottom:8px'>{item}</li>" for item in items)
    heading = QCoreApplication.translate("StepContent", "Statements")
    return [(heading, f"<ol style='margin:0; -qt-list-indent:1'>{inner}</ol>")]


def _sorting(content: Sorting) -> list[Section]:
    sections = [(QCoreApplication.translate("StepContent", "Cards"), list_html(content.cards))]
    if content.axis is not None:
        ranking = fill(
            QCoreApplication.translate("StepContent", "Rank the cards from “%1” to “%2”."),
            inline_html(content.axis.low),
            inline_html(content.axis.high),
        )
        sections.append((QCoreApplication.translate("StepContent", "Ranking"), ranking))
    else:
        heading = QCoreApplication.translate("StepContent", "Categories")
        sections.append((heading, list_html(content.categories)))
    return sections


def kind_sections(step: Step) -> list[Section]:
    """The kind-specific content of a step, in the order the teacher meets it."""
    content = step.content
    sections: list[Section] = []
    if step.case:
        heading = QCoreApplication.translate("StepContent", "Case to read aloud")
        sections.append((heading, content_html(step.case)))
    if isinstance(content, Discussion):
        heading = QCoreApplication.translate("StepContent", "Discussion question")
        sections.append((heading, inline_html(content.prompt)))
        if content.follow_up:
            heading = QCoreApplication.translate("StepContent", "Follow-up question")
            sections.append((heading, inline_html(content.follow_up)))
    elif isinstance(content, EitherOr):
        sections += _either_or(content)
    elif isinstance(content, Sorting):
        sections += _sorting(content)
    elif isinstance(content, Reflection):
        heading = QCoreApplication.translate("StepContent", "Questions for reflection")
        sections.append((heading, list_html(content.questions)))
    elif isinstance(content, PartnershipMeeting):
        heading = QCoreApplication.translate("StepContent", "Questions for partners")
        sections.append((heading, list_html(content.questions)))
    elif isinstance(content, Charter):
        heading = QCoreApplication.translate("StepContent", "Questions for the class charter")
        sections.append((heading, list_html(content.questions)))
        if content.examples:
            heading = QCoreApplication.translate("StepContent", "Example rules")
            sections.append((heading, list_html(content.examples)))
    elif isinstance(content, Tally):
        heading = QCoreApplication.translate("StepContent", "Poll question")
        sections.append((heading, inline_html(content.question)))
        heading = QCoreApplication.translate("StepContent", "Answer options")
        sections.append((heading, list_html(option.text for option in content.options)))
    elif isinstance(content, Closing):
        heading = QCoreApplication.translate("StepContent", "Before next time")
        sections.append((heading, inline_html(content.task)))
    return sections


class StepContent(QObject):
    """Plural texts: pyside6-lupdate finds plural forms only in tr() calls of a QObject."""

    def writing_lines(self, lines: int, per_question: bool) -> str:
        if per_question:
            return self.tr("%n writing line(s) after each question.", "", lines)
        return self.tr("%n writing line(s).", "", lines)


_PLURALS = StepContent()


def handout_section(step: Step) -> Section | None:
    """The step's part of the student handout, as it will be printed."""
    handout = step.handout
    if handout is None:
        return None
    parts = []
    if step.case:
        printed_first = QCoreApplication.translate("StepContent", "The case is printed first.")
        parts.append(f"<p style='margin:0 0 6px 0'><i>{printed_first}</i></p>")
    parts.append(content_html(handout.instructions))
    if handout.questions:
        parts.append(list_html(handout.questions, ordered=True))
    if handout.lines:
        lines = _PLURALS.writing_lines(handout.lines, bool(handout.questions))
        parts.append(f"<p style='margin:6px 0 0 0'><i>{lines}</i></p>")
    return (QCoreApplication.translate("StepContent", "On the handout"), "".join(parts))
