"""Typed SQLAlchemy 2.0 models. Services use these; the UI never sees them.

Deleting a class or a student removes every row that refers to it: foreign keys cascade in the
database (ON DELETE CASCADE, with foreign_keys=ON on every connection) and in the ORM.
Times are stored in UTC without a zone (see `storage.base`). The lessons' and the partnerships'
tables live in their own modules; `storage.schema` brings them all onto one metadata.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from netwerk_desktop.languages import LANGUAGES
from netwerk_desktop.storage.base import Base, utcnow

NAME_LENGTH = 200
ROLE_LENGTH = 63  # PostgreSQL's longest role name
CONTENT_LANGUAGES = LANGUAGES


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
    # On a school server: the teacher (PostgreSQL role) who owns the class; the server fills it
    # in (DEFAULT current_user). Empty in a local data folder, where there is one teacher.
    owner_role: Mapped[str | None] = mapped_column(String(ROLE_LENGTH), nullable=True)
    # Optimistic edits: every change of the roster, charter or partnerships counts up, so a
    # save made from an older view is refused instead of silently overwriting (schema 0007).
    edit_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_edit: Mapped[str | None] = mapped_column(String(20), nullable=True)
    last_edit_by: Mapped[str | None] = mapped_column(String(ROLE_LENGTH), nullable=True)

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


class ClassTeacher(Base):
    """A co-teacher of a class on a school server (the owner is on the class itself)."""

    __tablename__ = "class_teacher"

    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True
    )
    role_name: Mapped[str] = mapped_column(String(ROLE_LENGTH), primary_key=True)


class JournalEntry(Base):
    """A write kept in a classroom PC's journal while the school server was away, marked here
    in the same transaction that applied it, so a replay never applies it twice."""

    __tablename__ = "journal_entry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    teacher: Mapped[str | None] = mapped_column(String(ROLE_LENGTH), nullable=True)
    # (on a server the column's default is the teacher's role: see access.PER_TEACHER)
