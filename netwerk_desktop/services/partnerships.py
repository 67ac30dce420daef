"""Partnership rotations of a class: reading, saving, undoing, rules, and season plans.

A rotation is saved with the date it starts; the newest saved one is the class's current
partnerships and can be undone until a newer one is saved. Planned rotations (a season plan)
are saved too and start one by one; saving a rotation by hand drops a plan made for a different
history. Making a rotation with the solver lives in partnership_making.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from netwerk_desktop.errors import Field, InvalidValue, NotFound, Problem
from netwerk_desktop.grouping.model import Rotation as SolverRotation
from netwerk_desktop.server_errors import EditedPart
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.partnership_records import (
    GroupView,
    PairView,
    RotationView,
    RuleView,
)
from netwerk_desktop.services.records import StudentRecord
from netwerk_desktop.services.roster import student_record
from netwerk_desktop.storage.models import Student
from netwerk_desktop.storage.partnership_models import PartnershipRule, Rotation, RotationMember

SAVED = "saved"
PLANNED = "planned"
RULE_KINDS = ("apart", "together")
ROTATION_KINDS = ("full", "new_groups", "new_pairs", "manual")


class PartnershipsService(Service):
    # Reading --------------------------------------------------------------------------------

    def current_rotation(self, class_id: int) -> RotationView | None:
        """The newest started rotation: the partnerships the class has now."""
        with self._reading() as session:
            rotation = _newest(session, class_id, SAVED)
            return None if rotation is None else rotation_view(session, rotation)

    def list_rotations(self, class_id: int, include_planned: bool = True) -> list[RotationView]:
        """Oldest first. Three statements however long the history: the rotations, their
        members with the students, and the students' tags."""
        with self._reading() as session:
            query = select(Rotation).where(Rotation.class_id == class_id)
            if not include_planned:
                query = query.where(Rotation.status == SAVED)
            rotations = session.scalars(query.order_by(Rotation.number)).all()
            return rotation_views(session, rotations)

    def solver_history(self, class_id: int) -> tuple[SolverRotation, ...]:
        """The saved rotations as the solver reads them (student ids), oldest first."""
        return tuple(
            to_solver(view) for view in self.list_rotations(class_id, include_planned=False)
        )

    # Saving ---------------------------------------------------------------------------------

    def save_rotation(
        self,
        class_id: int,
        rotation: SolverRotation,
        *,
        kind: str = "full",
        group_size: int = 4,
        seed: int = 0,
        starts_on: date | None = None,
        status: str = SAVED,
        expected_version: int | None = None,
    ) -> RotationView:
        """Save a rotation (from the solver or adjusted by hand) as the class's newest.
        `expected_version`: the class's edit version it was made from (see services/edits)."""
        if kind not in ROTATION_KINDS:
            raise InvalidValue(
                Field.ROTATION_KIND, kind, "use " + ", ".join(ROTATION_KINDS), Problem.NOT_A_CHOICE
            )
        with self._writing() as session:
            self._claim_edit(session, class_id, EditedPart.PARTNERSHIPS, expected_version)
            self._check_students(session, class_id, rotation)
            if status == SAVED:
                # A season plan was made for the history before this rotation: it no longer fits.
                session.execute(
                    delete(Rotation).where(
                        Rotation.class_id == class_id, Rotation.status == PLANNED
                    )
                )
            saved = _insert(session, class_id, rotation, kind, group_size, seed, status)
            saved.starts_on = starts_on or (self._context.now().date() if status == SAVED else None)
            session.flush()
            view = rotation_view(session, saved)
        self._publish(Change.of(Topic.PARTNERSHIPS, class_id=class_id))
        return view

    def replace_plan(
        self,
        class_id: int,
        rotations: list[SolverRotation],
        *,
        kind: str,
        group_size: int,
        seed: int,
    ) -> list[RotationView]:
        """Drop any season plan and store these rotations as the new plan, in order."""
        with self._writing() as session:
            self._claim_edit(session, class_id, EditedPart.PARTNERSHIPS)
            session.execute(
                delete(Rotation).where(Rotation.class_id == class_id, Rotation.status == PLANNED)
            )
            saved = []
            for offset, rotation in enumerate(rotations):
                self._check_students(session, class_id, rotation)
                saved.append(
                    _insert(session, class_id, rotation, kind, group_size, seed + offset, PLANNED)
                )
            session.flush()
            views = rotation_views(session, saved)
        self._publish(Change.of(Topic.PARTNERSHIPS, class_id=class_id))
        return views

    def start_next_planned(self, class_id: int, starts_on: date | None = None) -> RotationView:
        """The next rotation of the season plan becomes the class's partnerships."""
        with self._writing() as session:
            self._claim_edit(session, class_id, EditedPart.PARTNERSHIPS)
            planned = session.scalars(
                select(Rotation)
                .where(Rotation.class_id == class_id, Rotation.status == PLANNED)
                .order_by(Rotation.number)
                .limit(1)
            ).first()
            if planned is None:
                raise NotFound("planned rotation", str(class_id))
            planned.status = SAVED
            planned.starts_on = starts_on or self._context.now().date()
            session.flush()
            view = rotation_view(session, planned)
        self._publish(Change.of(Topic.PARTNERSHIPS, class_id=class_id))
        return view

    def replace_members(self, rotation_id: int, rotation: SolverRotation) -> RotationView:
        """New places for the students of a saved rotation (a returning student, a swap)."""
        with self._writing() as session:
            saved = session.get(Rotation, rotation_id)
            if saved is None:
                raise NotFound("rotation", str(rotation_id))
            self._claim_edit(session, saved.class_id, EditedPart.PARTNERSHIPS)
            self._check_students(session, saved.class_id, rotation)
            session.execute(delete(RotationMember).where(RotationMember.rotation_id == rotation_id))
            session.add_all(_members(rotation_id, rotation))
            session.flush()
            session.refresh(saved)
            view = rotation_view(session, saved)
        self._publish(Change.of(Topic.PARTNERSHIPS, class_id=view.class_id))
        return view

    def undo_last(self, class_id: int) -> RotationView | None:
        """Remove the newest saved rotation; the one before is current again (or none)."""
        with self._writing() as session:
            self._claim_edit(session, class_id, EditedPart.PARTNERSHIPS)
            newest = _newest(session, class_id, SAVED)
            if newest is None:
                raise NotFound("rotation", str(class_id))
            session.delete(newest)
        self._publish(Change.of(Topic.PARTNERSHIPS, class_id=class_id))
        return self.current_rotation(class_id)

    # Rules ----------------------------------------------------------------------------------

    def list_rules(self, class_id: int) -> list[RuleView]:
        with self._reading() as session:
            rules = session.scalars(
                select(PartnershipRule)
                .where(PartnershipRule.class_id == class_id)
                .order_by(PartnershipRule.kind, PartnershipRule.id)
            ).all()
            return _rule_views(session, rules)

    def add_rule(self, class_id: int, kind: str, student_a: int, student_b: int) -> RuleView:
        if kind not in RULE_KINDS:
            raise InvalidValue(Field.RULE, kind, "use apart or together", Problem.NOT_A_CHOICE)
        if student_a == student_b:
            raise InvalidValue(
                Field.RULE, kind, "a rule needs two different students", Problem.SAME_STUDENT_TWICE
            )
        a, b = sorted((student_a, student_b))
        with self._writing() as session:
            for student_id in (a, b):
                student = session.get(Student, student_id)
                if student is None or student.class_id != class_id:
                    raise NotFound("student", str(student_id))
            existing = session.scalars(
                select(PartnershipRule).where(
                    PartnershipRule.class_id == class_id,
                    PartnershipRule.student_a == a,
                    PartnershipRule.student_b == b,
                )
            ).all()
            for rule in existing:  # apart and together for one pair cannot both hold
                session.delete(rule)
            rule = PartnershipRule(class_id=class_id, kind=kind, student_a=a, student_b=b)
            session.add(rule)
            session.flush()
            (view,) = _rule_views(session, [rule])
        self._publish(Change.of(Topic.PARTNERSHIPS, class_id=class_id))
        return view

    def remove_rule(self, rule_id: int) -> None:
        with self._writing() as session:
            rule = session.get(PartnershipRule, rule_id)
            if rule is None:
                raise NotFound("rule", str(rule_id))
            class_id = rule.class_id
            session.delete(rule)
        self._publish(Change.of(Topic.PARTNERSHIPS, class_id=class_id))

    def rule_pairs(
        self, class_id: int
    ) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
        """(keep apart, keep together) as the solver takes them."""
        rules = self.list_rules(class_id)
        apart = tuple((r.student_a.id, r.student_b.id) for r in rules if r.kind == "apart")
        together = tuple((r.student_a.id, r.student_b.id) for r in rules if r.kind == "together")
        return apart, together

    # ----------------------------------------------------------------------------------------

    @staticmethod
    def _check_students(session: Session, class_id: int, rotation: SolverRotation) -> None:
        ids = [s for group in rotation for pair in group for s in pair]
        if len(ids) != len(set(ids)):
            raise InvalidValue(
                Field.ROTATION, "", "a student is placed twice", Problem.SAME_STUDENT_TWICE
            )
        found = set(
            session.scalars(
                select(Student.id).where(Student.class_id == class_id, Student.id.in_(ids))
            )
        )
        missing = set(ids) - found
        if missing:
            raise NotFound("student", ", ".join(str(i) for i in sorted(missing)))


