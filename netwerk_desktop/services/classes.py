"""Classes: create, rename, set year and content language, archive, delete."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from netwerk_desktop.errors import AlreadyExists, Ambiguous, Field, InvalidValue, NotFound, Problem
from netwerk_desktop.rosters.names import name_match_key, normalise_name
from netwerk_desktop.school_year import school_year_of
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.edits import edit_version
from netwerk_desktop.services.records import ClassSummary, StudentRecord, class_order
from netwerk_desktop.storage.models import (
    CONTENT_LANGUAGES,
    NAME_LENGTH,
    SchoolClass,
    Student,
)
from netwerk_desktop.storage.schema import metadata


def clean_class_name(name: str) -> str:
    cleaned = normalise_name(name)
    if not cleaned:
        raise InvalidValue(Field.CLASS_NAME, name, "it is empty", Problem.EMPTY)
    if len(cleaned) > NAME_LENGTH:
        raise InvalidValue(
            Field.CLASS_NAME,
            name,
            f"it is longer than {NAME_LENGTH} characters",
            Problem.TOO_LONG,
            NAME_LENGTH,
        )
    return cleaned


def check_language(language: str) -> str:
    if language not in CONTENT_LANGUAGES:
        raise InvalidValue(
            Field.LANGUAGE,
            language,
            "use one of " + ", ".join(CONTENT_LANGUAGES),
            Problem.NOT_A_CHOICE,
        )
    return language


class ClassesService(Service):
    """Mutations publish Change(CLASSES); screens that show classes redraw on it."""

    def list_classes(self, include_archived: bool = False) -> list[ClassSummary]:
        with self._reading() as session:
            query = select(SchoolClass)
            if not include_archived:
                query = query.where(SchoolClass.archived.is_(False))
            classes = list(session.scalars(query))
            counts = self._active_counts(session)
        summaries = [_summary(c, counts.get(c.id, 0)) for c in classes]
        summaries.sort(key=class_order)
        return summaries

    def get(self, class_id: int) -> ClassSummary:
        with self._reading() as session:
            school_class = session.get(SchoolClass, class_id)
            if school_class is None:
                raise NotFound("class", str(class_id))
            return _summary(school_class, self._active_counts(session, class_id).get(class_id, 0))

    def edit_version(self, class_id: int) -> int:
        """The class's edit version now: an editor remembers it and hands it to its save, so a
        colleague's change in between is not overwritten (services/edits.py)."""
        with self._reading() as session:
            return edit_version(session, class_id)

    def find(self, name: str, school_year: str | None = None) -> ClassSummary:
        """Resolve a class as a person names it: "2.g", or "2.g (2026/27)" when names repeat."""
        wanted = normalise_name(name)
        if school_year is None and wanted.endswith(")") and " (" in wanted:
            wanted, _, year = wanted[:-1].rpartition(" (")
            school_year = year
        matches = [
            c
            for c in self.list_classes(include_archived=True)
            if name_match_key(c.name) == name_match_key(wanted)
            and (school_year is None or c.school_year == school_year)
        ]
        if not matches:
            raise NotFound("class", name)
        active = [c for c in matches if not c.archived]
        if len(matches) > 1 and len(active) == 1:
            return active[0]
        if len(matches) > 1:
            raise Ambiguous("class", name, [c.label for c in matches])
        return matches[0]

    def create(
        self, name: str, school_year: str | None = None, content_language: str = "da"
    ) -> ClassSummary:
        return self.create_with_students(name, (), school_year, content_language)[0]

    def create_with_students(
        self,
        name: str,
        student_names: Sequence[str],
        school_year: str | None = None,
        content_language: str = "da",
    ) -> tuple[ClassSummary, list[StudentRecord]]:
        """A new class and its first students in one transaction (an import into a new class):
        a kill or a bad name leaves no empty class behind."""
        from netwerk_desktop.services.roster import clean_student_name, student_record

        cleaned = clean_class_name(name)
        year = (school_year or school_year_of(self._context.now().date())).strip()
        check_language(content_language)
        names = [clean_student_name(student) for student in student_names]
        with self._writing() as session:
            self._ensure_free(session, cleaned, year, None)
            school_class = SchoolClass(
                name=cleaned,
                school_year=year,
                content_language=content_language,
                archived=False,
                owner_role=self._context.teacher,  # on a school server: who may use it
            )
            session.add(school_class)
            session.flush()
            students = [
                Student(class_id=school_class.id, display_name=student, active=True)
                for student in names
            ]
            session.add_all(students)
            session.flush()
            records = [student_record(student, ()) for student in students]
            summary = _summary(school_class, len(students))
        self._publish(Change.of(Topic.CLASSES, Topic.ROSTER, class_id=summary.id))
        return summary, records

    def update(
        self,
        class_id: int,
        *,
        name: str | None = None,
        school_year: str | None = None,
        content_language: str | None = None,
        archived: bool | None = None,
    ) -> ClassSummary:
        with self._writing() as session:
            school_class = _get(session, class_id)
            new_name = clean_class_name(name) if name is not None else school_class.name
            new_year = school_year.strip() if school_year is not None else school_class.school_year
            if (new_name, new_year) != (school_class.name, school_class.school_year):
                self._ensure_free(session, new_name, new_year, class_id)
            school_class.name = new_name
            school_class.school_year = new_year
            if content_language is not None:
                school_class.content_language = check_language(content_language)
            if archived is not None:
                school_class.archived = archived
            count = self._active_counts(session, class_id).get(class_id, 0)
            summary = _summary(school_class, count)
        self._publish(Change.of(Topic.CLASSES, class_id=class_id))
        return summary

    def what_deleting_removes(self, class_id: int) -> dict[str, int]:
        """Rows per table that a deletion would remove with the class (for the confirmation)."""
        counts: dict[str, int] = {}
        with self._reading() as session:
            _get(session, class_id)
            for table in metadata.sorted_tables:
                column = table.c.get("class_id")
                if column is None:
                    continue
                total = session.scalar(select(func.count()).where(column == class_id))
                counts[table.name] = int(total or 0)
        return counts

    def delete(self, class_id: int) -> None:
        """Removes the class and every row that refers to it. Callers make a backup first
        (Workspace.delete_class does); the confirmation names what will be lost."""
        with self._writing() as session:
            session.delete(_get(session, class_id))
        self._publish(Change.of(Topic.CLASSES, Topic.ROSTER, class_id=class_id))

    def _ensure_free(self, session: Session, name: str, year: str, own_id: int | None) -> None:
        clash = session.scalar(
            select(SchoolClass.id).where(
                func.lower(SchoolClass.name) == name.lower(),
                SchoolClass.school_year == year,
            )
        )
        if clash is not None and clash != own_id:
            raise AlreadyExists("class", f"{name} ({year})")

    @staticmethod
    def _active_counts(session: Session, class_id: int | None = None) -> dict[int, int]:
        query = (
            select(Student.class_id, func.count(Student.id))
            .where(Student.active.is_(True))
            .group_by(Student.class_id)
        )
        if class_id is not None:
            query = query.where(Student.class_id == class_id)
        return {row[0]: row[1] for row in session.execute(query)}


def _get(session: Session, class_id: int) -> SchoolClass:
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        raise NotFound("class", str(class_id))
    return school_class


def _summary(school_class: SchoolClass, student_count: int) -> ClassSummary:
    return ClassSummary(
        id=school_class.id,
        name=school_class.name,
        school_year=school_class.school_year,
        content_language=school_class.content_language,
        archived=school_class.archived,
        student_count=student_count,
        created_at=school_class.created_at,
    )
