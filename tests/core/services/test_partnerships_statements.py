"""SQL statements per screen do not grow with history: the partnerships paths read a class with
5 rotations and with 30 in the same number of statements, and Home reads the next lesson of 3
classes and of 12 in the same number (counted with an engine event listener)."""

from __future__ import annotations

import random
from collections.abc import Callable

from netwerk_desktop.content import load_pack
from netwerk_desktop.grouping.model import Rotation
from netwerk_desktop.services.partnership_records import RotationChoices
from netwerk_desktop.services.partnerships import to_solver
from netwerk_desktop.workspace import Workspace
from tests.conftest import StatementCounter

HISTORY_AT_MOST = 20  # statements for the History tab's data, whatever the history


def _rotation(ids: list[int], rng: random.Random) -> Rotation:
    order = ids[:]
    rng.shuffle(order)
    pairs = [tuple(sorted(order[i : i + 2])) for i in range(0, len(order), 2)]
    return tuple(tuple(pairs[i : i + 2]) for i in range(0, len(pairs), 2))


def _class_with_history(workspace: Workspace, name: str, rotations: int) -> int:
    rng = random.Random(rotations)
    summary = workspace.classes.create(name)
    students, _ = workspace.roster.add_students(summary.id, [f"Elev {i:02d}" for i in range(12)])
    ids = [s.id for s in students]
    for student in students:
        workspace.roster.set_student_tags(student.id, ["line a", f"team {student.id % 3}"])
    workspace.partnerships.add_rule(summary.id, "apart", ids[0], ids[1])
    workspace.partnerships.add_rule(summary.id, "together", ids[2], ids[3])
    for _ in range(rotations):
        workspace.partnerships.save_rotation(summary.id, _rotation(ids, rng))
    workspace.planner.plan_season(summary.id, 2, RotationChoices(time_budget_s=0.1))
    return summary.id


def test_partnership_reads_do_not_grow_with_history(
    workspace: Workspace, statements: StatementCounter
) -> None:
    # Given two classes of 12 with tagged students and rules: 5 rotations and 30
    short = _class_with_history(workspace, "2.a", 5)
    long = _class_with_history(workspace, "2.b", 30)
    planner, partnerships = workspace.planner, workspace.partnerships

    def history_tab(class_id: int) -> object:
        matrix = planner.meetings(class_id)
        return planner.partner_history(class_id, matrix.students[0].id)

    paths: dict[str, Callable[[int], object]] = {
        "list_rotations": partnerships.list_rotations,
        "solver_history": partnerships.solver_history,
        "current_rotation": partnerships.current_rotation,
        "list_rules": partnerships.list_rules,
        "list_students": workspace.roster.list_students,
        "History data": history_tab,
        "Partnerships screen": lambda c: partnerships_screen(workspace, c),
        "planner.request": planner.request,
    }
    for name, path in paths.items():
        # When each path reads both classes
        few = statements.of(lambda path=path: path(short))
        many = statements.of(lambda path=path: path(long))
        # Then it takes as many statements for 30 rotations as for 5
        assert many == few, f"{name}: {few} statements for 5 rotations, {many} for 30"
    assert statements.of(lambda: history_tab(long)) <= HISTORY_AT_MOST


def partnerships_screen(workspace: Workspace, class_id: int) -> object:
    """What the Partnerships screen reads when it opens a class (the UI's load_class)."""
    return (
        workspace.partnerships.list_rotations(class_id),
        workspace.roster.list_students(class_id),
        workspace.partnerships.list_rules(class_id),
        workspace.roster.list_tags(class_id),
    )


def test_the_views_are_the_same_when_read_in_one_go(workspace: Workspace) -> None:
    # Reading all rotations at once gives what reading each one gives
    class_id = _class_with_history(workspace, "2.c", 4)
    everything = workspace.partnerships.list_rotations(class_id)
    assert [r.status for r in everything] == ["saved"] * 4 + ["planned"] * 2
    current = workspace.partnerships.current_rotation(class_id)
    assert current == everything[3]
    assert all(s.tags == ("line a", f"team {s.id % 3}") for s in current.groups[0].students)
    assert workspace.partnerships.solver_history(class_id) == tuple(
        to_solver(r) for r in everything[:4]
    )
    rules = workspace.partnerships.list_rules(class_id)
    assert [(r.kind, r.student_a.display_name, r.student_b.display_name) for r in rules] == [
        ("apart", "Elev 00", "Elev 01"),
        ("together", "Elev 02", "Elev 03"),
    ]


def test_home_reads_the_next_lessons_of_all_classes_at_once(
    workspace: Workspace, statements: StatementCounter
) -> None:
    # Given 12 classes, some with lessons done or under way, and the services loaded
    lessons = load_pack("da").lessons
    ids = []
    for number in range(12):
        created = workspace.classes.create(f"1.{number}")
        ids.append(created.id)
        for lesson in lessons[: number % 3]:
            workspace.lessons.mark_done(created.id, lesson)
    workspace.lessons.start(ids[4], lessons[2])
    workspace.warm_up()
    # When Home asks what comes next for 3 classes and for 12
    few = statements.of(lambda: workspace.next_lessons(ids[:3]))
    many = statements.of(lambda: workspace.next_lessons(ids))
    # Then one statement answers either
    assert few == many == 1
    following = workspace.next_lessons(ids)
    assert following[ids[0]] is not None and following[ids[0]].number == 1
    assert following[ids[2]] is not None and following[ids[2]].number == 3
    assert following[ids[4]] is not None and following[ids[4]].lesson_id == lessons[2].id
