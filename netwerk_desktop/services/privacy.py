"""A student's right to see and to erase what the app holds about them.

Export writes every row that refers to the student. Erase removes those rows, overwrites them
on disk, and removes the student from the automatic backups too, so no copy is left behind.
Free text the teacher typed (a charter rule, a lesson note) is not searched for names: the app
never asks for names there, and the export says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from netwerk_desktop import __version__
from netwerk_desktop.errors import NotFound
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.services.student_rows import rows_referring_to, take_snapshot
from netwerk_desktop.storage.backup import list_backups
from netwerk_desktop.storage.engine import checkpoint_wal, use_secure_delete
from netwerk_desktop.storage.models import SchoolClass, Student
from netwerk_desktop.storage.sqlite_file import erase_rows_in_file

EXPORT_FORMAT = "netwerk-desktop-student-export/1"


@dataclass(frozen=True)
class ErasureReport:
    student_name: str
    rows_left: dict[str, int]  # per table; all zero after an erasure
    backups_cleaned: int

    @property
    def complete(self) -> bool:
        return not any(self.rows_left.values())


class PrivacyService(Service):
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

    def erase_student(self, student_id: int) -> ErasureReport:
        with self._writing() as session:
            student = _student(session, student_id)
            name = student.display_name
            class_id = student.class_id
            use_secure_delete(session.connection())
            session.delete(student)
        with self._writing() as session:
            checkpoint_wal(session.connection())
        # The backup folder belongs to this data folder; clean every copy in it.
        backup_dir = self._context.backup_dir
        cleaned = 0
        if backup_dir is not None:
            for backup in list_backups(backup_dir):
                cleaned += erase_rows_in_file(backup.path, "student", student_id)
        with self._reading() as session:
            left = rows_referring_to(session, student_id)
        self._publish(Change.of(Topic.ROSTER, Topic.PARTNERSHIPS, class_id=class_id))
        return ErasureReport(name, left, cleaned)


def _student(session: Session, student_id: int) -> Student:
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound("student", str(student_id))
    return student
