"""The SQLAlchemy engine: every connection gets the same pragmas. SQLite-specific SQL lives
here and in sqlite_file.py only, so a school server on PostgreSQL can be added later."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from netwerk_desktop.storage.sqlite_file import Access, read_only_uri

__all__ = ["Access", "make_engine", "make_session_factory"]

# Classroom PCs get switched off at the wall: FULL sync, WAL for crash safety without blocking
# readers, and a busy timeout so a second reader (the CLI) waits instead of failing.
BUSY_TIMEOUT_MS = 5000
COMMON_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)
PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA journal_mode=WAL", *COMMON_PRAGMAS[1:])
# SQLite's WAL needs shared memory between processes on one host; on a network drive it can
# corrupt the file. There: a rollback journal and one connection that keeps the file locked.
NETWORK_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA locking_mode=EXCLUSIVE",
    "PRAGMA journal_mode=DELETE",
    *COMMON_PRAGMAS[1:],
)


def _pragmas_for(pragmas: tuple[str, ...]) -> Any:
    def apply(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    return apply


def make_engine(database: Path, access: Access = Access.LOCAL) -> Engine:
    if access is Access.READ_ONLY:
        uri = read_only_uri(database)
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
        event.listen(engine, "connect", _pragmas_for(("PRAGMA foreign_keys=ON", COMMON_PRAGMAS[2])))
        return engine
    if access is Access.NETWORK:
        engine = create_engine(f"sqlite:///{database}", pool_size=1, max_overflow=0)
        event.listen(engine, "connect", _pragmas_for(NETWORK_PRAGMAS))
        return engine
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _pragmas_for(PRAGMAS))
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Every table's mapper must be known before the first session maps a row.
    from netwerk_desktop.storage import schema  # noqa: F401

    return sessionmaker(engine, expire_on_commit=False)


def use_secure_delete(connection: Connection) -> None:
    """Deleted rows are overwritten with zeros, not left in free pages (for erasure). On
    PostgreSQL deleted rows stay as dead tuples until VACUUM: see clear_erased_rows."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA secure_delete=ON")


def checkpoint_wal(connection: Connection) -> None:
    """Move the write-ahead log into the database and empty it, so no old page lingers there."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def clear_erased_rows(engine: Engine, tables: list[str]) -> list[str]:
    """After an erasure: SQLite's log is emptied; PostgreSQL VACUUMs the tables so no dead
    tuple keeps the name. Returns the tables PostgreSQL skipped (only their owner, the
    school's IT, may VACUUM them; autovacuum does it later)."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            checkpoint_wal(connection)
        return []
    skipped = []
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in tables:
            may = connection.exec_driver_sql(
                "SELECT pg_has_role(tableowner, 'USAGE') FROM pg_tables"
                " WHERE schemaname = current_schema() AND tablename = %(table)s",
                {"table": table},
            ).scalar()
            if not may:
                skipped.append(table)
                continue
            connection.exec_driver_sql(f'VACUUM "{table}"')
    return skipped
