"""Leaving no trace of deleted rows in the database (each engine in its own way, here).

A board's texts are deleted when it closes. On SQLite, deleted rows can survive in the file's
free space and in pages SQLite moved while rebalancing its trees, whatever `secure_delete` says;
rebuilding the file (VACUUM) and emptying the write-ahead log leaves only what the tables hold
now. On PostgreSQL a deleted or overwritten row stays as a dead tuple until the table is
vacuumed, as after an erasure (`engine.clear_erased_rows`).
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from netwerk_desktop.storage.engine import clear_erased_rows


def clear_deleted_rows(sessions: sessionmaker[Session], tables: tuple[str, ...]) -> list[str]:
    """After rows of `tables` were deleted or overwritten: SQLite rebuilds its file, PostgreSQL
    vacuums those tables. Returns the tables the server left to its autovacuum (only their
    owner, the school's IT, may vacuum them)."""
    with sessions() as session:
        engine = session.get_bind()
    assert isinstance(engine, Engine)
    if engine.dialect.name == "sqlite":
        _rebuild_file(sessions)
        return []
    return clear_erased_rows(engine, list(tables))


def _rebuild_file(sessions: sessionmaker[Session]) -> None:
    """Rebuild the database file from its live rows, then empty the write-ahead log. Runs
    outside any transaction; other connections of the pool must be idle (they are between
    units of work)."""
    with sessions() as session:
        connection = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        connection.exec_driver_sql("VACUUM")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
