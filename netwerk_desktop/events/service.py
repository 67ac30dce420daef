"""Planning a community event: its purpose, day and place, classes, programme, team,
checklist, sign-up and the letter to parents. Each method is one unit of work.

Follow-up steps are made here when the event is created (and moved with its date); ticking
them off and the temporary groups live in `follow_ups` and `mixing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from netwerk_desktop.errors import NotFound
from netwerk_desktop.events.errors import EventError, EventProblem
from netwerk_desktop.events.programme import MAX_BLOCK_MINUTES, balance, timed
from netwerk_desktop.events.records import (
    Attendee,
    Block,
    BlockKind,
    CheckItem,
    ClassInEvent,
    EventGroup,
    EventPlan,
    EventSummary,
    FollowUpItem,
    FollowUpKind,
    TeamMember,
    Tip,
)
from netwerk_desktop.events.schedule import due_dates
from netwerk_desktop.events.text import TEXT_LIMIT, clean_text
from netwerk_desktop.languages import LANGUAGES
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.event_models import (
    PURPOSE_LENGTH,
    CommunityEvent,
    EventBlock,
    EventCheckItem,
    EventClass,
    EventFollowUp,
    EventSignup,
    EventTeamMember,
)
from netwerk_desktop.storage.models import SchoolClass, Student

FIVE_TIPS = (Tip.VISION, Tip.INFORMAL, Tip.MIX, Tip.TEAM, Tip.FOLLOW_UP)


class EventsService(Service):
    def list_events(self) -> list[EventSummary]:
        with self._reading() as session:
            events = session.scalars(
                select(CommunityEvent)
                .options(selectinload(CommunityEvent.classes))
                .options(selectinload(CommunityEvent.follow_ups))
                .order_by(CommunityEvent.held_on.desc(), CommunityEvent.id.desc())
            ).all()
            names = _class_names(session)
            return [
                EventSummary(
                    e.id,
                    e.title,
                    e.held_on,
                    e.place,
                    tuple(names.get(c.class_id, "?") for c in e.classes),
                    sum(1 for f in e.follow_ups if f.done_on is None),
                )
                for e in events
            ]

    def get(self, event_id: int) -> EventPlan:
        with self._reading() as session:
            return read_plan(session, _event(session, event_id))

    def find(self, title: str) -> EventPlan:
        """An event as a person names it: its title (the newest when titles repeat), or #id."""
        wanted = " ".join(title.split()).casefold()
        with self._reading() as session:
            if wanted.startswith("#") and wanted[1:].isdigit():
                return read_plan(session, _event(session, int(wanted[1:])))
            for event in session.scalars(
                select(CommunityEvent).order_by(CommunityEvent.held_on.desc())
            ):
                if event.title.casefold() == wanted:
                    return read_plan(session, event)
        raise NotFound("event", title)

    def create(
        self,
        title: str,
        held_on: date,
        class_ids: Sequence[int],
        *,
        purpose: str = "",
        place: str = "",
        starts_at: time | None = None,
        language: str | None = None,
    ) -> EventPlan:
        if not class_ids:
            raise EventError(EventProblem.NO_CLASSES)
        with self._writing() as session:
            classes = _classes(session, class_ids)
            event = CommunityEvent(
                title=clean_text(title, required=EventProblem.NO_TITLE),
                purpose=clean_text(purpose, PURPOSE_LENGTH),
                held_on=held_on,
                starts_at=starts_at,
                place=clean_text(place),
                language=language if language in LANGUAGES else classes[0].content_language,
            )
            event.classes = [EventClass(class_id=c.id) for c in classes]
            event.checklist = [
                EventCheckItem(position=i, tip=tip.value, text="", done=False)
                for i, tip in enumerate(FIVE_TIPS)
            ]
            session.add(event)
            session.flush()
            _sync_follow_ups(event)
            session.flush()
            plan = read_plan(session, event)
        self._changed(plan.id)
        return plan

    def update(
        self,
        event_id: int,
        *,
        title: str | None = None,
        purpose: str | None = None,
        held_on: date | None = None,
        starts_at: time | None = None,
        clear_start: bool = False,
        place: str | None = None,
        language: str | None = None,
        parents_letter: str | None = None,
    ) -> EventPlan:
        with self._writing() as session:
            event = _event(session, event_id)
            if title is not None:
                event.title = clean_text(title, required=EventProblem.NO_TITLE)
            if purpose is not None:
                event.purpose = clean_text(purpose, PURPOSE_LENGTH)
            if place is not None:
                event.place = clean_text(place)
            if starts_at is not None or clear_start:
                event.starts_at = starts_at
            if language in LANGUAGES:
                event.language = language
            if parents_letter is not None:
                event.parents_letter = parents_letter.strip()
            if held_on is not None and held_on != event.held_on:
                event.held_on = held_on
                _sync_follow_ups(event)
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def set_classes(self, event_id: int, class_ids: Sequence[int]) -> EventPlan:
        """The classes taking part; a class that leaves takes its sign-ups and steps along."""
        if not class_ids:
            raise EventError(EventProblem.NO_CLASSES)
        with self._writing() as session:
            event = _event(session, event_id)
            wanted = {c.id for c in _classes(session, class_ids)}
            event.classes = [c for c in event.classes if c.class_id in wanted] + [
                EventClass(class_id=i) for i in sorted(wanted - {c.class_id for c in event.classes})
            ]
            student_class = _student_classes(session, event)
            event.signups = [
                s for s in event.signups if s.student_id is None or s.student_id in student_class
            ]
            event.team = [
                t for t in event.team if t.student_id is None or t.student_id in student_class
            ]
            event.group_members = []  # groups of other classes no longer fit
            _sync_follow_ups(event)
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def set_blocks(self, event_id: int, blocks: Sequence[Block]) -> EventPlan:
        """The whole programme in order (the screen edits a copy and saves it, so undo is
        saving the copy from before)."""
        rows = []
        for position, block in enumerate(blocks):
            title = clean_text(block.title, required=EventProblem.BAD_BLOCK)
            if not 1 <= block.minutes <= MAX_BLOCK_MINUTES:
                raise EventError(EventProblem.BAD_BLOCK, title, MAX_BLOCK_MINUTES)
            rows.append(
                EventBlock(
                    position=position,
                    kind=BlockKind(block.kind).value,
                    title=title,
                    activity_id=block.activity_id,
                    minutes=block.minutes,
                    lead=clean_text(block.lead),
                )
            )
        with self._writing() as session:
            event = _event(session, event_id)
            event.blocks = rows
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def set_team(self, event_id: int, team: Sequence[TeamMember]) -> EventPlan:
        with self._writing() as session:
            event = _event(session, event_id)
            student_class = _student_classes(session, event)
            rows = []
            for position, member in enumerate(team):
                role = clean_text(member.role, required=EventProblem.NO_GUEST_NAME)
                if member.student_id is not None:
                    if member.student_id not in student_class:
                        raise EventError(EventProblem.NOT_IN_EVENT, str(member.student_id))
                    rows.append(
                        EventTeamMember(position=position, student_id=member.student_id, role=role)
                    )
                else:
                    name = clean_text(
                        member.colleague_name or "", required=EventProblem.NO_GUEST_NAME
                    )
                    rows.append(EventTeamMember(position=position, colleague_name=name, role=role))
            event.team = rows
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def check(self, event_id: int, item_id: int, done: bool) -> EventPlan:
        with self._writing() as session:
            event = _event(session, event_id)
            item = next((i for i in event.checklist if i.id == item_id), None)
            if item is None:
                raise NotFound("check item", str(item_id))
            item.done = done
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def add_own_step(self, event_id: int, text: str) -> EventPlan:
        """A step of the school's own, e.g. the school leader's approval: a free-text item."""
        with self._writing() as session:
            event = _event(session, event_id)
            position = max((i.position for i in event.checklist), default=-1) + 1
            event.checklist.append(
                EventCheckItem(
                    position=position,
                    tip=Tip.OWN.value,
                    text=clean_text(text, PURPOSE_LENGTH, required=EventProblem.NO_TITLE),
                    done=False,
                )
            )
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def remove_own_step(self, event_id: int, item_id: int) -> EventPlan:
        with self._writing() as session:
            event = _event(session, event_id)
            event.checklist = [
                i for i in event.checklist if not (i.id == item_id and i.tip == Tip.OWN.value)
            ]
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def sign_up(self, event_id: int, student_ids: Sequence[int], coming: bool = True) -> EventPlan:
        """Students of the classes taking part sign up (or are taken off the list)."""
        with self._writing() as session:
            event = _event(session, event_id)
            student_class = _student_classes(session, event)
            for student_id in student_ids:
                if student_id not in student_class:
                    raise EventError(EventProblem.NOT_IN_EVENT, str(student_id))
            signed = {s.student_id for s in event.signups if s.student_id is not None}
            if coming:
                event.signups.extend(
                    EventSignup(student_id=s) for s in dict.fromkeys(student_ids) if s not in signed
                )
            else:
                gone = set(student_ids)
                event.signups = [s for s in event.signups if s.student_id not in gone]
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def sign_up_everyone(self, event_id: int) -> EventPlan:
        """Every active student of the classes taking part is coming (the usual case)."""
        with self._reading() as session:
            event = _event(session, event_id)
            students = _student_classes(session, event)
        return self.sign_up(event_id, [s for s, (_, active) in students.items() if active])

    def add_guest(self, event_id: int, name: str) -> EventPlan:
        """A guest who comes (a parent, a colleague from another school): a name, nothing else."""
        with self._writing() as session:
            event = _event(session, event_id)
            event.signups.append(
                EventSignup(guest_name=clean_text(name, required=EventProblem.NO_GUEST_NAME))
            )
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def remove_guest(self, event_id: int, name: str) -> EventPlan:
        with self._writing() as session:
            event = _event(session, event_id)
            index = next((i for i, s in enumerate(event.signups) if s.guest_name == name), None)
            if index is None:
                raise NotFound("guest", name)
            del event.signups[index]
            session.flush()
            plan = read_plan(session, event)
        self._changed(event_id)
        return plan

    def delete(self, event_id: int) -> None:
        with self._writing() as session:
            session.delete(_event(session, event_id))
        self._changed(event_id)

    def _changed(self, event_id: int) -> None:
        self._publish(Change.of(Topic.EVENTS))


