"""Workspace.open(data folder): lock, check, back up, migrate, and hand out the services.

The app, the command line and the tests all open data through here, so every path gets the
same safety: one writer per folder, an integrity check, a backup before any migration and once
a day, and a clear refusal of a database newer than this version.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

from netwerk_desktop import opening
from netwerk_desktop.errors import OutputRefused, ReadOnly, ReadOnlyReason
from netwerk_desktop.opening import OpenWarning, WarningCode
from netwerk_desktop.output_files import check_output_path
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.private_files import make_private_dir
from netwerk_desktop.recovery import DatabaseState, diagnose
from netwerk_desktop.services import startup_reads
from netwerk_desktop.services.changes import Change, ChangeFeed, Topic
from netwerk_desktop.services.lesson_records import NextLesson
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.storage import backup as backups
from netwerk_desktop.storage.lock import DataDirLock
from netwerk_desktop.storage.migrate import HEAD_REVISION, KNOWN_REVISIONS, upgrade_to_head
from netwerk_desktop.storage.sqlite_file import (
    Access,
    checkpoint,
    integrity_problems,
    read_schema_revision,
    read_setting,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from netwerk_desktop.events.follow_ups import FollowUpsService
    from netwerk_desktop.events.mixing import EventGroupsService
    from netwerk_desktop.events.service import EventsService
    from netwerk_desktop.services.base import ServiceContext
    from netwerk_desktop.services.board import BoardService
    from netwerk_desktop.services.charter import CharterService
    from netwerk_desktop.services.classes import ClassesService
    from netwerk_desktop.services.directory import LocalDirectoryService
    from netwerk_desktop.services.handouts import HandoutsService
    from netwerk_desktop.services.lessons import LessonsService
    from netwerk_desktop.services.partnership_making import PartnershipPlanner
    from netwerk_desktop.services.partnerships import PartnershipsService
    from netwerk_desktop.services.privacy import ErasureReport, PrivacyService
    from netwerk_desktop.services.roster import RosterService
    from netwerk_desktop.services.school import SchoolService
    from netwerk_desktop.teachers_network.directory import DirectoryService
    from netwerk_desktop.teachers_network.exchange import NetworkFilesService
    from netwerk_desktop.teachers_network.meetings import MeetingsService

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
    events: EventsService
    follow_ups: FollowUpsService
    network: DirectoryService
    meetings: MeetingsService
    network_files: NetworkFilesService
    context: ServiceContext
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
        read_only_reason: ReadOnlyReason | None = None,
        access: Access = Access.LOCAL,
    ) -> None:
        self.location = location
        self._lock = lock
        self._now = now
        # Why the data is read-only (None: it can be changed); the UI says which.
        self.read_only_reason = read_only_reason
        if lock is None and read_only_reason is None:
            self.read_only_reason = ReadOnlyReason.IN_USE
        self.read_only = self.read_only_reason is not None
        self.access = access
        self.teacher: str | None = None  # on a school server: the teacher's role
        # What the teacher should hear about although the data opened (a skipped backup...).
        self.warnings: list[OpenWarning] = []
        self.finished_erasures: list[ErasureReport] = []
        self._temporary_previews: Path | None = None
        self.changes = ChangeFeed()
        self._services: _Services | None = None
        self._planner: PartnershipPlanner | None = None
        self._event_groups: EventGroupsService | None = None
        self._building = threading.Lock()

    def _built(self) -> _Services:
        with self._building:
            if self._services is None:
                from netwerk_desktop.events.follow_ups import FollowUpsService
                from netwerk_desktop.events.service import EventsService
                from netwerk_desktop.services.base import ServiceContext
                from netwerk_desktop.services.board import BoardService
                from netwerk_desktop.services.classes import ClassesService
                from netwerk_desktop.services.directory import LocalDirectoryService
                from netwerk_desktop.services.handouts import HandoutsService
                from netwerk_desktop.services.partnerships import PartnershipsService
                from netwerk_desktop.services.privacy import PrivacyService
                from netwerk_desktop.services.roster import RosterService
                from netwerk_desktop.services.school import SchoolService
                from netwerk_desktop.storage.engine import make_session_factory
                from netwerk_desktop.teachers_network.directory import DirectoryService
                from netwerk_desktop.teachers_network.exchange import NetworkFilesService
                from netwerk_desktop.teachers_network.meetings import MeetingsService

                engine = self._make_engine()
                context = ServiceContext(
                    sessions=make_session_factory(engine),
                    feed=self.changes,
                    read_only=self.read_only,
                    now=self._now,
                    backup_dir=self._backup_dir_of_data(),
                    read_only_reason=self.read_only_reason,
                    teacher=self.teacher,
                )
                lessons, charter = self._lesson_services(context)
                classes = ClassesService(context)
                school = SchoolService(context)
                roster = RosterService(context)
                partnerships = PartnershipsService(context)
                network = DirectoryService(context)
                meetings = MeetingsService(context)
                board = BoardService(context)
                directory = LocalDirectoryService(context)
                self._services = _Services(
                    engine=engine,
                    classes=classes,
                    school=school,
                    roster=roster,
                    privacy=PrivacyService(context, self.location, self.second_backup_folder),
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
                    lessons=lessons,
                    events=EventsService(context),
                    follow_ups=FollowUpsService(context),
                    network=network,
                    meetings=meetings,
                    network_files=NetworkFilesService(context, network, meetings),
                    context=context,
                    board=board,
                    directory=directory,
                )
            return self._services

    def _backup_dir_of_data(self) -> Path | None:
        """Where this data's own backups are (erasure and a closing board clean them)."""
        return self.location.backup_dir

    def _make_engine(self) -> Engine:
        from netwerk_desktop.storage.engine import make_engine

        return make_engine(self.location.database, self.access)

    def _lesson_services(self, context: ServiceContext) -> tuple[LessonsService, CharterService]:
        """The services a running lesson writes through (on a school server: journaled)."""
        from netwerk_desktop.services.charter import CharterService
        from netwerk_desktop.services.lessons import LessonsService

        return LessonsService(context), CharterService(context)

    @property
    def server_label(self) -> str | None:
        """The school server's address (no password) when the data is there; None: this PC."""
        return None

    def pending_writes(self) -> int | None:
        """Lesson writes saved on this PC, still to be sent to the school server (None: the
        data is on this PC, nothing is ever pending)."""
        return None

    def send_pending_writes(self) -> int | None:
        """Try to send what is pending now; what is still pending after."""
        return None

    def warm_up(self) -> None:
        """Load the services now (safe from a worker thread), so no click waits for them."""
        self._built()

    @property
    def engine(self) -> Engine:
        """The database under the services (tools and tests that copy or seed rows)."""
        return self._built().engine

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
    def events(self) -> EventsService:
        return self._built().events

    @property
    def follow_ups(self) -> FollowUpsService:
        return self._built().follow_ups

    @property
    def event_groups(self) -> EventGroupsService:
        """Cross-class groups for events, with the solver imported on first use."""
        services = self._built()
        if self._event_groups is None:
            from netwerk_desktop.events.mixing import EventGroupsService

            self._event_groups = EventGroupsService(services.context)
        return self._event_groups

    @property
    def network(self) -> DirectoryService:
        """The teachers' network: schools, members, topics."""
        return self._built().network

    @property
    def meetings(self) -> MeetingsService:
        return self._built().meetings

    @property
    def network_files(self) -> NetworkFilesService:
        return self._built().network_files

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
            runs = startup_reads.lesson_runs(self.location.database)
        else:
            runs = self._services.lessons.runs_of_classes(class_ids)
        series, modules = startup_reads.lesson_series(), startup_reads.module_series()
        return startup_reads.next_lessons(runs, class_ids, series, modules)

    def class_overview(self, include_archived: bool = False) -> list[ClassSummary]:
        """The active classes for the Home screen (and `classes list`), before the services
        are loaded too."""
        if self._services is None:
            return startup_reads.list_classes(self.location.database, include_archived)
        return self._services.classes.list_classes(include_archived=include_archived)

    @classmethod
    def open(
        cls,
        location: DataLocation,
        *,
        read_only: bool = False,
        now: Callable[[], datetime] = datetime.now,
    ) -> Self:
        """Open a data folder. A database that needs recovery raises its typed error
        (DatabaseMissing, DatabaseEmpty, DatabaseDamaged, DatabaseUnreadable, DatabaseNewer;
        recovery.Recovery is the way back); a write-protected folder or a full disk opens
        read-only with `read_only_reason` saying which."""
        lock, reason = opening.take_lock(location, read_only)
        try:
            diagnosis = diagnose(location)
            if reason is None and opening.free_bytes(location.data_dir) < opening.MIN_FREE_BYTES:
                reason = ReadOnlyReason.DISK_FULL
            if read_only and diagnosis.state is not DatabaseState.SOUND:
                error = diagnosis.error()
                raise error if error is not None else ReadOnly()  # the app opens it first
            access = opening.choose_access(location, reason)
            opening.prepare_database(
                location, diagnosis, now(), reason, network=access is Access.NETWORK
            )
            workspace = cls(location, lock, now, reason, access)
            workspace.warnings += opening.access_warnings(access, reason)
            if lock is not None and reason is None:
                opening.tidy(location)
                workspace.warnings += opening.daily_backup(
                    location, now(), workspace.second_backup_folder
                )
                workspace._finish_pending_erasures()
            return workspace
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def _finish_pending_erasures(self) -> None:
        if not self.location.pending_erasures.exists():
            return
        self.finished_erasures = self.privacy.finish_pending()
        for report in self.finished_erasures:
            self.warnings.append(
                OpenWarning(
                    WarningCode.ERASURE_FINISHED,
                    f"An interrupted erasure of {report.student_name} was finished.",
                    (("name", report.student_name),),
                )
            )

    def _dispose_engine(self) -> None:
        with self._building:
            if self._services is not None:
                self._services.engine.dispose()

    def close(self) -> None:
        self._dispose_engine()
        if self._temporary_previews is not None:
            opening.clean_previews(self._temporary_previews)
            with contextlib.suppress(OSError):
                self._temporary_previews.rmdir()
            self._temporary_previews = None
        if self._lock is not None:
            if self.read_only_reason is None:
                checkpoint(self.location.database)
                opening.clean_previews(self.location.previews_dir)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _refuse_if_read_only(self) -> None:
        if self.read_only_reason is not None:
            raise ReadOnly(self.read_only_reason)

    def today(self) -> date:
        """The workspace's day (a fixed clock in tests): what is due is due by this day."""
        return self._now().date()

    # Backups -------------------------------------------------------------------------------

    def second_backup_folder(self) -> Path | None:
        """Where every backup is copied a second time (Settings, `backup --also-to`), if set."""
        if not self.location.database.exists():
            return None
        value = read_setting(self.location.database, opening.SECOND_COPY_SETTING)
        return Path(value) if value else None

    def set_second_backup_folder(self, folder: Path | None) -> None:
        """Store the second backup folder in the data (None: no second copy). The folder is
        created (700) and must not be inside this data folder."""
        self._refuse_if_read_only()
        if folder is not None:
            folder = folder.expanduser().resolve()
            data_dir = self.location.data_dir.resolve()
            if folder == data_dir or data_dir in folder.parents:
                raise OutputRefused(str(folder), "it is inside the data folder it should protect")
            try:
                make_private_dir(folder)
            except OSError as exc:
                raise OutputRefused(str(folder), exc.strerror or str(exc)) from exc
        self.school.set(opening.SECOND_COPY_SETTING, "" if folder is None else str(folder))

    def backup_now(self, reason: str = "manual", to: Path | None = None) -> Path:
        """A verified backup in the backup folder (and its second copy), or one file `to`."""
        if to is not None:
            target = check_output_path(to, self.location)
            self._release_network_lock()
            backups.copy_database(self.location.database, target)
            return target
        return self.back_up(reason).path

    def back_up(self, reason: str = "manual", protected: tuple[Path, ...] = ()) -> BackupOutcome:
        """A verified backup in the backup folder, then its second copy; a failed second copy
        is reported in the outcome, not raised (the first copy is made)."""
        if self.read_only_reason is ReadOnlyReason.FOLDER_READ_ONLY:
            raise ReadOnly(self.read_only_reason)
        self._release_network_lock()
        now = self._now()
        path = backups.make_backup(
            self.location.database, self.location.backup_dir, reason, now, protected
        )
        problems = opening.copy_to_second_folder(path, self.second_backup_folder(), now)
        return BackupOutcome(path, tuple(problems))

    def _release_network_lock(self) -> None:
        """On a network drive the engine's one connection keeps the file locked; let go of it
        so the backup can read the file (the engine reconnects on its next use)."""
        if self.access is Access.NETWORK:
            self._dispose_engine()

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.location.backup_dir)

    def restore(self, source: Path) -> None:
        """Replace the data with a backup; the current data is backed up first, so a restore
        can itself be undone by restoring that backup. The chosen file is never pruned."""
        self._refuse_if_read_only()
        revision = backups.check_backup_file(source, KNOWN_REVISIONS)
        self.back_up("before-restore", protected=(source.resolve(), source))
        self._dispose_engine()
        checkpoint(self.location.database)
        backups.replace_database(source, self.location.database)
        if revision != HEAD_REVISION:
            upgrade_to_head(self.location.database, network=self.access is Access.NETWORK)
        self.changes.publish(Change.of(Topic.DATA))

    def health(self) -> HealthReport:
        self._release_network_lock()
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

    # Previews ------------------------------------------------------------------------------

    def preview_path(self, suffix: str = ".pdf") -> Path:
        """A new file name for a preview (a PDF that may name students). Inside the data folder,
        removed at close, at the next start and by every erasure; in a private temporary folder
        when the data folder is write-protected."""
        return self._previews_dir() / f"{opening.PREVIEW_PREFIX}{uuid.uuid4().hex}{suffix}"

    def preview_folder(self) -> Path:
        """A new, private folder for a set of previews (the Handouts screen renders a class set
        into one); kept and removed like `preview_path`'s files."""
        folder = self._previews_dir() / f"{opening.PREVIEW_PREFIX}{uuid.uuid4().hex}"
        make_private_dir(folder)
        return folder

    def _previews_dir(self) -> Path:
        folder = self.location.previews_dir
        if self.read_only_reason is not None:
            if self._temporary_previews is None:
                self._temporary_previews = Path(tempfile.mkdtemp(prefix="netwerk-previews-"))
            folder = self._temporary_previews
        make_private_dir(folder)
        return folder


@dataclass(frozen=True)
class BackupOutcome:
    path: Path
    problems: tuple[OpenWarning, ...] = ()  # a second copy that could not be made
