"""Every row the database holds about one student, found through the foreign keys.

The same snapshot serves three purposes: the privacy export (everything we hold about a
student), erasure (and its proof that nothing refers to the student any more), and undo of a
roster change (put the rows back as they were). Tables added by later migrations are covered
automatically as long as they refer to student.id with a foreign key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from netwerk_desktop.storage.schema import metadata

STUDENT_TABLE = "student"


@dataclass(frozen=True)
class StudentSnapshot:
    """Rows by table name, in an order that can be inserted again (the student row first)."""

    student_id: int
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]

    def as_json(self) -> dict[str, list[dict[str, Any]]]:
        return {
            table: [{key: _jsonable(value) for key, value in row.items()} for row in rows]
            for table, rows in self.rows
        }


def _jsonable(value: Any) -> Any:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value


def referring_columns() -> list[tuple[Table, str]]:
    """(table, column) pairs whose foreign key points at student.id."""
    found: list[tuple[Table, str]] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == STUDENT_TABLE and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


def take_snapshot(session: Session, student_id: int) -> StudentSnapshot:
    student_table = metadata.tables[STUDENT_TABLE]
    rows: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    own = session.execute(select(student_table).where(student_table.c.id == student_id))
    rows.append((STUDENT_TABLE, tuple(dict(r._mapping) for r in own)))
    for table, column in referring_columns():
        result = session.execute(select(table).where(table.c[column] == student_id))
        found = tuple(dict(r._mapping) for r in result)
        if found:
            rows.append((table.name, found))
    return StudentSnapshot(student_id, tuple(rows))


def put_back(session: Session, snapshot: StudentSnapshot) -> None:
    """Make the student's rows exactly what the snapshot holds (undo of any roster change)."""
    student_table = metadata.tables[STUDENT_TABLE]
    for table, column in referring_columns():
        session.execute(delete(table).where(table.c[column] == snapshot.student_id))
    session.execute(delete(student_table).where(student_table.c.id == snapshot.student_id))
    for table_name, rows in snapshot.rows:
        if rows:
            session.execute(insert(metadata.tables[table_name]), list(rows))


def rows_referring_to(session: Session, student_id: int) -> dict[str, int]:
    """How many rows in each table still refer to the student (the erasure proof)."""
    student_table = metadata.tables[STUDENT_TABLE]
    counts: dict[str, int] = {}
    own = session.execute(select(student_table.c.id).where(student_table.c.id == student_id))
    counts[STUDENT_TABLE] = len(own.all())
    for table, column in referring_columns():
        result = session.execute(select(table.c[column]).where(table.c[column] == student_id))
        counts[f"{table.name}.{column}"] = len(result.all())
    return counts
