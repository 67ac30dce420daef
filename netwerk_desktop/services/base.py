"""The unit of work every service method uses: one session, committed or rolled back,
with SQLite's "locked" and "full" turned into errors a teacher can act on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from netwerk_desktop.errors import DatabaseLocked, DiskFull, ReadOnly, ReadOnlyReason
from netwerk_desktop.services.changes import Change, ChangeFeed


def translate_operational_error(exc: OperationalError) -> Exception:
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked()
    if "full" in text:
        return DiskFull()
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
        except OperationalError as exc:
            raise translate_operational_error(exc) from exc

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """Commit on success, roll back on any error: nothing is ever half saved."""
        if self._read_only:
            raise ReadOnly(self._context.read_only_reason or ReadOnlyReason.IN_USE)
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise translate_operational_error(exc) from exc

    def _publish(self, change: Change) -> None:
        self._feed.publish(change)
