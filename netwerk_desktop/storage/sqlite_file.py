"""The database file itself, with the standard library only: integrity, schema stamp, secure
erasure in copies. Opening the data at start-up needs nothing heavier than this (importing
SQLAlchemy costs more than the rest of start-up; see bench/startup.py)."""

from __future__ import annotations

import os
import sqlite3
from enum import StrEnum
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


class Access(StrEnum):
    """How the data folder's database is opened (storage/engine.py sets it up)."""

    LOCAL = "local"  # WAL, the normal case
    NETWORK = "network"  # rollback journal, exclusive locking, one connection
    READ_ONLY = "read_only"  # read-only (immutable on write-protected media)


def read_only_uri(database: Path, immutable: bool | None = None) -> str:
    """A read-only SQLite URI; as_uri() escapes spaces and '#' that school folder names contain.

    `immutable` (by default: when the folder cannot be written) reads the file as it is, without
    the -shm file a WAL database otherwise needs, so data on write-protected media opens too.
    """
    if immutable is None:
        immutable = not os.access(database.parent, os.W_OK)
    return database.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(database: Path, immutable: bool | None = None) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(database, immutable), uri=True)


def integrity_problems(
    database: Path, immutable: bool | None = None, recover: bool = False
) -> list[str]:
    """`PRAGMA integrity_check` on a file; an empty list means the file is sound.

    Read-only, unless `recover`: the live database after a kill may have a write-ahead log or
    a hot journal that SQLite must first roll into the file, which a read-only connection
    cannot do ("attempt to write a readonly database"). Recovery is SQLite's own, as on any
    open; nothing else is written.
    """
    try:
        connection = (
            sqlite3.connect(database) if recover else connect_read_only(database, immutable)
        )
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def looks_like_sqlite(path: Path) -> bool:
    """The header says SQLite and the size is whole pages: cheap, before any deeper check."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return page_size >= 512 and size % page_size == 0 and size >= page_size


def count_rows(database: Path, table: str, immutable: bool = True) -> int | None:
    """Rows in a table of a file, or None when the file or the table cannot be read."""
    try:
        connection = connect_read_only(database, immutable)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return int(row[0]) if row else None


def read_setting(database: Path, key: str) -> str | None:
    """A value from school_setting without SQLAlchemy (start-up reads it before the services)."""
    try:
        connection = connect_read_only(database)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(
            "SELECT value FROM school_setting WHERE key = ?", (key,)
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def read_schema_revision(database: Path, immutable: bool | None = None) -> str | None:
    """The Alembic revision stamped in a file, or None for a file without our schema."""
    connection = connect_read_only(database, immutable)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def has_user_tables(database: Path, immutable: bool | None = None) -> bool:
    connection = connect_read_only(database, immutable)
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
