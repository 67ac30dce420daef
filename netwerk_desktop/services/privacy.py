"""A student's right to see and to erase what the app holds about them.

Export writes every row that refers to the student. Erase removes those rows, overwrites them
on disk, and removes the student from the automatic backups too, so no copy is left behind.
Free text the teacher typed (a charter rule, a lesson note) is not searched for names: the app
never asks for names there, and the export says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from netwerk_desktop import __version__
from netwerk_desktop.errors import NotFound, ReadOnly, ReadOnlyReason
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.rosters.names import name_match_key
from netwerk_desktop.services.base import Service, ServiceContext
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.erasure_files import (
    ErasureTarget,
    NotADatabase,
    add_pending,
    erase_in_file,
    read_pending,
    remove_pending,
    students_in_file,
)
from netwerk_desktop.services.student_rows import rows_referring_to, take_snapshot
from netwerk_desktop.storage.access import tables_with_students
from netwerk_desktop.storage.backup import backup_files
from netwerk_desktop.storage.engine import clear_erased_rows, use_secure_delete
from netwerk_desktop.storage.models import SchoolClass, Student

EXPORT_FORMAT = "netwerk-desktop-student-export/1"


@dataclass(frozen=True)
class ErasureReport:
    student_name: str
    rows_left: dict[str, int]  # per table; all zero after an erasure
    backups_cleaned: int
    # Files named like backups that are not databases: skipped (never changed), reported.
    skipped_files: tuple[Path, ...] = ()
    previews_removed: int = 0
    resumed: bool = False  # finished after an interruption (a kill, a power cut)
    backups_left: int = 0  # backups that still name the student (zero after an erasure)

    @property
    def complete(self) -> bool:
        return not any(self.rows_left.values()) and not self.backups_left


class PrivacyService(Service):
    def __init__(
        self,
        context: ServiceContext,
        location: DataLocation | None = None,
        second_folder: Callable[[], Path | None] = lambda: None,
    ) -> None:
        super().__init__(context)
        self._location = location
        self._second_folder = second_folder
        # On a school server: tables only the IT may VACUUM (the last erasure's dead rows wait
        # there for autovacuum or the IT's `server vacuum`).
        self.tables_left_to_vacuum: tuple[str, ...] = ()

    def export_student(self, student_id: int) -> dict[str, Any]:
        with self._reading() as session:
            student = _student(session, student_id)
            school_class = session.get(SchoolClass, student.class_id)
            assert school_class is not None
            snapshot = take_snapshot(session, student_id)
            tags = sorted(tag.name for tag in student.tags)
            return {
                "format": EXPORT_FORMAT,
                "exported_by": f"Netwerk Desktop {__version__}",
                "exported_at": self._context.now().isoformat(timespec="seconds"),
                "student": {
                    "display_name": student.display_name,
                    "active": student.active,
                    "tags": tags,
                    "class": school_class.name,
                    "school_year": school_class.school_year,
                },
                "stored_rows": snapshot.as_json(),
                "not_included": (
                    "Text the teacher typed freely (class charter rules, private lesson notes) "
                    "is not searched for the student's name."
                ),
            }

    # Erasure -------------------------------------------------------------------------------

    def erase_student(self, student_id: int) -> ErasureReport:
        """Erase a student from the data, every backup and the previews. Recorded first, so an
        interrupted erasure is finished by the next start or the next erasure."""
        self.finish_pending()
        with self._reading() as session:
            student = _student(session, student_id)
            school_class = session.get(SchoolClass, student.class_id)
            assert school_class is not None
            target = ErasureTarget(
                school_class.name,
                school_class.school_year,
                name_match_key(student.display_name),
                student.display_name,
                student.id,
            )
        return self._erase(target, resumed=False)

    def erase_by_name(
        self, class_name: str, student_name: str, school_year: str | None = None
    ) -> ErasureReport:
        """Erase a student who may be only in backups (removed from the roster earlier, or in a
        class that was deleted). NotFound when no copy names them."""
        self.finish_pending()
        target = ErasureTarget(
            " ".join(class_name.split()), school_year, name_match_key(student_name), student_name
        )
        if not self._live_matches(target) and not self.backups_naming(target):
            raise NotFound("student", student_name)
        return self._erase(target, resumed=False)

    def backups_naming(self, target: ErasureTarget) -> int:
        """How many backups still hold the student (the UI offers erasure after a removal)."""
        count = 0
        for path in self._backup_paths():
            try:
                count += bool(students_in_file(path, target))
            except NotADatabase:
                continue
        return count

    def backups_naming_student(
        self, class_name: str, school_year: str | None, student_name: str
    ) -> int:
        return self.backups_naming(
            ErasureTarget(class_name, school_year, name_match_key(student_name), student_name)
        )

    def pending(self) -> list[ErasureTarget]:
        if self._location is None:
            return []
        return read_pending(self._location.pending_erasures)

    def finish_pending(self) -> list[ErasureReport]:
        """Finish every erasure a kill interrupted; one report each."""
        if self._read_only:
            return []
        return [self._erase(target, resumed=True) for target in self.pending()]

    def _erase(self, target: ErasureTarget, resumed: bool) -> ErasureReport:
        if self._read_only:
            raise ReadOnly(self._context.read_only_reason or ReadOnlyReason.IN_USE)
        if self._location is not None:
            add_pending(self._location.pending_erasures, target)
        class_ids = self._erase_live(target)
        cleaned, skipped, left = self._erase_in_backups(target)
        previews = self._remove_previews()
        with self._reading() as session:
            rows_left = (
                rows_referring_to(session, target.student_id)
                if target.student_id is not None
                else {"student": len(_live_students(session, target))}
            )
            if target.student_id is not None:
                rows_left["student"] += len(_live_students(session, target))
        if self._location is not None and not left:
            remove_pending(self._location.pending_erasures, target)
        for class_id in class_ids:
            self._publish(Change.of(Topic.ROSTER, Topic.PARTNERSHIPS, class_id=class_id))
        return ErasureReport(
            target.display_name, rows_left, cleaned, tuple(skipped), previews, resumed, left
        )

    def _live_matches(self, target: ErasureTarget) -> bool:
        with self._reading() as session:
            return bool(_live_students(session, target))

    def _erase_live(self, target: ErasureTarget) -> set[int]:
        with self._writing() as session:
            students = _live_students(session, target)
            class_ids = {student.class_id for student in students}
            if students:
                use_secure_delete(session.connection())
                for student in students:
                    session.delete(student)
        with self._sessions() as session:
            engine = session.get_bind()
        assert isinstance(engine, Engine)
        self.tables_left_to_vacuum = tuple(clear_erased_rows(engine, tables_with_students()))
        return class_ids

    def _backup_paths(self) -> list[Path]:
        folders = [self._context.backup_dir, self._second_folder()]
        return [
            info.path for folder in folders if folder is not None for info in backup_files(folder)
        ]

    def _erase_in_backups(self, target: ErasureTarget) -> tuple[int, list[Path], int]:
        cleaned, skipped, left = 0, [], 0
        for path in self._backup_paths():
            try:
                cleaned += bool(erase_in_file(path, target))
                left += bool(students_in_file(path, target))
            except NotADatabase:
                skipped.append(path)
            except OSError:
                left += 1  # a write-protected copy: the erasure stays pending and is retried
        return cleaned, skipped, left

    def _remove_previews(self) -> int:
        if self._location is None:
            return 0
        from netwerk_desktop.opening import clean_previews

        return clean_previews(self._location.previews_dir)


def _live_students(session: Session, target: ErasureTarget) -> list[Student]:
    rows = session.execute(select(Student, SchoolClass).join(SchoolClass)).all()
    return [
        student
        for student, school_class in rows
        if name_match_key(student.display_name) == target.name_key
        and (
            target.matches_class(school_class.name, school_class.school_year)
            or student.id == target.student_id
        )
    ]


def _student(session: Session, student_id: int) -> Student:
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound("student", str(student_id))
    return student