# -- reading -----------------------------------------------------------------------------------


def read_plan(session: Session, event: CommunityEvent) -> EventPlan:
    names = _class_names(session)
    languages = dict(
        session.execute(select(SchoolClass.id, SchoolClass.content_language)).tuples().all()
    )
    students = _student_names(session, event)
    blocks = tuple(
        Block(BlockKind(b.kind), b.title, b.minutes, b.lead, b.activity_id) for b in event.blocks
    )
    attendees = tuple(
        Attendee(s.guest_name or "")
        if s.student_id is None
        else Attendee(students[s.student_id][0], s.student_id, students[s.student_id][1])
        for s in event.signups
    )
    return EventPlan(
        id=event.id,
        title=event.title,
        purpose=event.purpose,
        held_on=event.held_on,
        starts_at=event.starts_at,
        place=event.place,
        language=event.language,
        classes=tuple(
            ClassInEvent(c.class_id, names.get(c.class_id, "?"), languages.get(c.class_id, "da"))
            for c in event.classes
        ),
        blocks=timed(blocks, event.starts_at),
        balance=balance(blocks),
        team=tuple(
            TeamMember(
                t.role,
                t.colleague_name,
                t.student_id,
                students[t.student_id][0] if t.student_id is not None else "",
            )
            for t in event.team
        ),
        checklist=tuple(CheckItem(i.id, Tip(i.tip), i.text, i.done) for i in event.checklist),
        attendees=attendees,
        groups=_groups(event, students),
        groups_removed=event.groups_removed_at is not None,
        follow_ups=tuple(follow_up_item(f, event.title, names) for f in event.follow_ups),
        parents_letter=event.parents_letter,
    )


