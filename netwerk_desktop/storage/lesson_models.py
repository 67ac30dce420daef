"""Lesson runs, the class charter, tallies and private lesson notes (schema 0002).

Progress refers to content by lesson id, lesson version and step id (strings from the content
packs), so a later content update keeps old progress readable.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from netwerk_desktop.storage.base import Base, utcnow

CONTENT_ID_LENGTH = 80


class LessonRun(Base):
    """One time a class went through (part of) a lesson. The newest run of a lesson is its
    state: running (can be resumed at current_step_id) or done."""

    __tablename__ = "lesson_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    lesson_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    lesson_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | done
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    current_step_id: Mapped[str | None] = mapped_column(String(CONTENT_ID_LENGTH), nullable=True)
    # Seconds spent in the current step before the last save, so a resumed timer goes on.
    current_step_seconds: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    visits: Mapped[list[StepVisit]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True
    )


class StepVisit(Base):
    """Time spent on a step during a run (elapsed versus planned on the presenter view)."""

    __tablename__ = "step_visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("lesson_run.id", ondelete="CASCADE"), index=True)
    step_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    entered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seconds: Mapped[int] = mapped_column(Integer, default=0)

    run: Mapped[LessonRun] = relationship(back_populates="visits")


class Charter(Base):
    """One version of a class's charter ("klassens spilleregler"); the newest is current."""

    __tablename__ = "charter"
    __table_args__ = (UniqueConstraint("class_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    lesson_id: Mapped[str | None] = mapped_column(String(CONTENT_ID_LENGTH), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    rules: Mapped[list[CharterRule]] = relationship(
        back_populates="charter",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CharterRule.position",
    )


class CharterRule(Base):
    __tablename__ = "charter_rule"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    charter_id: Mapped[int] = mapped_column(
        ForeignKey("charter.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    charter: Mapped[Charter] = relationship(back_populates="rules")


class TallyCount(Base):
    """How many students chose an option in a tally step of a run (entered by the teacher)."""

    __tablename__ = "tally_count"
    __table_args__ = (UniqueConstraint("run_id", "step_id", "option_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("lesson_run.id", ondelete="CASCADE"), index=True)
    step_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    option_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    count: Mapped[int] = mapped_column(Integer, default=0)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LessonNote(Base):
    """The teacher's private notes on a lesson with a class; never shown to the audience."""

    __tablename__ = "lesson_note"
    __table_args__ = (UniqueConstraint("class_id", "lesson_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    lesson_id: Mapped[str] = mapped_column(String(CONTENT_ID_LENGTH))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
