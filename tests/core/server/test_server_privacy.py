"""Privacy on a server: an erased student's rows are gone and the tables are vacuumed; the
IT's backup is a pg_dump that pg_restore can read."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from netwerk_desktop.networks import Category, ItemKind
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.server.dump import _debian_tool
from netwerk_desktop.server.workspace import ServerWorkspace
from netwerk_desktop.storage.access import tables_with_students
from netwerk_desktop.workspace import Workspace
from tests.postgres import database_url, new_teacher


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


def _vacuum_counts(workspace: Workspace) -> dict[str, int]:
    with workspace.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT relname, coalesce(vacuum_count, 0) FROM pg_stat_user_tables")
        ).all()
    return {name: count for name, count in rows}


def test_closing_a_board_deletes_its_texts_and_vacuums_and_leaves_local_backups_alone(
    server_workspace: Workspace, tmp_path: Path
) -> None:
    # Given a backup of this PC's data from before the server, with a board of the same id
    with Workspace.open(DataLocation(tmp_path / "before")) as before_server:
        own = before_server.classes.create("2.g", content_language="da")
        old_board = before_server.board.open_board(own.id, date.today() + timedelta(days=7))
        before_server.board.add_item(old_board.id, "KTB", ItemKind.NEED, Category.WORK, "Mine")
        made = before_server.backup_now("manual")
    backups = server_workspace.location.backup_dir
    backups.mkdir(parents=True, exist_ok=True)
    local = backups / made.name
    local.write_bytes(made.read_bytes())
    before_bytes = local.read_bytes()
    # and a board on the server with a need, an offer and a match
    summary = server_workspace.classes.create("7A", content_language="da")
    board = server_workspace.board.open_board(summary.id, date.today() + timedelta(days=7))
    assert board.id == old_board.id
    add = server_workspace.board.add_item
    need = add(board.id, "KTB", ItemKind.NEED, Category.WORK, "A summer job at the harbour")
    offer = add(board.id, "PLR", ItemKind.OFFER, Category.WORK, "My uncle has a boat")
    server_workspace.board.match(need.id, offer.id)
    before = _vacuum_counts(server_workspace)
    # When it closes
    report = server_workspace.board.close(board.id)
    # Then only counts are left, the two tables are vacuumed (the IT's own connection may)
    assert report.items_deleted == 2 and report.tables_left_to_vacuum == ()
    with server_workspace.engine.connect() as connection:
        for table in ("board_item", "board_match"):
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    after = _vacuum_counts(server_workspace)
    for table in ("board_item", "board_match"):
        assert after[table] > before[table], table
    # and the local backups, which are not the server's, are not touched
    assert report.backups_cleaned == 0 and local.read_bytes() == before_bytes


def test_a_teacher_closing_a_board_hears_that_the_it_vacuums(
    server_database: str, tmp_path: Path
) -> None:
    login, password = new_teacher(server_database)
    with ServerWorkspace.connect(
        DataLocation(tmp_path / "pc"), database_url(server_database, login, password)
    ) as teacher:
        summary = teacher.classes.create("7A", content_language="da")
        board = teacher.board.open_board(summary.id, date.today() + timedelta(days=7))
        teacher.board.add_item(board.id, "KTB", ItemKind.NEED, Category.WORK, "A summer job")
        report = teacher.board.close(board.id)
    # Only the tables' owner may vacuum: the deleted rows wait for autovacuum or the IT
    assert report.items_deleted == 1
    assert set(report.tables_left_to_vacuum) == {"board_item", "board_match"}