def follow_up_item(row: EventFollowUp, title: str, names: dict[int, str]) -> FollowUpItem:
    return FollowUpItem(
        row.id,
        row.event_id,
        title,
        row.class_id,
        names.get(row.class_id, "?"),
        FollowUpKind(row.kind),
        row.due_on,
        row.done_on,
        row.tally_yes,
        row.tally_of,
    )


def _groups(event: CommunityEvent, students: dict[int, tuple[str, str]]) -> tuple[EventGroup, ...]:
    by_group: dict[int, dict[int, list[Attendee]]] = {}
    for member in event.group_members:
        name, class_name = students.get(member.student_id, ("?", ""))
        by_group.setdefault(member.group_number, {}).setdefault(member.pair_number, []).append(
            Attendee(name, member.student_id, class_name)
        )
    return tuple(
        EventGroup(
            number,
            tuple(
                tuple(sorted(pair, key=lambda a: a.name.casefold()))
                for _, pair in sorted(pairs.items())
            ),
        )
        for number, pairs in sorted(by_group.items())
    )


def _class_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(SchoolClass.id, SchoolClass.name)).tuples().all())


def _student_names(session: Session, event: CommunityEvent) -> dict[int, tuple[str, str]]:
    """Name and class name of every student of the classes taking part."""
    class_ids = [c.class_id for c in event.classes]
    rows = session.execute(
        select(Student.id, Student.display_name, SchoolClass.name)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .where(Student.class_id.in_(class_ids))
    ).tuples()
    return {sid: (name, class_name) for sid, name, class_name in rows}


