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