def to_solver(view: RotationView) -> SolverRotation:
    return tuple(
        tuple(tuple(sorted(s.id for s in pair.students)) for pair in group.pairs)
        for group in view.groups
    )


def _newest(session: Session, class_id: int, status: str) -> Rotation | None:
    return session.scalars(
        select(Rotation)
        .where(Rotation.class_id == class_id, Rotation.status == status)
        .order_by(Rotation.number.desc())
        .limit(1)
    ).first()


def _insert(
    session: Session,
    class_id: int,
    rotation: SolverRotation,
    kind: str,
    group_size: int,
    seed: int,
    status: str,
) -> Rotation:
    newest = session.scalar(select(func.max(Rotation.number)).where(Rotation.class_id == class_id))
    saved = Rotation(
        class_id=class_id,
        number=(newest or 0) + 1,
        kind=kind,
        status=status,
        group_size=group_size,
        seed=seed,
    )
    session.add(saved)
    session.flush()
    session.add_all(_members(saved.id, rotation))
    return saved


def _members(rotation_id: int, rotation: SolverRotation) -> list[RotationMember]:
    return [
        RotationMember(rotation_id=rotation_id, student_id=student, group_number=g, pair_number=p)
        for g, group in enumerate(rotation, start=1)
        for p, pair in enumerate(group, start=1)
        for student in pair
    ]