def _student_classes(session: Session, event: CommunityEvent) -> dict[int, tuple[int, bool]]:
    """Every student of the classes taking part: their class and whether they are active."""
    class_ids = [c.class_id for c in event.classes]
    rows = session.execute(
        select(Student.id, Student.class_id, Student.active).where(Student.class_id.in_(class_ids))
    ).tuples()
    return {sid: (class_id, active) for sid, class_id, active in rows}


def _event(session: Session, event_id: int) -> CommunityEvent:
    event = session.get(CommunityEvent, event_id)
    if event is None:
        raise NotFound("event", str(event_id))
    return event


def _classes(session: Session, class_ids: Sequence[int]) -> list[SchoolClass]:
    classes = []
    for class_id in dict.fromkeys(class_ids):
        school_class = session.get(SchoolClass, class_id)
        if school_class is None:
            raise EventError(EventProblem.UNKNOWN_CLASS, str(class_id))
        classes.append(school_class)
    return classes


def _sync_follow_ups(event: CommunityEvent) -> None:
    """One step of each kind per class taking part; open steps move with the event's date."""
    dates = due_dates(event.held_on)
    class_ids = {c.class_id for c in event.classes}
    kept = [f for f in event.follow_ups if f.class_id in class_ids]
    have = {(f.class_id, f.kind) for f in kept}
    for step in kept:
        if step.done_on is None:
            step.due_on = dates[FollowUpKind(step.kind)]
    for class_id in sorted(class_ids):
        for kind, due in dates.items():
            if (class_id, kind.value) not in have:
                kept.append(EventFollowUp(class_id=class_id, kind=kind.value, due_on=due))
    event.follow_ups = kept


__all__ = ["TEXT_LIMIT", "EventsService", "follow_up_item", "read_plan"]
