"""The needs-and-offers board of a class (schema 0005).

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
