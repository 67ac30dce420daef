"""The needs-and-offers board of a class and the school's directory (schema 0005).

A board item is a slip: a code, a need or an offer, a category and a short text. Nothing in
these tables refers to a student: the codes are printed on slips handed out at random, so the
app cannot know whose slip is whose. When a board closes, its items and matches are deleted and
only counts per category and status stay (`board_count`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from netwerk_desktop.storage.base import Base, utcnow

BOARD_TEXT_LENGTH = 160
ENTRY_TEXT_LENGTH = 500
ENTRY_NAME_LENGTH = 200


class Board(Base):
    """A class's board from opening to its closing date. `code_seed` draws the slip codes."""

    __tablename__ = "board"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    opened_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    code_seed: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BoardItem(Base):
    """One need or offer from a slip. `shown` is the moderation: posted, hidden, or not posted
    (with a reason; a need that signals a risk is not posted and keeps no text)."""

    __tablename__ = "board_item"
    __table_args__ = (UniqueConstraint("board_id", "code", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(10))  # need | offer
    category: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(BOARD_TEXT_LENGTH), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    shown: Mapped[str] = mapped_column(String(12), default="posted")
    reason: Mapped[str | None] = mapped_column(String(20), nullable=True)
    followed_up: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BoardMatch(Base):
    """A need and an offer put together; `introduction` when the offer is someone the student
    knows, introduced through the mentor with an introduction card."""

    __tablename__ = "board_match"
    __table_args__ = (UniqueConstraint("need_id", "offer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    need_id: Mapped[int] = mapped_column(
        ForeignKey("board_item.id", ondelete="CASCADE"), index=True
    )
    offer_id: Mapped[int] = mapped_column(
        ForeignKey("board_item.id", ondelete="CASCADE"), index=True
    )
    introduction: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BoardCount(Base):
    """What a closed board keeps: how many needs and offers of a category ended in a status."""

    __tablename__ = "board_count"

    board_id: Mapped[int] = mapped_column(
        ForeignKey("board.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class DirectoryEntry(Base):
    """A local community or a place to get help, kept by the school. An entry never checked
    (`checked_on` empty) is unverified. `help_role` ties an entry to a line of the help card
    (the counsellor, the class teacher …), so the help cards read their contacts from here."""

    __tablename__ = "directory_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(ENTRY_NAME_LENGTH), default="")
    activity: Mapped[str] = mapped_column(String(ENTRY_TEXT_LENGTH), default="")
    category: Mapped[str] = mapped_column(String(30))
    help_role: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True)
    age_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_max: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cost: Mapped[str] = mapped_column(String(ENTRY_NAME_LENGTH), default="")
    free: Mapped[bool] = mapped_column(Boolean, default=False)
    how_to_join: Mapped[str] = mapped_column(String(ENTRY_TEXT_LENGTH), default="")
    drop_in: Mapped[bool] = mapped_column(Boolean, default=False)
    bring_friend: Mapped[bool] = mapped_column(Boolean, default=False)
    languages: Mapped[str] = mapped_column(String(ENTRY_NAME_LENGTH), default="")
    accessibility: Mapped[str] = mapped_column(String(ENTRY_TEXT_LENGTH), default="")
    place: Mapped[str] = mapped_column(String(ENTRY_TEXT_LENGTH), default="")
    schedule: Mapped[str] = mapped_column(String(ENTRY_TEXT_LENGTH), default="")
    contact: Mapped[str] = mapped_column(String(ENTRY_TEXT_LENGTH), default="")
    status: Mapped[str] = mapped_column(String(10), default="active")
    checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    checked_by: Mapped[str] = mapped_column(String(ENTRY_NAME_LENGTH), default="")
    source: Mapped[str] = mapped_column(String(20), default="coordinator")
    source_note: Mapped[str] = mapped_column(String(ENTRY_NAME_LENGTH), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
