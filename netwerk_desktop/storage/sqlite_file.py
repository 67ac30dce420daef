"""The database file itself, with the standard library only: integrity, schema stamp, secure
erasure in copies. Opening the data at start-up needs nothing heavier than this (importing
SQLAlchemy costs more than the rest of start-up; see bench/startup.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def read_only_uri(database: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes spaces and '#' that school folder names contain."""
    return database.resolve().as_uri() + "?mode=ro"


def connect_read_only(database: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(database), uri=True)


def integrity_problems(database: Path) -> list[str]:
    """`PRAGMA integrity_check` on a file; an empty list means the file is sound."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def read_schema_revision(database: Path) -> str | None:
    """The Alembic revision stamped in a file, or None for a file without our schema."""
    connection = connect_read_only(database)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def has_user_tables(database: Path) -> bool:
    connection = connect_read_only(database)
    try:
        row = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
    finally:
        connection.close()
    return bool(row and row[0])


def erase_rows_in_file(database: Path, table: str, row_id: int) -> bool:
    """Delete a row (and, by cascade, everything referring to it) from a file such as a backup,
    then rebuild the file so the deleted content is gone from it. True when a row was found."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA secure_delete=ON")
        found = connection.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,)).rowcount > 0
        connection.commit()
        if found:
            connection.execute("VACUUM")
    finally:
        connection.close()
    return found


def checkpoint(database: Path) -> None:
    """Write the write-ahead log into the database file and remove it, as the last connection.

    Read-only connections cannot do this, so a session that ended on one would leave recent
    changes in the -wal file; a teacher who then copies only the .sqlite3 file would lose them.
    """
    if not database.exists():
        return
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        pass  # busy: another program still has the file open; it will checkpoint later
    finally:
        connection.close()
