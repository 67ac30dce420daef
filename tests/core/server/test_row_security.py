"""Access is enforced by PostgreSQL itself: two teachers connect with raw SQL (psycopg) and
one cannot read or change the other's students; school-wide tables are read by all and
written by coordinators."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from netwerk_desktop.storage import access
from netwerk_desktop.storage.schema import metadata
from tests.postgres import database_url, libpq, new_teacher


def test_every_table_has_one_access_rule() -> None:
    # Given the schema, when the access lists are read, then every table is named exactly once
    # (a new table must say whether it hangs off a class or is school-wide).
    schema = set(metadata.tables) | {"alembic_version"}
    lists = [
        {access.CLASS_TABLE, access.CO_TEACHERS_TABLE},
        set(access.CLASS_OWNED),
        set(access.SCHOOL_WIDE),
        set(access.PER_TEACHER),
        set(access.SCHEMA_TABLES),
    ]
    assert sum(len(names) for names in lists) == len(access.governed_tables())
    assert access.governed_tables() == schema
    for table, step in access.CLASS_OWNED.items():
        assert step.parent in access.CLASS_OWNED or step.parent == access.CLASS_TABLE, table
        assert step.column in metadata.tables[table].c


def test_every_table_on_the_server_is_secured(server_database: str) -> None:
    # Given the schema the migrations built on PostgreSQL (a table a migration makes without
    # a model would escape the test above), then each table has its rule and row security on
    teacher = _connect(server_database, *new_teacher(server_database))
    try:
        rows = teacher.execute(
            "SELECT c.relname, c.relrowsecurity FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
        ).fetchall()
    finally:
        teacher.close()
    secured = dict(rows)
    assert set(secured) == access.governed_tables()
    for table, on in secured.items():
        assert on is (table not in access.SCHEMA_TABLES), table


def _connect(database: str, login: str, password: str) -> psycopg.Connection:
    return psycopg.connect(libpq(database_url(database, login, password)), autocommit=True)


@pytest.fixture
def two_teachers(server_database: str) -> Iterator[tuple[psycopg.Connection, psycopg.Connection]]:
    anna = _connect(server_database, *new_teacher(server_database))
    bo = _connect(server_database, *new_teacher(server_database))
    yield anna, bo
    anna.close()
    bo.close()


def _class_with_students(connection: psycopg.Connection, name: str) -> tuple[int, int]:
    class_id = connection.execute(
        "INSERT INTO school_class (name, school_year, content_language, archived, created_at)"
        " VALUES (%s, '2026/27', 'da', false, now()) RETURNING id",
        (name,),
    ).fetchone()[0]  # type: ignore[index]
    student_id = connection.execute(
        "INSERT INTO student (class_id, display_name, active, created_at)"
        " VALUES (%s, 'Anna Holm', true, now()) RETURNING id",
        (class_id,),
    ).fetchone()[0]  # type: ignore[index]
    connection.execute(
        "INSERT INTO lesson_run (class_id, lesson_id, lesson_version, status, started_at,"
        " current_step_seconds, updated_at) VALUES (%s, 'kick-off', 1, 'running', now(), 0, now())",
        (class_id,),
    )
    return class_id, student_id


def test_a_teacher_cannot_read_or_change_a_colleagues_students(
    two_teachers: tuple[psycopg.Connection, psycopg.Connection],
) -> None:
    anna, bo = two_teachers
    # Given Anna's class with a student and a lesson run
    class_id, student_id = _class_with_students(anna, "7A")
    assert anna.execute("SELECT count(*) FROM student").fetchone() == (1,)
    # When Bo looks, then he sees nothing of it
    for table in ("school_class", "student", "lesson_run"):
        assert bo.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    # and changes nothing
    assert bo.execute("UPDATE student SET display_name = 'x'").rowcount == 0
    assert bo.execute("DELETE FROM student WHERE id = %s", (student_id,)).rowcount == 0
    assert bo.execute("DELETE FROM school_class").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        bo.execute(
            "INSERT INTO student (class_id, display_name, active, created_at)"
            " VALUES (%s, 'Planted', true, now())",
            (class_id,),
        )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor pose as its owner
        bo.execute(
            "INSERT INTO school_class (name, school_year, content_language, archived,"
            " created_at, owner_role) VALUES ('8B', '2026/27', 'da', false, now(), %s)",
            (anna.info.user,),
        )
    assert anna.execute("SELECT display_name FROM student").fetchall() == [("Anna Holm",)]


def _board_with_items(connection: psycopg.Connection, class_id: int) -> int:
    board_id = connection.execute(
        "INSERT INTO board (class_id, opened_on, closes_on, code_seed, created_at)"
        " VALUES (%s, current_date, current_date + 14, 7, now()) RETURNING id",
        (class_id,),
    ).fetchone()[0]  # type: ignore[index]
    for code, kind, words in (("KTB", "need", "A summer job"), ("PLR", "offer", "A bakery")):
        connection.execute(
            "INSERT INTO board_item (board_id, code, kind, category, text, status, shown,"
            " followed_up, created_at, updated_at)"
            " VALUES (%s, %s, %s, 'work', %s, 'open', 'posted', false, now(), now())",
            (board_id, code, kind, words),
        )
    need, offer = (row[0] for row in connection.execute("SELECT id FROM board_item ORDER BY code"))
    connection.execute(
        "INSERT INTO board_match (board_id, need_id, offer_id, introduction, created_at)"
        " VALUES (%s, %s, %s, false, now())",
        (board_id, need, offer),
    )
    connection.execute(
        "INSERT INTO board_count (board_id, kind, category, status, count)"
        " VALUES (%s, 'need', 'work', 'open', 1)",
        (board_id,),
    )
    return board_id


def test_a_teacher_cannot_read_or_change_a_colleagues_board(
    two_teachers: tuple[psycopg.Connection, psycopg.Connection],
) -> None:
    anna, bo = two_teachers
    # Given Anna's class with a needs-and-offers board: two items, a match and a count
    class_id, _ = _class_with_students(anna, "7A")
    board_id = _board_with_items(anna, class_id)
    board_tables = ("board", "board_item", "board_match", "board_count")
    for table in board_tables:
        assert anna.execute(f"SELECT count(*) FROM {table}").fetchone() != (0,), table
    # When Bo looks, then he sees none of it, not even the texts
    for table in board_tables:
        assert bo.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert (
        bo.execute("SELECT text FROM board_item WHERE board_id = %s", (board_id,)).fetchall() == []
    )
    # and changes nothing
    assert bo.execute("UPDATE board_item SET text = 'x'").rowcount == 0
    assert bo.execute("DELETE FROM board_match").rowcount == 0
    assert bo.execute("UPDATE board SET closed_at = now()").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor posts on her board
        bo.execute(
            "INSERT INTO board_item (board_id, code, kind, category, text, status, shown,"
            " followed_up, created_at, updated_at)"
            " VALUES (%s, 'ZZX', 'need', 'work', 'Planted', 'open', 'posted', false, now(), now())",
            (board_id,),
        )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor opens one for her class
        bo.execute(
            "INSERT INTO board (class_id, opened_on, closes_on, code_seed, created_at)"
            " VALUES (%s, current_date, current_date + 14, 7, now())",
            (class_id,),
        )
    assert anna.execute("SELECT text FROM board_item ORDER BY code").fetchall() == [
        ("A summer job",),
        ("A bakery",),
    ]


def test_a_co_teacher_shares_the_class_and_nothing_else(
    two_teachers: tuple[psycopg.Connection, psycopg.Connection],
) -> None:
    anna, bo = two_teachers
    shared, _ = _class_with_students(anna, "7A")
    _class_with_students(anna, "7B")
    # Bo cannot add himself as co-teacher of Anna's class
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        bo.execute(
            "INSERT INTO class_teacher (class_id, role_name) VALUES (%s, %s)",
            (shared, bo.info.user),
        )
    # When Anna shares 7A with Bo
    anna.execute(
        "INSERT INTO class_teacher (class_id, role_name) VALUES (%s, %s)", (shared, bo.info.user)
    )
    # Then Bo reads and writes 7A (and what hangs off it), not 7B
    assert bo.execute("SELECT name FROM school_class").fetchall() == [("7A",)]
    assert bo.execute("SELECT count(*) FROM lesson_run").fetchone() == (1,)
    assert bo.execute("UPDATE student SET display_name = 'Anna H.'").rowcount == 1
    # but only the owner deletes the class
    assert bo.execute("DELETE FROM school_class WHERE id = %s", (shared,)).rowcount == 0
    assert anna.execute("SELECT count(*) FROM student").fetchone() == (2,)


def test_school_wide_tables_are_read_by_all_and_written_by_coordinators(
    server_database: str,
) -> None:
    teacher = _connect(server_database, *new_teacher(server_database))
    coordinator = _connect(server_database, *new_teacher(server_database, coordinator=True))
    try:
        coordinator.execute("INSERT INTO school_setting (key, value) VALUES ('school', 'Nørre')")
        coordinator.execute(
            "INSERT INTO network_school (name, can_host, tour) VALUES ('Nørre Skole', true, '')"
        )
        coordinator.execute(
            "INSERT INTO directory_entry (uid, name, category, status, source, created_at,"
            " updated_at) VALUES ('u1', 'Nordby Boldklub', 'sport', 'active', 'coordinator',"
            " now(), now())"
        )
        assert teacher.execute("SELECT name FROM directory_entry").fetchall() == [
            ("Nordby Boldklub",)
        ]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            teacher.execute(
                "INSERT INTO directory_entry (uid, name, category, status, source, created_at,"
                " updated_at) VALUES ('u2', 'x', 'sport', 'active', 'coordinator', now(), now())"
            )
        assert teacher.execute("UPDATE directory_entry SET name = 'x'").rowcount == 0
        assert teacher.execute("DELETE FROM directory_entry").rowcount == 0
        assert teacher.execute("SELECT value FROM school_setting").fetchall() == [("Nørre",)]
        assert teacher.execute("SELECT count(*) FROM network_school").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            teacher.execute("INSERT INTO school_setting (key, value) VALUES ('x', 'y')")
        assert teacher.execute("UPDATE network_school SET name = 'x'").rowcount == 0
        assert teacher.execute("DELETE FROM school_setting").rowcount == 0
        # the schema stamp is read by all, written by none of them
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            coordinator.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        teacher.close()
        coordinator.close()
