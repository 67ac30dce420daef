"""The unit of work every service method uses: one session, committed or rolled back,
with SQLite's "locked" and "full" turned into errors a teacher can act on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from netwerk_desktop.errors import DatabaseLocked, DiskFull, ReadOnly, ReadOnlyReason
from netwerk_desktop.server_errors import EditedPart
from netwerk_desktop.services.changes import Change, ChangeFeed
from netwerk_desktop.services.edits import claim_edit
from netwerk_desktop.storage.base import utcnow
from netwerk_desktop.storage.models import JournalEntry

# Set by the server journal while it replays an entry (server/journal.py).
journal_mark: ContextVar[str | None] = ContextVar("journal_mark", default=None)


def translate_operational_error(exc: OperationalError) -> Exception:
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked()
    if "full" in text:
        return DiskFull()
    return exc


# PostgreSQL's SQLSTATE classes: 08 connection exceptions, 57P01-03 the server shutting down
# or starting; 42501 insufficient privilege (row-level security refused a row).
_SERVER_GONE = ("08", "57P01", "57P02", "57P03")
_NOT_ALLOWED = "42501"


def translate_database_error(exc: DBAPIError) -> Exception:
    """An error of the driver as the typed error a teacher can act on (or itself)."""
    from netwerk_desktop.server_errors import ServerError, ServerProblem

    sqlstate = getattr(exc.orig, "sqlstate", None)
    on_server = type(exc.orig).__module__.startswith("psycopg")
    if on_server and (
        exc.connection_invalidated
        or (sqlstate is not None and sqlstate.startswith(_SERVER_GONE))
        or (sqlstate is None and isinstance(exc, OperationalError))
    ):
        first_line = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
        return ServerError(ServerProblem.UNREACHABLE, first_line)
    if on_server and sqlstate == _NOT_ALLOWED:
        return ServerError(ServerProblem.NOT_ALLOWED, str(exc.orig).strip().splitlines()[0])
    if isinstance(exc, OperationalError):
        return translate_operational_error(exc)
    return exc


@dataclass(frozen=True)
class ServiceContext:
    """What every service shares; the Workspace builds one and hands it to each service."""

    sessions: sessionmaker[Session]
    feed: ChangeFeed
    read_only: bool
    now: Callable[[], datetime]  # local wall-clock time; injected so tests can move the day
    backup_dir: Path | None = None  # where this data's backups are (privacy erasure cleans them)
    read_only_reason: ReadOnlyReason | None = None  # why writes are refused, for the message
    teacher: str | None = None  # on a school server: the teacher's role (who changed what)


class Service:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._sessions = context.sessions
        self._feed = context.feed
        self._read_only = context.read_only

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            translated = translate_database_error(exc)
            if translated is exc:
                raise
            raise translated from exc

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """Commit on success, roll back on any error: nothing is ever half saved."""
        if self._read_only:
            raise ReadOnly(self._context.read_only_reason or ReadOnlyReason.IN_USE)
        try:
            with self._sessions.begin() as session:
                yield session
                mark = journal_mark.get()
                if mark is not None:
                    # A replayed journal entry: marked in the same transaction that applies it.
                    session.add(
                        JournalEntry(id=mark, applied_at=utcnow(), teacher=self._context.teacher)
                    )
        except DBAPIError as exc:
            translated = translate_database_error(exc)
            if translated is exc:
                raise
            raise translated from exc

    def _claim_edit(
        self, session: Session, class_id: int, part: EditedPart, expected: int | None = None
    ) -> int:
        """Count the class's edit version up; refused if it moved on from `expected`."""
        return claim_edit(session, class_id, part, expected, self._context.teacher)

    def _publish(self, change: Change) -> None:
        self._feed.publish(change)
