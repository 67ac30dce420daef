"""Typed SQLAlchemy 2.0 models. Services use these; the UI never sees them.

Deleting a class or a student removes every row that refers to it: foreign keys cascade in the
database (ON DELETE CASCADE, with foreign_keys=ON on every connection) and in the ORM.
Times are stored in UTC without a zone (SQLite has no zoned type); `utcnow()` makes them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so migrations can alter them on SQLite (batch mode) and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 200
CONTENT_LANGUAGES = ("da", "en", "nl")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SchoolClass(Base):
    """A class the teacher runs the programme with, for one school year."""

    __tablename__ = "school_class"
    __table_args__ = (UniqueConstraint("name", "school_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    school_year: Mapped[str] = mapped_column(String(20))
    content_language: Mapped[str] = mapped_column(String(5), default="da")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    students: Mapped[list[Student]] = relationship(
        back_populates="school_class", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[ClassTag]] = relationship(
        back_populates="school_class", cascade="all, delete-orphan", passive_deletes=True
    )


class Student(Base):
    """A student is a display name and optional tags; nothing else is stored about them."""

    __tablename__ = "student"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    display_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # A student who left stays in history (earlier partnerships) but is no longer grouped.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    school_class: Mapped[SchoolClass] = relationship(back_populates="students")
    # Loaded with the students, in one more statement for all of them: every reader turns a
    # student into a StudentRecord with its tags (one statement per student otherwise).
    tags: Mapped[list[ClassTag]] = relationship(
        secondary="student_tag", passive_deletes=True, lazy="selectin"
    )


class ClassTag(Base):
    """A teacher-defined label within a class, e.g. "line: science", used to balance groups."""

    __tablename__ = "class_tag"
    __table_args__ = (UniqueConstraint("class_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))

    school_class: Mapped[SchoolClass] = relationship(back_populates="tags")


class StudentTag(Base):
    __tablename__ = "student_tag"

    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("class_tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SchoolSetting(Base):
    """School-wide values the core needs too (handouts, CLI): school name, paper size, ...."""

    __tablename__ = "school_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# The other tables register on the same metadata (Alembic and the privacy snapshot see them all).
from netwerk_desktop.storage import lesson_models, partnership_models  # noqa: E402, F401
