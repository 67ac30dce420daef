"""Moving through a lesson as the class sees it: step by step, and inside a step from page to
page, statement to statement and phase to phase.

Qt-free, so the presenter's keys, a clicker and the command line move the same way. The
pages of a step are the audience view's business (how much text fits the screen); it says how
many there are, and the rest follows from the lesson.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from netwerk_desktop.content.lesson import EitherOr, Lesson


@dataclass(frozen=True)
class Cursor:
    """Where the class is inside a step: the either/or statement, the phase, the text page."""

    statement: int = 0
    phase: int = 0
    page: int = 0


@dataclass(frozen=True)
class Position:
    """A step of the lesson (by index) and the place inside it."""

    step: int = 0
    cursor: Cursor = Cursor()
    page_count: int = 1  # how many pages the audience view needs for the step's text


class Move(Enum):
    """What a key press does, so the runner knows what else to change (timer, saving)."""

    NONE = "none"  # at the very start already
    INSIDE = "inside"  # another page or statement of the same step
    PHASE = "phase"  # another think-pair-share phase: the timer moves to it
    STEP = "step"  # another step: the step change is saved
    FINISH = "finish"  # past the last step: the lesson is done


def statement_count(lesson: Lesson, step: int) -> int:
    content = lesson.steps[step].content
    return len(content.statements) if isinstance(content, EitherOr) else 0


def forward(lesson: Lesson, at: Position) -> tuple[Position, Move]:
    """Next: the next page, then the next statement, then the next phase, then the next step."""
    cursor = at.cursor
    if cursor.page + 1 < at.page_count:
        return replace(at, cursor=replace(cursor, page=cursor.page + 1)), Move.INSIDE
    if cursor.statement + 1 < statement_count(lesson, at.step):
        inside = Cursor(statement=cursor.statement + 1, phase=cursor.phase)
        return replace(at, cursor=inside), Move.INSIDE
    if cursor.phase + 1 < len(lesson.steps[at.step].phases):
        phase = Cursor(statement=cursor.statement, phase=cursor.phase + 1)
        return replace(at, cursor=phase), Move.PHASE
    if at.step + 1 < len(lesson.steps):
        return Position(step=at.step + 1), Move.STEP
    return at, Move.FINISH


def backward(lesson: Lesson, at: Position) -> tuple[Position, Move]:
    """Previous: the same places in the other order; at a step's start, the step before."""
    cursor = at.cursor
    if cursor.page > 0:
        return replace(at, cursor=replace(cursor, page=cursor.page - 1)), Move.INSIDE
    if cursor.statement > 0:
        inside = Cursor(statement=cursor.statement - 1, phase=cursor.phase)
        return replace(at, cursor=inside), Move.INSIDE
    if cursor.phase > 0:
        phase = Cursor(statement=cursor.statement, phase=cursor.phase - 1)
        return replace(at, cursor=phase), Move.PHASE
    if at.step > 0:
        return Position(step=at.step - 1), Move.STEP
    return at, Move.NONE
