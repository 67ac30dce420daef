from __future__ import annotations

from sqlalchemy import text

from netwerk_desktop.storage.engine import BUSY_TIMEOUT_MS, make_engine
from netwerk_desktop.workspace import Workspace


def test_pragmas_are_set_on_every_connection(workspace: Workspace) -> None:
    engine = make_engine(workspace.location.database)
    try:
        # Two separate connections: the pragmas are not a one-off on the first.
        for _ in range(2):
            with engine.connect() as connection:
                values = {
                    name: connection.execute(text(f"PRAGMA {name}")).scalar()
                    for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
                }
                connection.invalidate()  # the next loop gets a brand-new connection
            assert values == {
                "foreign_keys": 1,
                "journal_mode": "wal",
                "synchronous": 2,  # FULL
                "busy_timeout": BUSY_TIMEOUT_MS,
            }
    finally:
        engine.dispose()


def test_deleting_a_class_cascades_to_students_and_tags(workspace: Workspace) -> None:
    created = workspace.classes.create("2.g")
    engine = make_engine(workspace.location.database)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO student (class_id, display_name, active, created_at)"
                    " VALUES (:c, 'Åse', 1, '2026-01-01')"
                ),
                {"c": created.id},
            )
            connection.execute(
                text("INSERT INTO class_tag (class_id, name) VALUES (:c, 'ny')"), {"c": created.id}
            )
            connection.execute(text("INSERT INTO student_tag VALUES (1, 1)"))
    finally:
        engine.dispose()
    workspace.classes.delete(created.id)
    engine = make_engine(workspace.location.database)
    try:
        with engine.connect() as connection:
            for table in ("student", "class_tag", "student_tag"):
                assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    finally:
        engine.dispose()
