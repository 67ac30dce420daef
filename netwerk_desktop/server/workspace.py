"""ServerWorkspace: the same services as a local data folder, on the school's PostgreSQL.

The local data folder stays: settings, logs and the journal of lesson writes kept while the
server is away. What only a SQLite file has (its backups, restore, integrity check, the
start-up reads without SQLAlchemy) is the Workspace's; here backups are the school's IT's
(`server backup` runs pg_dump) and every read goes through the services.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Self

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from netwerk_desktop import opening
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.private_files import make_private_dir
from netwerk_desktop.server.connection import make_server_engine, parse_address, safe_address
from netwerk_desktop.server.journal import Journal, JournalState
from netwerk_desktop.server.journaled import JournaledCharter, JournaledLessons, JournalSender
from netwerk_desktop.server_errors import ServerError, ServerProblem
from netwerk_desktop.services.base import ServiceContext, translate_database_error
from netwerk_desktop.services.charter import CharterService
from netwerk_desktop.services.lesson_records import NextLesson
from netwerk_desktop.services.lessons import LessonsService
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.storage import backup as backups
from netwerk_desktop.storage.lock import DataDirLock
from netwerk_desktop.storage.migrate import HEAD_REVISION, KNOWN_REVISIONS
from netwerk_desktop.workspace import BackupOutcome, HealthReport, Workspace

IT_BACKUPS = "backups of the school server are made by the school's IT (server backup)"


def schema_revision(engine: Engine) -> tuple[str | None, str]:
    """The server's schema stamp (None: not set up) and the teacher's role name."""
    try:
        with engine.connect() as connection:
            teacher = str(connection.execute(text("SELECT current_user")).scalar_one())
            present = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
            if present is None:
                return None, teacher
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return (str(revision) if revision is not None else None), teacher
    except DBAPIError as exc:
        translated = translate_database_error(exc)
        if isinstance(translated, ServerError):
            raise translated from exc
        raise ServerError(ServerProblem.UNREACHABLE, str(exc.orig).strip()) from exc


def check_schema(engine: Engine) -> str:
    """The teacher's role name, once the server's schema is the one this version expects."""
    revision, teacher = schema_revision(engine)
    if revision is None:
        raise ServerError(ServerProblem.NOT_SET_UP)
    if revision not in KNOWN_REVISIONS:
        raise ServerError(ServerProblem.NEWER_SCHEMA, revision)
    if revision != HEAD_REVISION:
        raise ServerError(ServerProblem.OLDER_SCHEMA, revision)
    return teacher


class ServerWorkspace(Workspace):
    def __init__(
        self,
        location: DataLocation,
        lock: DataDirLock | None,
        now: Callable[[], datetime],
        address: URL,
        engine: Engine,
        teacher: str,
    ) -> None:
        super().__init__(location, lock, now)
        self.address = address
        self._engine = engine
        self.teacher = teacher
        # One journal per server and teacher, in the local data folder.
        key = hashlib.sha256(f"{safe_address(address)}|{teacher}".encode()).hexdigest()[:16]
        self.journal = Journal(location.data_dir / "journal" / f"server-{key}.json")
        self._sender: JournalSender | None = None

    @classmethod
    def connect(
        cls,
        location: DataLocation,
        address: str | URL,
        *,
        password: str | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> Self:
        """Connect to the school server; the local data folder is locked for the journal.
        ServerError when the server cannot be reached or is not set up for this version."""
        url = parse_address(address) if isinstance(address, str) else address
        lock, _reason = opening.take_lock(location, False)
        try:
            make_private_dir(location.data_dir)
            engine = make_server_engine(url, password)
            try:
                teacher = check_schema(engine)
            except BaseException:
                engine.dispose()
                raise
            workspace = cls(location, lock, now, url, engine, teacher)
            if workspace.journal.pending():
                workspace.send_journal()
            return workspace
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @property
    def server_label(self) -> str:
        return safe_address(self.address)

    def _make_engine(self) -> Engine:
        return self._engine

    def _backup_dir_of_data(self) -> Path | None:
        # The local backups folder holds copies of this PC's own SQLite data, not of the
        # server's: a row id there is another row. The server's backups are the IT's.
        return None

    def _lesson_services(self, context: ServiceContext) -> tuple[LessonsService, CharterService]:
        self._sender = JournalSender(context, self.journal)
        return JournaledLessons(context, self._sender), JournaledCharter(context, self._sender)

    # The journal ------------------------------------------------------------------------

    def journal_state(self) -> JournalState:
        return self.journal.state()

    def pending_writes(self) -> int | None:
        return self.journal.state().waiting

    def send_pending_writes(self) -> int | None:
        return self.send_journal().waiting

    def send_journal(self) -> JournalState:
        """Send what waits on this PC (the UI calls it now and then while something waits)."""
        self._built()
        assert self._sender is not None
        return self._sender.send()

    # Reads that a local folder answers from the file ------------------------------------

    def next_lessons(self, class_ids: list[int]) -> dict[int, NextLesson | None]:
        from netwerk_desktop.services import startup_reads

        runs = self.lessons.runs_of_classes(class_ids)
        return startup_reads.next_lessons(runs, class_ids, startup_reads.lesson_series())

    def class_overview(self, include_archived: bool = False) -> list[ClassSummary]:
        return self.classes.list_classes(include_archived=include_archived)

    # Backups are the IT's ---------------------------------------------------------------

    def second_backup_folder(self) -> Path | None:
        return None

    def set_second_backup_folder(self, folder: Path | None) -> None:
        raise ServerError(ServerProblem.NOT_ALLOWED, IT_BACKUPS)

    def backup_now(self, reason: str = "manual", to: Path | None = None) -> Path:
        if to is None:
            raise ServerError(ServerProblem.NOT_ALLOWED, IT_BACKUPS)
        from netwerk_desktop.server.dump import dump_to

        return dump_to(self.address, to, self.location)

    def back_up(self, reason: str = "manual", protected: tuple[Path, ...] = ()) -> BackupOutcome:
        raise ServerError(ServerProblem.NOT_ALLOWED, IT_BACKUPS)

    def list_backups(self) -> list[backups.BackupInfo]:
        return []

    def restore(self, source: Path) -> None:
        raise ServerError(ServerProblem.NOT_ALLOWED, IT_BACKUPS)

    def health(self) -> HealthReport:
        revision, _teacher = schema_revision(self._engine)
        return HealthReport(
            database=Path(self.server_label),
            integrity=[],
            schema_revision=revision,
            expected_revision=HEAD_REVISION,
        )

    def delete_class(self, class_id: int) -> Path:
        """No local backup of a server's class: the server's own backups are the way back."""
        self.classes.delete(class_id)
        return Path(self.server_label)

    def close(self) -> None:
        if self._sender is not None and self.journal.pending():
            with contextlib.suppress(Exception):  # the journal stays on this PC for next time
                self._sender.send()
        self._engine.dispose()
        self._services = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
