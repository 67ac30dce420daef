"""Partnership rotations of a class: reading them (the board, handouts, the audience view).

Making, planning, adjusting and undoing rotations build on this with the solver in
netwerk_desktop.grouping.
"""

from __future__ import annotations

from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from netwerk_desktop.services.base import Service
from netwerk_desktop.services.partnership_records import GroupView, PairView, RotationView
from netwerk_desktop.services.records import StudentRecord
from netwerk_desktop.storage.models import Student
from netwerk_desktop.storage.partnership_models import Rotation, RotationMember

SAVED = "saved"
PLANNED = "planned"


class PartnershipsService(Service):
    def current_rotation(self, class_id: int) -> RotationView | None:
        """The newest started rotation: the partnerships the class has now."""
        with self._reading() as session:
            rotation = session.scalars(
                select(Rotation)
                .where(Rotation.class_id == class_id, Rotation.status == SAVED)
                .order_by(Rotation.number.desc())
                .limit(1)
            ).first()
            return None if rotation is None else rotation_view(session, rotation)

    def list_rotations(self, class_id: int, include_planned: bool = True) -> list[RotationView]:
        """Oldest first."""
        with self._reading() as session:
            query = select(Rotation).where(Rotation.class_id == class_id)
            if not include_planned:
                query = query.where(Rotation.status == SAVED)
            rotations = session.scalars(query.order_by(Rotation.number)).all()
            return [rotation_view(session, rotation) for rotation in rotations]


def rotation_view(session: Session, rotation: Rotation) -> RotationView:
    rows = session.execute(
        select(RotationMember, Student)
        .join(Student, Student.id == RotationMember.student_id)
        .where(RotationMember.rotation_id == rotation.id)
        .order_by(RotationMember.group_number, RotationMember.pair_number, Student.id)
    ).all()
    groups: list[GroupView] = []
    for group_number, in_group in groupby(rows, key=lambda row: row[0].group_number):
        pairs = [
            PairView(pair_number, tuple(_student(row[1]) for row in in_pair))
            for pair_number, in_pair in groupby(in_group, key=lambda row: row[0].pair_number)
        ]
        groups.append(GroupView(group_number, tuple(pairs)))
    return RotationView(
        id=rotation.id,
        class_id=rotation.class_id,
        number=rotation.number,
        kind=rotation.kind,
        status=rotation.status,
        group_size=rotation.group_size,
        starts_on=rotation.starts_on,
        created_at=rotation.created_at,
        groups=tuple(groups),
    )


def _student(student: Student) -> StudentRecord:
    tags = tuple(sorted((t.name for t in student.tags), key=str.casefold))
    return StudentRecord(student.id, student.class_id, student.display_name, student.active, tags)
