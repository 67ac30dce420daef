"""The network's meetings: the series and its cadence, the plan with a fair host rotation,
each meeting's agenda, sign-up and minutes with actions. Each method is one unit of work.

Every change to a meeting, its agenda or its minutes sets `revised_at`, which is how a network
pack tells a newer copy of a meeting from an older one.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from netwerk_desktop.errors import NotFound
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.base import utcnow
from netwerk_desktop.storage.network_models import (
    AgendaItem,
    CadenceSlot,
    MeetingAction,
    MeetingSignup,
    NetworkMeeting,
    NetworkMember,
    NetworkSchool,
    NetworkSeries,
    NetworkTopic,
    TopicVote,
)
from netwerk_desktop.teachers_network import agenda as agendas
from netwerk_desktop.teachers_network.cadence import DEFAULT_CADENCE, check_cadence, meeting_days
from netwerk_desktop.teachers_network.directory import clean
from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import (
    Action,
    AgendaLine,
    Attendee,
    ItemKind,
    Meeting,
    Mode,
    PlannedMeeting,
    Series,
    Slot,
)
from netwerk_desktop.teachers_network.rotation import assign_hosts

MAX_YEARS = 10
DEFAULT_START = time(14, 0)


def check_time_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise NetworkError(NetworkProblem.BAD_TIME_ZONE, name) from None
    return name


class MeetingsService(Service):
    # -- the series ---------------------------------------------------------------------------

    def series(self) -> Series:
        with self._reading() as session:
            row = session.scalar(select(NetworkSeries).order_by(NetworkSeries.id))
            if row is None:
                return Series("", "Europe/Copenhagen", DEFAULT_START, 150, 90, DEFAULT_CADENCE)
            return _series(row)

    def set_series(
        self,
        *,
        name: str | None = None,
        time_zone: str | None = None,
        starts_at: time | None = None,
        physical_minutes: int | None = None,
        virtual_minutes: int | None = None,
        slots: Sequence[Slot] | None = None,
    ) -> Series:
        with self._writing() as session:
            row = _series_row(session)
            if name is not None:
                row.name = clean(name)
            if time_zone is not None:
                row.time_zone = check_time_zone(time_zone)
            if starts_at is not None:
                row.starts_at = starts_at
            for value in (physical_minutes, virtual_minutes):
                if value is not None and not 15 <= value <= 8 * 60:
                    raise NetworkError(NetworkProblem.BAD_AGENDA_ITEM, str(value), 8 * 60)
            if physical_minutes is not None:
                row.physical_minutes = physical_minutes
            if virtual_minutes is not None:
                row.virtual_minutes = virtual_minutes
            if slots is not None:
                row.slots = [
                    CadenceSlot(
                        position=i, month=s.month, week=s.week, weekday=s.weekday, mode=s.mode
                    )
                    for i, s in enumerate(check_cadence(slots))
                ]
            session.flush()
            result = _series(row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    # -- the plan -----------------------------------------------------------------------------

    def plan(self, start: date, years: int = 1) -> list[PlannedMeeting]:
        """The meetings from `start` for `years` years: saved ones as they are, the rest
        proposed from the cadence, with hosts taking turns fairly."""
        if not 1 <= years <= MAX_YEARS:
            raise NetworkError(NetworkProblem.BAD_YEARS, str(years), MAX_YEARS)
        series = self.series()
        with self._reading() as session:
            saved = session.execute(
                select(NetworkMeeting, NetworkSchool.name).outerjoin(
                    NetworkSchool, NetworkSchool.id == NetworkMeeting.host_school_id
                )
            ).tuples()
            saved_list = sorted(saved, key=lambda pair: pair[0].starts_at)
            able = list(
                session.scalars(select(NetworkSchool.name).where(NetworkSchool.can_host.is_(True)))
            )
        last_hosted: dict[str, date] = {}
        for meeting, host in saved_list:
            if host and meeting.starts_at.date() < start:
                last_hosted[host] = meeting.starts_at.date()
        end_days = {d for d, _ in meeting_days(series.slots, start, years)}
        in_range = [
            (m, h)
            for m, h in saved_list
            if m.starts_at.date() >= start and m.starts_at.date() <= max(end_days, default=start)
        ]
        taken = {m.starts_at.date() for m, _ in in_range}
        entries: list[PlannedMeeting] = [
            PlannedMeeting(m.starts_at, m.minutes, Mode(m.mode), h or "", m.id) for m, h in in_range
        ]
        for day, slot in meeting_days(series.slots, start, years):
            if day not in taken:
                minutes = (
                    series.physical_minutes
                    if slot.mode is Mode.PHYSICAL
                    else series.virtual_minutes
                )
                entries.append(
                    PlannedMeeting(datetime.combine(day, series.starts_at), minutes, slot.mode, "")
                )
        entries.sort(key=lambda e: e.starts_at)
        fixed = {i: e.host for i, e in enumerate(entries) if e.meeting_id is not None and e.host}
        hosts = assign_hosts(
            [
                (e.starts_at.date(), e.mode is Mode.PHYSICAL and e.meeting_id is None)
                for e in entries
            ],
            able,
            last_hosted,
            fixed,
        )
        return [
            PlannedMeeting(e.starts_at, e.minutes, e.mode, host, e.meeting_id)
            for e, host in zip(entries, hosts, strict=True)
        ]

    def save_plan(self, start: date, years: int = 1) -> list[Meeting]:
        """Store the proposed meetings of the plan (saved ones stay as they are)."""
        proposed = [p for p in self.plan(start, years) if p.meeting_id is None]
        with self._writing() as session:
            schools = {s.name: s for s in session.scalars(select(NetworkSchool))}
            rows = []
            for entry in proposed:
                host = schools.get(entry.host)
                row = NetworkMeeting(
                    uid=str(uuid.uuid4()),
                    starts_at=entry.starts_at,
                    minutes=entry.minutes,
                    mode=entry.mode.value,
                    host_school_id=None if host is None else host.id,
                    place="" if host is None else host.name,
                    revised_at=utcnow(),
                )
                session.add(row)
                rows.append(row)
            session.flush()
            ids = [row.id for row in rows]
        for meeting_id in ids:
            self.build_agenda(meeting_id)
        self._publish(Change.of(Topic.NETWORK))
        return [self.meeting(i) for i in ids]

    # -- meetings -----------------------------------------------------------------------------

    def meetings(self, since: date | None = None) -> list[Meeting]:
        with self._reading() as session:
            query = select(NetworkMeeting).order_by(NetworkMeeting.starts_at)
            if since is not None:
                query = query.where(NetworkMeeting.starts_at >= datetime.combine(since, time()))
            rows = session.scalars(query.options(*_eager())).all()
            return [read_meeting(session, row) for row in rows]

    def meeting(self, meeting_id: int) -> Meeting:
        with self._reading() as session:
            return read_meeting(session, _meeting(session, meeting_id))

    def find(self, when: str) -> Meeting:
        """A meeting by its day ("2027-10-14"), "next" (the first from today) or "#id"."""
        wanted = when.strip().lower()
        if wanted.startswith("#") and wanted[1:].isdigit():
            return self.meeting(int(wanted[1:]))
        meetings = self.meetings()
        if wanted == "next":
            today = self._context.now().date()
            upcoming = [m for m in meetings if m.starts_at.date() >= today]
            if upcoming:
                return upcoming[0]
        else:
            for meeting in meetings:
                if meeting.starts_at.date().isoformat() == wanted:
                    return meeting
        raise NotFound("meeting", when)

    def update(
        self,
        meeting_id: int,
        *,
        starts_at: datetime | None = None,
        minutes: int | None = None,
        mode: Mode | None = None,
        place: str | None = None,
        host_school_id: int | None = None,
        clear_host: bool = False,
    ) -> Meeting:
        with self._writing() as session:
            row = _meeting(session, meeting_id)
            if starts_at is not None:
                row.starts_at = starts_at
            if minutes is not None:
                row.minutes = minutes
            if mode is not None:
                row.mode = Mode(mode).value
            if place is not None:
                row.place = clean(place)
            if clear_host or row.mode == Mode.VIRTUAL.value:
                row.host_school_id = None
            if host_school_id is not None:
                school = session.get(NetworkSchool, host_school_id)
                if school is None:
                    raise NotFound("school", str(host_school_id))
                if row.mode == Mode.VIRTUAL.value:
                    raise NetworkError(NetworkProblem.NO_HOST_NEEDED, school.name)
                if not school.can_host:
                    raise NetworkError(NetworkProblem.CANNOT_HOST, school.name)
                row.host_school_id = school.id
            row.revised_at = utcnow()
            session.flush()
            result = read_meeting(session, row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    def delete(self, meeting_id: int) -> None:
        with self._writing() as session:
            session.delete(_meeting(session, meeting_id))
        self._publish(Change.of(Topic.NETWORK))

    # -- agenda -------------------------------------------------------------------------------

    def build_agenda(self, meeting_id: int) -> Meeting:
        """A first agenda: welcome, the two most-voted open topics as talks, the exchange,
        the host's tour (physical), the carried actions and the closing."""
        with self._reading() as session:
            row = _meeting(session, meeting_id)
            topics = session.scalars(select(NetworkTopic).where(NetworkTopic.done.is_(False)))
            votes = {t.id: 0 for t in topics}
            for vote in session.scalars(select(TopicVote)):
                if vote.topic_id in votes:
                    votes[vote.topic_id] += 1
            titles = {t.id: t.title for t in session.scalars(select(NetworkTopic)) if t.id in votes}
            ranked = sorted(votes, key=lambda t: (-votes[t], titles[t].casefold()))
            host = session.get(NetworkSchool, row.host_school_id) if row.host_school_id else None
            carried = _carried(session, row)
            lines = agendas.default_agenda(
                Mode(row.mode),
                [titles[t] for t in ranked[: agendas.MAX_TALKS]],
                "" if host is None else host.tour,
                len(carried),
                row.minutes,
            )
        return self.set_agenda(meeting_id, lines)

    def set_agenda(self, meeting_id: int, lines: Sequence[AgendaLine]) -> Meeting:
        checked = agendas.check_agenda(lines)
        with self._writing() as session:
            row = _meeting(session, meeting_id)
            row.agenda = [
                AgendaItem(
                    position=i,
                    kind=ItemKind(line.kind).value,
                    title=clean(line.title),
                    speaker=clean(line.speaker),
                    minutes=line.minutes,
                )
                for i, line in enumerate(checked)
            ]
            row.revised_at = utcnow()
            session.flush()
            result = read_meeting(session, row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    # -- sign-up ------------------------------------------------------------------------------

    def sign_up(self, meeting_id: int, member_id: int, coming: bool = True) -> Meeting:
        with self._writing() as session:
            row = _meeting(session, meeting_id)
            if session.get(NetworkMember, member_id) is None:
                raise NotFound("member", str(member_id))
            signed = [s for s in row.signups if s.member_id == member_id]
            if coming and not signed:
                row.signups.append(MeetingSignup(member_id=member_id))
            elif not coming:
                row.signups = [s for s in row.signups if s.member_id != member_id]
            session.flush()
            result = read_meeting(session, row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    def add_guest(self, meeting_id: int, name: str) -> Meeting:
        with self._writing() as session:
            row = _meeting(session, meeting_id)
            row.signups.append(MeetingSignup(guest_name=clean(name, required=True)))
            session.flush()
            result = read_meeting(session, row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    # -- minutes ------------------------------------------------------------------------------

    def set_notes(self, meeting_id: int, notes: str) -> Meeting:
        with self._writing() as session:
            row = _meeting(session, meeting_id)
            row.notes = notes.strip()
            row.revised_at = utcnow()
            session.flush()
            result = read_meeting(session, row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    def add_action(
        self, meeting_id: int, text: str, owner: str = "", due_on: date | None = None
    ) -> Action:
        with self._writing() as session:
            row = _meeting(session, meeting_id)
            action = MeetingAction(
                uid=str(uuid.uuid4()),
                text=clean(text, 400, required=True),
                owner=clean(owner),
                due_on=due_on,
                done=False,
            )
            row.actions.append(action)
            row.revised_at = utcnow()
            session.flush()
            result = _action(action, row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    def set_action_done(self, action_id: int, done: bool = True) -> Action:
        with self._writing() as session:
            action = session.get(MeetingAction, action_id)
            if action is None:
                raise NotFound("action", str(action_id))
            action.done = done
            row = _meeting(session, action.meeting_id)
            row.revised_at = utcnow()
            session.flush()
            result = _action(action, row)
        self._publish(Change.of(Topic.NETWORK))
        return result

    def open_actions(self) -> list[Action]:
        with self._reading() as session:
            rows = session.execute(
                select(MeetingAction, NetworkMeeting)
                .join(NetworkMeeting, NetworkMeeting.id == MeetingAction.meeting_id)
                .where(MeetingAction.done.is_(False))
                .order_by(NetworkMeeting.starts_at, MeetingAction.id)
            ).tuples()
            return [_action(a, m) for a, m in rows]


# -- reading -----------------------------------------------------------------------------------


def _eager() -> tuple[ExecutableOption, ...]:
    return (
        selectinload(NetworkMeeting.agenda),
        selectinload(NetworkMeeting.actions),
        selectinload(NetworkMeeting.signups),
    )


def read_meeting(session: Session, row: NetworkMeeting) -> Meeting:
    host = session.get(NetworkSchool, row.host_school_id) if row.host_school_id else None
    start = row.starts_at
    lines = tuple(AgendaLine(ItemKind(i.kind), i.title, i.minutes, i.speaker) for i in row.agenda)
    share = agendas.exchange_share(lines)
    members = {
        m.id: (m.name, m.school_id)
        for m in session.scalars(
            select(NetworkMember).where(
                NetworkMember.id.in_([s.member_id for s in row.signups if s.member_id])
            )
        )
    }
    school_names = dict(
        session.execute(select(NetworkSchool.id, NetworkSchool.name)).tuples().all()
    )
    attendees = tuple(
        Attendee(s.guest_name or "")
        if s.member_id is None
        else Attendee(
            members[s.member_id][0],
            school_names.get(members[s.member_id][1] or 0, ""),
            s.member_id,
        )
        for s in row.signups
    )
    return Meeting(
        id=row.id,
        uid=row.uid,
        starts_at=start,
        minutes=row.minutes,
        mode=Mode(row.mode),
        host="" if host is None else host.name,
        host_tour="" if host is None else host.tour,
        place=row.place,
        agenda=agendas.timed(lines, start),
        carried_actions=tuple(_carried(session, row)),
        exchange_share=share,
        exchange_too_short=bool(lines) and share < agendas.EXCHANGE_SHARE,
        actions=tuple(_action(a, row) for a in row.actions),
        notes=row.notes,
        attendees=attendees,
        revised_at=row.revised_at,
    )


def _carried(session: Session, row: NetworkMeeting) -> list[Action]:
    """Open actions raised in earlier meetings: they roll into every agenda until done."""
    rows = session.execute(
        select(MeetingAction, NetworkMeeting)
        .join(NetworkMeeting, NetworkMeeting.id == MeetingAction.meeting_id)
        .where(MeetingAction.done.is_(False), NetworkMeeting.starts_at < row.starts_at)
        .order_by(NetworkMeeting.starts_at, MeetingAction.id)
    ).tuples()
    return [_action(a, m) for a, m in rows]


def _action(action: MeetingAction, meeting: NetworkMeeting) -> Action:
    return Action(
        action.id,
        action.uid,
        meeting.id,
        meeting.starts_at.date(),
        action.text,
        action.owner,
        action.due_on,
        action.done,
    )


def _meeting(session: Session, meeting_id: int) -> NetworkMeeting:
    row = session.get(NetworkMeeting, meeting_id)
    if row is None:
        raise NotFound("meeting", str(meeting_id))
    return row


def _series_row(session: Session) -> NetworkSeries:
    row = session.scalar(select(NetworkSeries).order_by(NetworkSeries.id))
    if row is None:
        row = NetworkSeries(
            name="",
            time_zone="Europe/Copenhagen",
            starts_at=DEFAULT_START,
            physical_minutes=150,
            virtual_minutes=90,
        )
        row.slots = [
            CadenceSlot(position=i, month=s.month, week=s.week, weekday=s.weekday, mode=s.mode)
            for i, s in enumerate(DEFAULT_CADENCE)
        ]
        session.add(row)
    return row


def _series(row: NetworkSeries) -> Series:
    return Series(
        row.name,
        row.time_zone,
        row.starts_at,
        row.physical_minutes,
        row.virtual_minutes,
        tuple(Slot(s.month, s.week, s.weekday, Mode(s.mode)) for s in row.slots) or DEFAULT_CADENCE,
    )
