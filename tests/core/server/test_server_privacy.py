"""Privacy on a server: an erased student's rows are gone and the tables are vacuumed; the
IT's backup is a pg_dump that pg_restore can read."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from netwerk_desktop.server.dump import _debian_tool
from netwerk_desktop.server.workspace import ServerWorkspace
from netwerk_desktop.storage.access import tables_with_students
from netwerk_desktop.workspace import Workspace


def test_erasure_deletes_the_rows_and_vacuums_the_tables(server_workspace: Workspace) -> None:
    _, students = server_workspace.classes.create_with_students("7A", ["Anna Holm", "Bo"])
    server_workspace.roster.set_student_tags(students[0].id, ["dansk"])
    with server_workspace.engine.connect() as connection:
        before = dict(
            connection.execute(
                text("SELECT relname, coalesce(vacuum_count, 0) FROM pg_stat_user_tables")
            ).all()
        )
    report = server_workspace.privacy.erase_student(students[0].id)
    assert report.complete and not any(report.rows_left.values())
    assert server_workspace.privacy.tables_left_to_vacuum == ()  # the IT's own connection
    with server_workspace.engine.connect() as connection:
        names = connection.execute(text("SELECT display_name FROM student")).scalars().all()
        after = dict(
            connection.execute(
                text("SELECT relname, coalesce(vacuum_count, 0) FROM pg_stat_user_tables")
            ).all()
        )
    assert names == ["Bo"]
    for table in tables_with_students():
        assert after[table] > before[table], table


def test_server_backup_is_a_dump_that_pg_restore_reads(
    server_workspace: ServerWorkspace, tmp_path: Path
) -> None:
    if _debian_tool("pg_restore") is None:
        pytest.skip("pg_restore is not installed")
    server_workspace.classes.create_with_students("7A", ["Anna Holm"])
    target = server_workspace.backup_now(to=tmp_path / "school.dump")
    listed = subprocess.run(
        [str(_debian_tool("pg_restore")), "--list", str(target)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "TABLE DATA public student" in listed
    assert target.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.part"))
