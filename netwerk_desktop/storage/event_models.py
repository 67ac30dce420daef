"""Community events for one or more classes, with their follow-up (schema 0006).

Guests are stored by name only. The cross-class groups of an event (`event_group_member`)
are a temporary merged roster: the event service deletes them once the follow-up is done.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from netwerk_desktop.storage.base import Base, utcnow

TEXT_LENGTH = 200
PURPOSE_LENGTH = 300


class CommunityEvent(Base):
    """A class trip, a cross-class day, a breakfast: one purpose, a day and a place."""

    __tablename__ = "community_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    purpose: Mapped[str] = mapped_column(String(PURPOSE_LENGTH), default="")
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    language: Mapped[str] = mapped_column(String(5), default="da")
    parents_letter: Mapped[str] = mapped_column(Text, default="")
    # When the temporary merged roster was deleted (the follow-up was over).
    groups_removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    classes: Mapped[list[EventClass]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    blocks: Mapped[list[EventBlock]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventBlock.position"
    )
    team: Mapped[list[EventTeamMember]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventTeamMember.position"
    )
    checklist: Mapped[list[EventCheckItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventCheckItem.position"
    )
    signups: Mapped[list[EventSignup]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventSignup.id"
    )
    group_members: Mapped[list[EventGroupMember]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    follow_ups: Mapped[list[EventFollowUp]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventFollowUp.due_on"
    )


class EventClass(Base):
    __tablename__ = "event_class"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("community_event.id", ondelete="CASCADE"), primary_key=True
    )
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EventBlock(Base):
    """One part of the programme: content, a workshop or activity, or informal time."""

    __tablename__ = "event_block"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("community_event.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # content | activity | informal
    title: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    activity_id: Mapped[str | None] = mapped_column(String(80), nullable=True)  # catalogue id
    minutes: Mapped[int] = mapped_column(Integer)
    lead: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")


class EventTeamMember(Base):
    """A colleague (by name) or a student of a class taking part, with a role."""

    __tablename__ = "event_team_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("community_event.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    colleague_name: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)
    student_id: Mapped[int | None] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), nullable=True, index=True
    )
    role: Mapped[str] = mapped_column(String(TEXT_LENGTH))


class EventCheckItem(Base):
    """The five tips and the school's own steps (an approval, say) as plain check items."""

    __tablename__ = "event_check_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("community_event.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    tip: Mapped[str] = mapped_column(String(20))  # vision | informal | mix | team | follow_up | own
    text: Mapped[str] = mapped_column(String(PURPOSE_LENGTH), default="")  # the "own" items' words
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class EventSignup(Base):
    """Who comes: a student of a class taking part, or a guest by name only."""

    __tablename__ = "event_signup"
    __table_args__ = (UniqueConstraint("event_id", "student_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("community_event.id", ondelete="CASCADE"), index=True
    )
    student_id: Mapped[int | None] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), nullable=True, index=True
    )
    guest_name: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)


class EventGroupMember(Base):
    """The temporary merged roster: a student's cross-class group and pair at the event."""

    __tablename__ = "event_group_member"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("community_event.id", ondelete="CASCADE"), primary_key=True
    )
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    group_number: Mapped[int] = mapped_column(Integer)
    pair_number: Mapped[int] = mapped_column(Integer)


class EventFollowUp(Base):
    """One follow-up step on a class's timeline: thank-you, partner talk, tally, reunion."""

    __tablename__ = "event_follow_up"
    __table_args__ = (UniqueConstraint("event_id", "class_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("community_event.id", ondelete="CASCADE"), index=True
    )
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # thank_you | partner_talk | tally | reunion
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The anonymous tally "I talked with someone new": hands up, out of how many.
    tally_yes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tally_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
