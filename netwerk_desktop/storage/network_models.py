"""The teachers' own network across schools: members, schools, meetings and minutes (0006).

Members are stored only with the date they consented. Meetings, their agenda items and the
actions of their minutes carry a `uid` and `revised_at`, so a network pack from another
school's copy can be imported twice without change and a newer one can update them.
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
UID_LENGTH = 36


class NetworkSeries(Base):
    """The network's meeting series: its name, time zone, usual times and cadence."""

    __tablename__ = "network_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Copenhagen")
    starts_at: Mapped[time] = mapped_column(Time)
    physical_minutes: Mapped[int] = mapped_column(Integer, default=150)
    virtual_minutes: Mapped[int] = mapped_column(Integer, default=90)

    slots: Mapped[list[CadenceSlot]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CadenceSlot.position"
    )


class CadenceSlot(Base):
    """One meeting of every school year: e.g. physical, the 2nd Thursday of October."""

    __tablename__ = "network_cadence_slot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("network_series.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    week: Mapped[int] = mapped_column(Integer)  # 1-4, or 5 for the last one of the month
    weekday: Mapped[int] = mapped_column(Integer)  # 0 Monday .. 6 Sunday
    mode: Mapped[str] = mapped_column(String(20))  # physical | virtual


class NetworkSchool(Base):
    __tablename__ = "network_school"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(TEXT_LENGTH), unique=True)
    can_host: Mapped[bool] = mapped_column(Boolean, default=True)
    tour: Mapped[str] = mapped_column(Text, default="")  # what a visit's tour shows


class NetworkMember(Base):
    """A contact teacher. Nothing is kept without the date they agreed to be listed."""

    __tablename__ = "network_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    school_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_school.id", ondelete="SET NULL"), nullable=True, index=True
    )
    role: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    email: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    consent_on: Mapped[date] = mapped_column(Date)
    coordinator: Mapped[bool] = mapped_column(Boolean, default=False)  # of the working group
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class NetworkMeeting(Base):
    __tablename__ = "network_meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(UID_LENGTH), unique=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # wall clock, series zone
    minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(20))  # physical | virtual
    host_school_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_school.id", ondelete="SET NULL"), nullable=True, index=True
    )
    place: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # the minutes' running text
    revised_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)  # UTC

    agenda: Mapped[list[AgendaItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AgendaItem.position"
    )
    actions: Mapped[list[MeetingAction]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MeetingAction.id",
        foreign_keys="MeetingAction.meeting_id",
    )
    signups: Mapped[list[MeetingSignup]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="MeetingSignup.id"
    )


class AgendaItem(Base):
    __tablename__ = "network_agenda_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("network_meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # welcome | talk | exchange | tour | actions ...
    title: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    speaker: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    minutes: Mapped[int] = mapped_column(Integer)


class MeetingAction(Base):
    """An action from a meeting's minutes; open ones are carried into the next agenda."""

    __tablename__ = "network_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(UID_LENGTH), unique=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("network_meeting.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(TEXT_LENGTH * 2))
    owner: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class MeetingSignup(Base):
    """Who comes to a meeting: a member, or a guest by name only."""

    __tablename__ = "network_signup"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("network_meeting.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_member.id", ondelete="CASCADE"), nullable=True, index=True
    )
    guest_name: Mapped[str | None] = mapped_column(String(TEXT_LENGTH), nullable=True)


class NetworkTopic(Base):
    """A topic members want a meeting about; votes decide which come first."""

    __tablename__ = "network_topic"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(TEXT_LENGTH), unique=True)
    proposed_by: Mapped[int | None] = mapped_column(
        ForeignKey("network_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TopicVote(Base):
    __tablename__ = "network_topic_vote"

    topic_id: Mapped[int] = mapped_column(
        ForeignKey("network_topic.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("network_member.id", ondelete="CASCADE"), primary_key=True, index=True
    )
