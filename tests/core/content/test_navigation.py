"""Moving through a real lesson with next and previous, as the presenter's keys do."""

from __future__ import annotations

import pytest

from netwerk_desktop.content import EitherOr, load_pack
from netwerk_desktop.content.navigation import Cursor, Move, Position, backward, forward


@pytest.mark.parametrize("lesson_number", range(1, 9))
def test_next_visits_every_statement_and_phase_and_previous_walks_back(lesson_number: int) -> None:
    lesson = load_pack("da").lessons[lesson_number - 1]
    here, visited, moves = Position(), [Position()], []
    while True:
        here, move = forward(lesson, here)
        if move is Move.FINISH:
            break
        visited.append(here)
        moves.append(move)
    # Every statement of every either/or step and every phase of every step was on screen
    for index, step in enumerate(lesson.steps):
        seen = [p.cursor for p in visited if p.step == index]
        if isinstance(step.content, EitherOr):
            assert {c.statement for c in seen} == set(range(len(step.content.statements)))
        assert {c.phase for c in seen} == set(range(max(1, len(step.phases))))
    assert moves.count(Move.STEP) == len(lesson.steps) - 1
    # Previous from the last place goes back to the start of each step it leaves
    back = [visited[-1]]
    while (step_back := backward(lesson, back[-1]))[1] is not Move.NONE:
        back.append(step_back[0])
    assert back[-1] == Position()
    assert {p.step for p in back} == set(range(len(lesson.steps)))


def test_pages_come_before_statements_and_previous_returns_through_them() -> None:
    lesson = load_pack("en").lessons[0]
    either_or = next(i for i, step in enumerate(lesson.steps) if isinstance(step.content, EitherOr))
    start = Position(step=either_or, page_count=2)
    on_page_2, move = forward(lesson, start)
    assert (on_page_2.cursor, move) == (Cursor(page=1), Move.INSIDE)
    statement_2, move = forward(lesson, on_page_2)
    assert statement_2.cursor.statement == 1 and move is Move.INSIDE
    assert backward(lesson, on_page_2) == (start, Move.INSIDE)
    assert backward(lesson, Position()) == (Position(), Move.NONE)
