"""Files the network trades in: a meeting as .ics, members and sign-ups as CSV, and the
network pack (export, and an import that is idempotent and lets a newer pack update)."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from netwerk_desktop.services.base import Service, ServiceContext
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.network_models import (
    AgendaItem,
    MeetingAction,
    NetworkMeeting,
    NetworkSchool,
)
from netwerk_desktop.teachers_network.calendar_file import meeting_calendar
from netwerk_desktop.teachers_network.csv_files import members_csv, signups_csv
from netwerk_desktop.teachers_network.directory import DirectoryService
from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.files import write_verified
from netwerk_desktop.teachers_network.meetings import MeetingsService
from netwerk_desktop.teachers_network.pack import Pack, PackMeeting, dump_pack, read_pack
from netwerk_desktop.teachers_network.records import PackResult


class NetworkFilesService(Service):
    def __init__(
        self, context: ServiceContext, directory: DirectoryService, meetings: MeetingsService
    ) -> None:
        super().__init__(context)
        self._directory = directory
        self._meetings = meetings

    # -- exports ------------------------------------------------------------------------------

    def write_ics(self, meeting_id: int, path: Path, *, title: str, description: str) -> Path:
        from icalendar import Calendar

        meeting = self._meetings.meeting(meeting_id)
        data = meeting_calendar(
            meeting,
            title=title,
            description=description,
            time_zone=self._meetings.series().time_zone,
            stamp=self._context.now().astimezone(UTC),
        )
        return write_verified(path, data, Calendar.from_ical)

    def write_members_csv(self, path: Path) -> Path:
        return write_verified(path, members_csv(self._directory.members()))

    def write_signups_csv(self, meeting_id: int, path: Path) -> Path:
        return write_verified(path, signups_csv(self._meetings.meeting(meeting_id)))

    def pack_bytes(self) -> bytes:
        series = self._meetings.series()
        return dump_pack(
            series.name,
            series.time_zone,
            self._context.now(),
            self._directory.schools(),
            self._meetings.meetings(),
        )

    def export_pack(self, path: Path) -> Path:
        return write_verified(path, self.pack_bytes(), read_pack)

    # -- import -------------------------------------------------------------------------------

    def import_pack(self, path: Path) -> PackResult:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NetworkError(NetworkProblem.NOT_A_PACK, exc.strerror or str(exc)) from exc
        return self.import_pack_bytes(data)

    def import_pack_bytes(self, data: bytes) -> PackResult:
        """Meetings new here are added; one the pack has in a newer revision is replaced by
        it (agenda, minutes, actions); the same revision changes nothing; a newer revision
        here is kept. Importing the same pack twice changes nothing."""
        pack = read_pack(data)
        added = updated = unchanged = kept = 0
        with self._writing() as session:
            schools = {s.name.casefold(): s for s in session.scalars(select(NetworkSchool))}
            for incoming in pack.meetings:
                row = session.scalar(
                    select(NetworkMeeting).where(NetworkMeeting.uid == incoming.uid)
                )
                if row is not None and incoming.revised_at == row.revised_at:
                    unchanged += 1
                    continue
                if row is not None and incoming.revised_at < row.revised_at:
                    kept += 1
                    continue
                host_id = _host_id(session, schools, pack, incoming)
                if row is None:
                    row = NetworkMeeting(uid=incoming.uid)
                    session.add(row)
                    added += 1
                else:
                    updated += 1
                _apply(session, row, incoming, host_id)
        if added or updated:
            self._publish(Change.of(Topic.NETWORK))
        return PackResult(added, updated, unchanged, kept)


def _host_id(
    session: Session, schools: dict[str, NetworkSchool], pack: Pack, incoming: PackMeeting
) -> int | None:
    if not incoming.host:
        return None
    school = schools.get(incoming.host.casefold())
    if school is None:
        known = next((s for s in pack.schools if s.name == incoming.host), None)
        school = NetworkSchool(
            name=incoming.host,
            can_host=True if known is None else known.can_host,
            tour="" if known is None else known.tour,
        )
        session.add(school)
        session.flush()
        schools[incoming.host.casefold()] = school
    return school.id


def _apply(
    session: Session, row: NetworkMeeting, incoming: PackMeeting, host_id: int | None
) -> None:
    row.starts_at = incoming.starts_at
    row.minutes = incoming.minutes
    row.mode = incoming.mode.value
    row.host_school_id = host_id
    row.place = incoming.place
    row.notes = incoming.notes
    row.revised_at = incoming.revised_at
    row.agenda = [
        AgendaItem(position=i, kind=kind.value, title=title, speaker=speaker, minutes=minutes)
        for i, (kind, title, speaker, minutes) in enumerate(incoming.agenda)
    ]
    existing = {a.uid: a for a in row.actions}
    actions = []
    for action in incoming.actions:
        kept = existing.get(action.uid)
        if kept is None:
            other = session.scalar(select(MeetingAction).where(MeetingAction.uid == action.uid))
            if other is not None:  # moved from another meeting in the newer pack
                session.delete(other)
                session.flush()
            kept = MeetingAction(uid=action.uid)
        kept.text, kept.owner = action.text, action.owner
        kept.due_on, kept.done = action.due_on, action.done
        actions.append(kept)
    row.actions = actions