def rotation_view(session: Session, rotation: Rotation) -> RotationView:
    (view,) = rotation_views(session, [rotation])
    return view


def rotation_views(session: Session, rotations: Sequence[Rotation]) -> list[RotationView]:
    """The rotations as plain data: their members in one statement for all of them (plain
    columns, no objects), then the students once each, with their tags."""
    if not rotations:
        return []
    rows = session.execute(
        select(
            RotationMember.rotation_id,
            RotationMember.group_number,
            RotationMember.pair_number,
            RotationMember.student_id,
        )
        .where(RotationMember.rotation_id.in_([r.id for r in rotations]))
        .order_by(
            RotationMember.rotation_id,
            RotationMember.group_number,
            RotationMember.pair_number,
            RotationMember.student_id,
        )
    ).all()
    records = _student_records(session, {row.student_id for row in rows})
    members = {
        rotation_id: list(in_rotation)
        for rotation_id, in_rotation in groupby(rows, key=lambda row: row.rotation_id)
    }
    return [_view(rotation, members.get(rotation.id, []), records) for rotation in rotations]


def _student_records(session: Session, ids: set[int]) -> dict[int, StudentRecord]:
    if not ids:
        return {}
    students = session.scalars(select(Student).where(Student.id.in_(ids))).all()
    return {student.id: student_record(student) for student in students}


def _view(
    rotation: Rotation, rows: list[Row[Any]], records: dict[int, StudentRecord]
) -> RotationView:
    groups: list[GroupView] = []
    for group_number, in_group in groupby(rows, key=lambda row: row.group_number):
        pairs = [
            PairView(pair_number, tuple(records[row.student_id] for row in in_pair))
            for pair_number, in_pair in groupby(in_group, key=lambda row: row.pair_number)
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


def _rule_views(session: Session, rules: Sequence[PartnershipRule]) -> list[RuleView]:
    """The rules as plain data, their students read in one statement for all of them."""
    records = _student_records(session, {s for r in rules for s in (r.student_a, r.student_b)})
    return [
        RuleView(
            rule.id, rule.class_id, rule.kind, records[rule.student_a], records[rule.student_b]
        )
        for rule in rules
    ]
