"""The school's directory of local communities and places to get help (schema 0005).

The help cards' contacts are entries too, tied to their line of the card by `help_role`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from netwerk_desktop.storage.base import Base, utcnow

ENTRY_TEXT_LENGTH = 500
ENTRY_NAME_LENGTH = 200


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
