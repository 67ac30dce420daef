"""A class's roster: students and their teacher-defined tags.

Nothing is stored about a student beyond a display name, whether they are active, and tags.
Every change returns a RosterUndo that puts the affected rows back as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from netwerk_desktop.errors import AlreadyExists, Ambiguous, Field, InvalidValue, NotFound, Problem
from netwerk_desktop.rosters import (
    ImportPreview,
    Language,
    NameColumns,
    RosterTable,
    RowProblemCode,
    build_preview,
    guess_name_columns,
    name_match_key,
    name_sort_key,
    normalise_name,
)
from netwerk_desktop.rosters.names import find_problem
from netwerk_desktop.server_errors import EditedPart
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.records import StudentRecord
from netwerk_desktop.services.student_rows import StudentSnapshot, put_back, take_snapshot
from netwerk_desktop.storage.models import ClassTag, SchoolClass, Student, StudentTag

TAG_LENGTH = 100


@dataclass(frozen=True)
class RosterUndo:
    """How to put a roster back: students to delete (they were added) and snapshots to restore
    (they were changed or removed)."""

    class_id: int
    delete_ids: tuple[int, ...] = ()
    restore: tuple[StudentSnapshot, ...] = ()


def clean_student_name(name: str) -> str:
    cleaned = normalise_name(name)
    if not cleaned:
        raise InvalidValue(Field.STUDENT_NAME, name, "it is empty", Problem.EMPTY)
    problem = find_problem(cleaned, 0)
    if problem is not None:
        raise InvalidValue(
            Field.STUDENT_NAME,
            name,
            str(problem),
            Problem.TOO_LONG
            if problem.code is RowProblemCode.NAME_TOO_LONG
            else Problem.UNUSABLE_CHARACTER,
            problem.limit or 0,
        )
    return cleaned


def clean_tag(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValue(Field.TAG, name, "it is empty", Problem.EMPTY)
    if len(cleaned) > TAG_LENGTH:
        raise InvalidValue(
            Field.TAG,
            name,
            f"it is longer than {TAG_LENGTH} characters",
            Problem.TOO_LONG,
            TAG_LENGTH,
        )
    return cleaned


class RosterService(Service):
    # Reading ------------------------------------------------------------------------------

    def list_students(self, class_id: int, include_inactive: bool = True) -> list[StudentRecord]:
        """Sorted as the class's language sorts names (Danish æ ø å after z)."""
        with self._reading() as session:
            school_class = _class(session, class_id)
            query = select(Student).where(Student.class_id == class_id)
            if not include_inactive:
                query = query.where(Student.active.is_(True))
            students = [student_record(s) for s in session.scalars(query)]
            language = cast(Language, school_class.content_language)
        students.sort(key=lambda s: (name_sort_key(s.display_name, language), s.id))
        return students

    def get_student(self, student_id: int) -> StudentRecord:
        with self._reading() as session:
            return student_record(_student(session, student_id))

    def find_student(self, class_id: int, name: str) -> StudentRecord:
        """A student as a person names them (case, accents' Unicode form and spacing aside)."""
        key = name_match_key(name)
        matches = [s for s in self.list_students(class_id) if name_match_key(s.display_name) == key]
        if not matches:
            raise NotFound("student", name)
        if len(matches) > 1:
            raise Ambiguous("student", name, [f"{s.display_name} (#{s.id})" for s in matches])
        return matches[0]

    def existing_names(self, class_id: int) -> list[str]:
        return [s.display_name for s in self.list_students(class_id)]

    def list_tags(self, class_id: int) -> list[str]:
        with self._reading() as session:
            _class(session, class_id)
            names = session.scalars(select(ClassTag.name).where(ClassTag.class_id == class_id))
            return sorted(names, key=str.casefold)

    # Import -------------------------------------------------------------------------------

    def preview_import(
        self, class_id: int, table: RosterTable, columns: NameColumns | None = None
    ) -> ImportPreview:
        """Each row as it will be saved, marked against the names already in the class."""
        chosen = columns if columns is not None else guess_name_columns(table)
        return build_preview(table, chosen, self.existing_names(class_id))

    def save_import(
        self, class_id: int, preview: ImportPreview
    ) -> tuple[list[StudentRecord], RosterUndo]:
        """The preview's OK rows, all in one transaction (nothing is half imported)."""
        return self.add_students(class_id, list(preview.names_to_save()))

    # Students -----------------------------------------------------------------------------

    def add_students(
        self, class_id: int, names: Sequence[str], *, expected_version: int | None = None
    ) -> tuple[list[StudentRecord], RosterUndo]:
        """All or nothing: one bad name and none are added."""
        cleaned = [clean_student_name(name) for name in names]
        with self._writing() as session:
            _class(session, class_id)
            self._claim_edit(session, class_id, EditedPart.ROSTER, expected_version)
            added = [Student(class_id=class_id, display_name=name, active=True) for name in cleaned]
            session.add_all(added)
            session.flush()
            records = [student_record(s, ()) for s in added]
        self._publish(Change.of(Topic.ROSTER, class_id=class_id))
        return records, RosterUndo(class_id, delete_ids=tuple(r.id for r in records))

    def add_student(
        self, class_id: int, name: str, *, expected_version: int | None = None
    ) -> tuple[StudentRecord, RosterUndo]:
        records, undo = self.add_students(class_id, [name], expected_version=expected_version)
        return records[0], undo

    def rename_student(
        self, student_id: int, name: str, *, expected_version: int | None = None
    ) -> tuple[StudentRecord, RosterUndo]:
        cleaned = clean_student_name(name)
        return self._change(
            student_id,
            lambda student, _: setattr(student, "display_name", cleaned),
            expected_version,
        )

    def set_active(
        self, student_id: int, active: bool, *, expected_version: int | None = None
    ) -> tuple[StudentRecord, RosterUndo]:
        """A student who left stays in history but is no longer grouped or given handouts."""
        return self._change(
            student_id, lambda student, _: setattr(student, "active", active), expected_version
        )

    def remove_student(self, student_id: int, *, expected_version: int | None = None) -> RosterUndo:
        """Removes the student and every row about them (their partnership history too)."""
        with self._writing() as session:
            student = _student(session, student_id)
            class_id = student.class_id
            self._claim_edit(session, class_id, EditedPart.ROSTER, expected_version)
            snapshot = take_snapshot(session, student_id)
            session.delete(student)
        self._publish(Change.of(Topic.ROSTER, Topic.PARTNERSHIPS, class_id=class_id))
        return RosterUndo(class_id, restore=(snapshot,))

    def undo(self, step: RosterUndo) -> None:
        with self._writing() as session:
            self._claim_edit(session, step.class_id, EditedPart.ROSTER)
            if step.delete_ids:
                session.execute(delete(Student).where(Student.id.in_(step.delete_ids)))
            for snapshot in step.restore:
                put_back(session, snapshot)
        self._publish(Change.of(Topic.ROSTER, Topic.PARTNERSHIPS, class_id=step.class_id))

    # Tags ---------------------------------------------------------------------------------

    def add_tag(self, class_id: int, name: str) -> str:
        cleaned = clean_tag(name)
        with self._writing() as session:
            _class(session, class_id)
            if _tag(session, class_id, cleaned) is not None:
                raise AlreadyExists("tag", cleaned)
            session.add(ClassTag(class_id=class_id, name=cleaned))
        self._publish(Change.of(Topic.ROSTER, class_id=class_id))
        return cleaned

    def rename_tag(self, class_id: int, old: str, new: str) -> str:
        cleaned = clean_tag(new)
        with self._writing() as session:
            tag = _tag(session, class_id, old)
            if tag is None:
                raise NotFound("tag", old)
            clash = _tag(session, class_id, cleaned)
            if clash is not None and clash.id != tag.id:
                raise AlreadyExists("tag", cleaned)
            tag.name = cleaned
        self._publish(Change.of(Topic.ROSTER, class_id=class_id))
        return cleaned

    def delete_tag(self, class_id: int, name: str) -> None:
        with self._writing() as session:
            tag = _tag(session, class_id, name)
            if tag is None:
                raise NotFound("tag", name)
            session.delete(tag)
        self._publish(Change.of(Topic.ROSTER, class_id=class_id))

    def set_student_tags(
        self, student_id: int, tags: Iterable[str]
    ) -> tuple[StudentRecord, RosterUndo]:
        """Give a student exactly these tags; tags the class does not have yet are created."""
        wanted = {name_match_key(t): clean_tag(t) for t in tags}

        def apply(student: Student, session: Session) -> None:
            chosen: list[ClassTag] = []
            for cleaned in wanted.values():
                tag = _tag(session, student.class_id, cleaned)
                if tag is None:
                    tag = ClassTag(class_id=student.class_id, name=cleaned)
                    session.add(tag)
                    session.flush()
                chosen.append(tag)
            session.execute(delete(StudentTag).where(StudentTag.student_id == student.id))
            session.add_all(StudentTag(student_id=student.id, tag_id=tag.id) for tag in chosen)

        return self._change(student_id, apply)

    # --------------------------------------------------------------------------------------

    def _change(
        self,
        student_id: int,
        apply: Callable[[Student, Session], None],
        expected_version: int | None = None,
    ) -> tuple[StudentRecord, RosterUndo]:
        with self._writing() as session:
            student = _student(session, student_id)
            self._claim_edit(session, student.class_id, EditedPart.ROSTER, expected_version)
            snapshot = take_snapshot(session, student_id)
            apply(student, session)
            session.flush()
            session.refresh(student)
            record = student_record(student)
        self._publish(Change.of(Topic.ROSTER, class_id=record.class_id))
        return record, RosterUndo(record.class_id, restore=(snapshot,))


def _class(session: Session, class_id: int) -> SchoolClass:
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        raise NotFound("class", str(class_id))
    return school_class


def _student(session: Session, student_id: int) -> Student:
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound("student", str(student_id))
    return student


def _tag(session: Session, class_id: int, name: str) -> ClassTag | None:
    key = name_match_key(name)
    for tag in session.scalars(select(ClassTag).where(ClassTag.class_id == class_id)):
        if name_match_key(tag.name) == key:
            return tag
    return None


def student_record(student: Student, tags: tuple[str, ...] | None = None) -> StudentRecord:
    """A stored student as plain data; `tags` given spares loading them (a new student)."""
    names = (
        tags
        if tags is not None
        else tuple(sorted((t.name for t in student.tags), key=str.casefold))
    )
    return StudentRecord(student.id, student.class_id, student.display_name, student.active, names)
