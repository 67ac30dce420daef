"""Workspace.open(data folder): lock, check, back up, migrate, and hand out the services.

The app, the command line and the tests all open data through here, so every path gets the
same safety: one writer per folder, an integrity check, a backup before any migration and once
a day, and a clear refusal of a database newer than this version.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

from netwerk_desktop.errors import DatabaseDamaged, DatabaseNewer, ReadOnly
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.services import quick_look
from netwerk_desktop.services.changes import Change, ChangeFeed, Topic
from netwerk_desktop.services.lesson_records import NextLesson
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.storage import backup as backups
from netwerk_desktop.storage.lock import DataDirLock
from netwerk_desktop.storage.migrate import HEAD_REVISION, KNOWN_REVISIONS, upgrade_to_head
from netwerk_desktop.storage.sqlite_file import (
    checkpoint,
    has_user_tables,
    integrity_problems,
    read_schema_revision,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from netwerk_desktop.services.board import BoardService
    from netwerk_desktop.services.charter import CharterService
    from netwerk_desktop.services.classes import ClassesService
    from netwerk_desktop.services.directory import LocalDirectoryService
    from netwerk_desktop.services.handouts import HandoutsService
    from netwerk_desktop.services.lessons import LessonsService
    from netwerk_desktop.services.partnership_making import PartnershipPlanner
    from netwerk_desktop.services.partnerships import PartnershipsService
    from netwerk_desktop.services.privacy import PrivacyService
    from netwerk_desktop.services.roster import RosterService
    from netwerk_desktop.services.school import SchoolService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HealthReport:
    """What `check` reports: a sound file at the schema this version expects."""

    database: Path
    integrity: list[str]  # empty when sound
    schema_revision: str | None
    expected_revision: str

    @property
    def ok(self) -> bool:
        return not self.integrity and self.schema_revision == self.expected_revision


def _prepare_database(location: DataLocation, now: datetime) -> None:
    """Bring the file to the current schema, backing it up before anything changes."""
    database = location.database
    if database.exists() and database.stat().st_size > 0:
        problems = integrity_problems(database)
        if problems:
            raise DatabaseDamaged(str(database), "; ".join(problems[:3]))
        revision = read_schema_revision(database)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseNewer(str(database), revision, HEAD_REVISION)
        if revision is None and has_user_tables(database):
            raise DatabaseDamaged(str(database), "it holds no Netwerk Desktop schema")
        if revision == HEAD_REVISION:
            return
        if revision is not None:
            backups.make_backup(database, location.backup_dir, "before-upgrade", now)
            log.info("Upgrading %s from schema %s to %s", database, revision, HEAD_REVISION)
    upgrade_to_head(database)


@dataclass(frozen=True)
class _Services:
    engine: Engine
    classes: ClassesService
    school: SchoolService
    roster: RosterService
    privacy: PrivacyService
    partnerships: PartnershipsService
    charter: CharterService
    handouts: HandoutsService
    lessons: LessonsService
    board: BoardService
    directory: LocalDirectoryService


class Workspace:
    """One open data folder and its services. Close it (or use `with`) to release the lock.

    The services, and SQLAlchemy with them, are built on first use (or by warm_up() in the
    background), so opening the data and painting the first screen stay fast.
    """

    def __init__(
        self,
        location: DataLocation,
        lock: DataDirLock | None,
        now: Callable[[], datetime],
    ) -> None:
        self.location = location
        self._lock = lock
        self._now = now
        self.read_only = lock is None
        self.changes = ChangeFeed()
        self._services: _Services | None = None
        self._planner: PartnershipPlanner | None = None
        self._building = threading.Lock()

    def _built(self) -> _Services:
        with self._building:
            if self._services is None:
                from netwerk_desktop.services.base import ServiceContext
                from netwerk_desktop.services.board import BoardService
                from netwerk_desktop.services.charter import CharterService
                from netwerk_desktop.services.classes import ClassesService
                from netwerk_desktop.services.directory import LocalDirectoryService
                from netwerk_desktop.services.handouts import HandoutsService
                from netwerk_desktop.services.lessons import LessonsService
                from netwerk_desktop.services.partnerships import PartnershipsService
                from netwerk_desktop.services.privacy import PrivacyService
                from netwerk_desktop.services.roster import RosterService
                from netwerk_desktop.services.school import SchoolService
                from netwerk_desktop.storage.engine import make_engine, make_session_factory

                engine = make_engine(self.location.database)
                context = ServiceContext(
                    sessions=make_session_factory(engine),
                    feed=self.changes,
                    read_only=self.read_only,
                    now=self._now,
                    backup_dir=self.location.backup_dir,
                )
                classes = ClassesService(context)
                school = SchoolService(context)
                roster = RosterService(context)
                partnerships = PartnershipsService(context)
                charter = CharterService(context)
                board = BoardService(context)
                directory = LocalDirectoryService(context)
                self._services = _Services(
                    engine=engine,
                    classes=classes,
                    school=school,
                    roster=roster,
                    privacy=PrivacyService(context),
                    partnerships=partnerships,
                    charter=charter,
                    handouts=HandoutsService(
                        context,
                        classes=classes,
                        school=school,
                        roster=roster,
                        partnerships=partnerships,
                        charter=charter,
                        board=board,
                        directory=directory,
                    ),
                    lessons=LessonsService(context),
                    board=board,
                    directory=directory,
                )
            return self._services

    def warm_up(self) -> None:
        """Load the services now (safe from a worker thread), so no click waits for them."""
        self._built()

    @property
    def classes(self) -> ClassesService:
        return self._built().classes

    @property
    def school(self) -> SchoolService:
        return self._built().school

    @property
    def roster(self) -> RosterService:
        return self._built().roster

    @property
    def privacy(self) -> PrivacyService:
        return self._built().privacy

    @property
    def partnerships(self) -> PartnershipsService:
        return self._built().partnerships

    @property
    def charter(self) -> CharterService:
        return self._built().charter

    @property
    def planner(self) -> PartnershipPlanner:
        """Making and planning partnerships with the solver, imported on first use."""
        services = self._built()
        if self._planner is None:
            from netwerk_desktop.services.partnership_making import PartnershipPlanner

            self._planner = PartnershipPlanner(services.partnerships, services.roster)
        return self._planner

    @property
    def handouts(self) -> HandoutsService:
        return self._built().handouts

    @property
    def lessons(self) -> LessonsService:
        return self._built().lessons

    @property
    def board(self) -> BoardService:
        """The classes' needs-and-offers boards."""
        return self._built().board

    @property
    def directory(self) -> LocalDirectoryService:
        """The school's directory of local communities and help."""
        return self._built().directory

    def next_lessons(self, class_ids: list[int]) -> dict[int, NextLesson | None]:
        """What comes next for each class (Home), before the services are loaded too."""
        if self._services is None:
            runs = quick_look.lesson_runs(self.location.database)
        else:
            runs = [run for class_id in class_ids for run in self._services.lessons.runs(class_id)]
        series, modules = quick_look.lesson_series(), quick_look.module_series()
        return quick_look.next_lessons(runs, class_ids, series, modules)

    def class_overview(self) -> list[ClassSummary]:
        """The active classes for the Home screen, before the services are loaded too."""
        if self._services is None:
            return quick_look.list_classes(self.location.database)
        return self._services.classes.list_classes()

    @classmethod
    def open(
        cls,
        location: DataLocation,
        *,
        read_only: bool = False,
        now: Callable[[], datetime] = datetime.now,
    ) -> Self:
        location.ensure()
        lock: DataDirLock | None = None
        if read_only:
            revision = (
                read_schema_revision(location.database) if location.database.exists() else None
            )
            if revision != HEAD_REVISION:
                if revision is not None and revision not in KNOWN_REVISIONS:
                    raise DatabaseNewer(str(location.database), revision, HEAD_REVISION)
                raise ReadOnly()  # the app must open (and upgrade) it first
        else:
            lock = DataDirLock(location.lock_file)
            lock.acquire()
        try:
            if lock is not None:
                _prepare_database(location, now())
                if backups.backup_due(location.backup_dir, now().date()):
                    backups.make_backup(location.database, location.backup_dir, "daily", now())
            return cls(location, lock, now)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def _dispose_engine(self) -> None:
        with self._building:
            if self._services is not None:
                self._services.engine.dispose()

    def close(self) -> None:
        self._dispose_engine()
        if self._lock is not None:
            checkpoint(self.location.database)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # Backups -------------------------------------------------------------------------------

    def backup_now(self, reason: str = "manual", to: Path | None = None) -> Path:
        if to is not None:
            to.parent.mkdir(parents=True, exist_ok=True)
            backups.copy_database(self.location.database, to)
            return to
        return backups.make_backup(
            self.location.database, self.location.backup_dir, reason, self._now()
        )

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.location.backup_dir)

    def restore(self, source: Path) -> None:
        """Replace the data with a backup; the current data is backed up first, so a restore
        can itself be undone by restoring that backup."""
        if self.read_only:
            raise ReadOnly()
        revision = backups.check_backup_file(source, KNOWN_REVISIONS)
        self.backup_now("before-restore")
        self._dispose_engine()
        backups.copy_database(source, self.location.database)
        if revision != HEAD_REVISION:
            _prepare_database(self.location, self._now())
        self.changes.publish(Change.of(Topic.DATA))

    def health(self) -> HealthReport:
        database = self.location.database
        return HealthReport(
            database=database,
            integrity=integrity_problems(database),
            schema_revision=read_schema_revision(database),
            expected_revision=HEAD_REVISION,
        )

    def delete_class(self, class_id: int) -> Path:
        """Delete a class after a backup, so a mistaken confirmation can still be undone."""
        backup = self.backup_now("before-delete")
        self.classes.delete(class_id)
        return backup
