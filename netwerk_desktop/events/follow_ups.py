"""The follow-up of events on the classes' timelines: what is due, ticking steps off, and
deleting the temporary merged roster once the follow-up is over."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from netwerk_desktop.errors import NotFound
from netwerk_desktop.events.errors import EventError, EventProblem
from netwerk_desktop.events.records import FollowUpItem, FollowUpKind
from netwerk_desktop.events.schedule import groups_expire_on
from netwerk_desktop.events.service import follow_up_item
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.base import utcnow
from netwerk_desktop.storage.event_models import CommunityEvent, EventFollowUp, EventGroupMember
from netwerk_desktop.storage.models import SchoolClass

MAX_TALLY = 1000


class FollowUpsService(Service):
    def due(self, today: date | None = None) -> list[FollowUpItem]:
        """Open steps due today or earlier, oldest first (Home shows them)."""
        day = today or self._context.now().date()
        with self._reading() as session:
            rows = session.execute(
                select(EventFollowUp, CommunityEvent.title)
                .join(CommunityEvent, CommunityEvent.id == EventFollowUp.event_id)
                .where(EventFollowUp.done_on.is_(None), EventFollowUp.due_on <= day)
                .order_by(EventFollowUp.due_on, EventFollowUp.event_id, EventFollowUp.id)
            ).tuples()
            names = _class_names(session)
            return [follow_up_item(row, title, names) for row, title in rows]

    def timeline(self, class_id: int) -> list[FollowUpItem]:
        """Every follow-up step of a class, done or not, in date order."""
        with self._reading() as session:
            rows = session.execute(
                select(EventFollowUp, CommunityEvent.title)
                .join(CommunityEvent, CommunityEvent.id == EventFollowUp.event_id)
                .where(EventFollowUp.class_id == class_id)
                .order_by(EventFollowUp.due_on, EventFollowUp.id)
            ).tuples()
            names = _class_names(session)
            return [follow_up_item(row, title, names) for row, title in rows]

    def set_done(
        self,
        item_id: int,
        done: bool = True,
        *,
        tally_yes: int | None = None,
        tally_of: int | None = None,
    ) -> FollowUpItem:
        """Tick a step off (or undo that). The tally step takes the anonymous counts."""
        counted = tally_yes is not None or tally_of is not None
        if counted and not (
            tally_yes is not None
            and tally_of is not None
            and 0 <= tally_yes <= tally_of <= MAX_TALLY
        ):
            raise EventError(EventProblem.BAD_TALLY, f"{tally_yes}/{tally_of}", MAX_TALLY)
        with self._writing() as session:
            row = session.get(EventFollowUp, item_id)
            if row is None:
                raise NotFound("follow-up step", str(item_id))
            row.done_on = self._context.now().date() if done else None
            if row.kind == FollowUpKind.TALLY.value and tally_yes is not None:
                row.tally_yes, row.tally_of = tally_yes, tally_of
            session.flush()
            event = session.get(CommunityEvent, row.event_id)
            assert event is not None
            if all(f.done_on is not None for f in event.follow_ups):
                _remove_groups(session, event)
            item = follow_up_item(row, event.title, _class_names(session))
        self._publish(Change.of(Topic.EVENTS, class_id=item.class_id))
        return item

    def remove_expired_groups(self, today: date | None = None) -> int:
        """Delete the merged rosters of events whose follow-up time is over, checked or not.
        Returns how many events lost their groups."""
        day = today or self._context.now().date()
        if self._read_only:
            return 0
        with self._writing() as session:
            events = session.scalars(
                select(CommunityEvent).where(CommunityEvent.groups_removed_at.is_(None))
            ).all()
            expired = [e for e in events if groups_expire_on(e.held_on) <= day]
            for event in expired:
                _remove_groups(session, event)
        if expired:
            self._publish(Change.of(Topic.EVENTS))
        return len(expired)


def _remove_groups(session: Session, event: CommunityEvent) -> None:
    session.execute(delete(EventGroupMember).where(EventGroupMember.event_id == event.id))
    session.expire(event, ["group_members"])
    if event.groups_removed_at is None:
        event.groups_removed_at = utcnow()


def _class_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(SchoolClass.id, SchoolClass.name)).tuples().all())
