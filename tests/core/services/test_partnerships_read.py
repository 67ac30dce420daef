from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert

from netwerk_desktop.storage.partnership_models import Rotation, RotationMember
from netwerk_desktop.workspace import Workspace


def test_current_rotation_groups_and_pairs(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    students, _ = workspace.roster.add_students(c.id, ["Anna", "Bo", "Cai", "Dina", "Eli"])
    assert workspace.partnerships.current_rotation(c.id) is None
    ids = [s.id for s in students]
    engine = workspace.engine
    with engine.begin() as connection:
        for number, status in ((1, "saved"), (2, "saved"), (3, "planned")):
            connection.execute(
                insert(Rotation.__table__).values(
                    id=number,
                    class_id=c.id,
                    number=number,
                    kind="full",
                    status=status,
                    group_size=4,
                    seed=0,
                    created_at=datetime(2026, 9, 1, 8),
                )
            )
        layout = {
            1: [(1, 1), (1, 1), (1, 2), (1, 2), (1, 2)],
            2: [(1, 1), (1, 2), (1, 1), (1, 2), (1, 2)],
            3: [(1, 1), (1, 1), (1, 1), (1, 2), (1, 2)],
        }
        for rotation, places in layout.items():
            for student_id, (group, pair) in zip(ids, places, strict=True):
                connection.execute(
                    insert(RotationMember.__table__).values(
                        rotation_id=rotation,
                        student_id=student_id,
                        group_number=group,
                        pair_number=pair,
                    )
                )
    current = workspace.partnerships.current_rotation(c.id)
    assert current is not None and current.number == 2  # the planned one is not current
    (group,) = current.groups
    assert [[s.display_name for s in p.students] for p in group.pairs] == [
        ["Anna", "Cai"],
        ["Bo", "Dina", "Eli"],
    ]
    assert [r.number for r in workspace.partnerships.list_rotations(c.id)] == [1, 2, 3]
    assert [r.number for r in workspace.partnerships.list_rotations(c.id, False)] == [1, 2]
