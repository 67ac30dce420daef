"""The networks' services on a school server, through the app's own connections: a class's
board is its teachers' (a co-teacher works on it, a colleague does not see it), and the
school's directory is read by every teacher and written by coordinators."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from netwerk_desktop.directory import DirectoryCategory, EntryDraft
from netwerk_desktop.networks import BoardError, BoardProblem, Category, ItemKind
from netwerk_desktop.server.roles import share_class
from netwerk_desktop.server_errors import ServerError, ServerProblem
from tests.core.server.conftest import TeacherFactory


def test_a_class_board_is_its_teachers_and_nobody_elses(
    teacher_on_server: TeacherFactory,
) -> None:
    anna = teacher_on_server("pc-a")
    bo = teacher_on_server("pc-b")
    carl = teacher_on_server("pc-c")
    class_id = anna.classes.create("7A", content_language="da").id
    board = anna.board.open_board(class_id, date.today() + timedelta(days=7))
    need = anna.board.add_item(board.id, "KTB", ItemKind.NEED, Category.WORK, "A summer job")
    share_class(anna.engine, class_id, bo.teacher or "")
    # The co-teacher sees the board and matches on it
    offer = bo.board.add_item(board.id, "PLR", ItemKind.OFFER, Category.WORK, "A bakery")
    bo.board.match(need.id, offer.id)
    assert len(anna.board.board(board.id).matches) == 1
    # A colleague who does not teach the class finds no board and can add nothing to it
    assert carl.board.current(class_id) is None
    with pytest.raises(BoardError) as hidden:
        carl.board.add_item(board.id, "ZZX", ItemKind.NEED, Category.WORK, "Planted")
    assert hidden.value.problem is BoardProblem.NOT_FOUND
    assert [i.code for i in anna.board.board(board.id).items] == ["KTB", "PLR"]


def test_the_directory_is_read_by_every_teacher_and_written_by_coordinators(
    teacher_on_server: TeacherFactory,
) -> None:
    coordinator = teacher_on_server("office", coordinator=True)
    teacher = teacher_on_server("pc-a")
    coordinator.directory.add(EntryDraft("Nordby Boldklub", DirectoryCategory.SPORT))
    assert [e.name for e in teacher.directory.entries()] == ["Nordby Boldklub"]
    with pytest.raises(ServerError) as refused:
        teacher.directory.add(EntryDraft("Skakklubben", DirectoryCategory.CULTURE))
    assert refused.value.problem is ServerProblem.NOT_ALLOWED
    assert [e.name for e in coordinator.directory.entries()] == ["Nordby Boldklub"]
