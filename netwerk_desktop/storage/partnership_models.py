"""Partnership rotations, their members, and keep-apart/keep-together rules (schema 0003).

A rotation is one period's partnerships for a class: every member row says which partnership
group and which pair within it a student is in. Planned rotations (a season plan) are stored
too and become current when the teacher starts them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from netwerk_desktop.storage.base import Base, utcnow


class Rotation(Base):
    __tablename__ = "rotation"
    __table_args__ = (UniqueConstraint("class_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 ... within the class
    # full | new_groups | new_pairs | manual: how it was made
    kind: Mapped[str] = mapped_column(String(20), default="full")
    # planned (part of a season plan, not started) | saved (started; the newest is current)
    status: Mapped[str] = mapped_column(String(20), default="saved")
    group_size: Mapped[int] = mapped_column(Integer, default=4)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    members: Mapped[list[RotationMember]] = relationship(
        back_populates="rotation", cascade="all, delete-orphan", passive_deletes=True
    )


class RotationMember(Base):
    __tablename__ = "rotation_member"

    rotation_id: Mapped[int] = mapped_column(
        ForeignKey("rotation.id", ondelete="CASCADE"), primary_key=True
    )
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    group_number: Mapped[int] = mapped_column(Integer)  # 1-based within the rotation
    pair_number: Mapped[int] = mapped_column(Integer)  # 1-based within the group

    rotation: Mapped[Rotation] = relationship(back_populates="members")


class PartnershipRule(Base):
    """A hard rule the solver never breaks: keep two students apart, or together."""

    __tablename__ = "partnership_rule"
    __table_args__ = (UniqueConstraint("class_id", "kind", "student_a", "student_b"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # apart | together
    student_a: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), index=True)
    student_b: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"), index=True)
