"""No lost updates: two teachers editing one class at the same time, on two real connections.
The second save made from an older view is refused with who changed what; reloading and
saving again works."""

from __future__ import annotations

import threading

import pytest

from netwerk_desktop.server.roles import share_class
from netwerk_desktop.server.workspace import ServerWorkspace
from netwerk_desktop.server_errors import EditConflict
from tests.core.server.conftest import TeacherFactory


def co_teachers_of_7a(
    teacher_on_server: TeacherFactory,
) -> tuple[ServerWorkspace, ServerWorkspace, int]:
    """Anna's class 7A, shared with Bo; each on their own classroom PC."""
    anna = teacher_on_server("pc-a")
    bo = teacher_on_server("pc-b")
    class_id = anna.classes.create("7A").id
    share_class(anna.engine, class_id, bo.teacher or "")
    return anna, bo, class_id


def test_the_second_charter_save_from_an_older_view_is_refused(
    teacher_on_server: TeacherFactory,
) -> None:
    anna, bo, class_id = co_teachers_of_7a(teacher_on_server)
    anna.charter.save(class_id, ["Vi hilser"])
    # Given both open the charter at the same version
    seen_by_anna = anna.classes.edit_version(class_id)
    seen_by_bo = bo.classes.edit_version(class_id)
    assert seen_by_anna == seen_by_bo
    # When Anna saves first, and then Bo from what he saw
    anna.charter.save(class_id, ["Vi hilser", "Telefoner i tasken"], expected_version=seen_by_anna)
    with pytest.raises(EditConflict) as refused:
        bo.charter.save(class_id, ["Vi hilser", "Alle er med"], expected_version=seen_by_bo)
    # Then Bo hears who changed what, and Anna's rules are the charter
    assert refused.value.by == anna.teacher and refused.value.part == "charter"
    assert refused.value.class_name == "7A"
    current = bo.charter.current(class_id)
    assert current is not None and current.rules == ("Vi hilser", "Telefoner i tasken")
    # and after reloading, Bo's save goes through on top of Anna's
    merged = [*current.rules, "Alle er med"]
    saved = bo.charter.save(class_id, merged, expected_version=bo.classes.edit_version(class_id))
    assert saved.rules == tuple(merged) and saved.version == 3


def test_of_two_simultaneous_roster_and_rotation_saves_exactly_one_wins(
    teacher_on_server: TeacherFactory,
) -> None:
    anna, bo, class_id = co_teachers_of_7a(teacher_on_server)
    students, _ = anna.roster.add_students(class_id, ["A", "B", "C", "D"])
    ids = [s.id for s in students]
    seen = anna.classes.edit_version(class_id)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def save_rotation(workspace: object, groups: tuple[tuple[tuple[int, ...], ...], ...]) -> None:
        barrier.wait()
        try:
            workspace.partnerships.save_rotation(  # type: ignore[attr-defined]
                class_id, groups, expected_version=seen
            )
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("refused")

    first = ((tuple(ids[:2]), tuple(ids[2:])),)
    second = (((ids[0], ids[2]), (ids[1], ids[3])),)
    threads = [
        threading.Thread(target=save_rotation, args=(anna, first)),
        threading.Thread(target=save_rotation, args=(bo, second)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Then one rotation is saved and the other teacher is told, not overwritten
    assert sorted(outcomes) == ["refused", "saved"]
    assert len(anna.partnerships.list_rotations(class_id)) == 1
    # A roster change from the old view is refused too
    with pytest.raises(EditConflict) as refused:
        bo.roster.add_students(class_id, ["E"], expected_version=seen)
    assert refused.value.part == "partnerships"
    assert [s.display_name for s in anna.roster.list_students(class_id)] == ["A", "B", "C", "D"]
