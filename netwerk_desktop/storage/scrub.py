"""Leaving no trace of deleted rows in the database file (SQLite-specific, so it lives here).

A board's texts are deleted when it closes. Deleted rows can survive in the file's free space
and in pages SQLite moved while rebalancing its trees, whatever `secure_delete` says; rebuilding
the file (VACUUM) and emptying the write-ahead log leaves only what the tables hold now.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker


def rebuild_file(sessions: sessionmaker[Session]) -> None:
    """Rebuild the database file from its live rows, then empty the write-ahead log. Runs
    outside any transaction; other connections of the pool must be idle (they are between
    units of work)."""
    with sessions() as session:
        connection = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        connection.exec_driver_sql("VACUUM")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
