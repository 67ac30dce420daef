"""The SQLAlchemy engine: every connection gets the same pragmas. SQLite-specific SQL lives
here and in sqlite_file.py only, so a school server on PostgreSQL can be added later."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# Classroom PCs get switched off at the wall: FULL sync, WAL for crash safety without blocking
# readers, and a busy timeout so a second reader (the CLI) waits instead of failing.
BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def make_engine(database: Path) -> Engine:
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Every table's mapper must be known before the first session maps a row.
    from netwerk_desktop.storage import schema  # noqa: F401

    return sessionmaker(engine, expire_on_commit=False)


def use_secure_delete(connection: Connection) -> None:
    """Deleted rows are overwritten with zeros, not left in free pages (for erasure)."""
    connection.exec_driver_sql("PRAGMA secure_delete=ON")


def checkpoint_wal(connection: Connection) -> None:
    """Move the write-ahead log into the database and empty it, so no old page lingers there."""
    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
