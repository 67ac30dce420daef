"""Start-up reads without SQLAlchemy: the first screen's data and quick command-line listings,
straight from SQLite with the standard library.

Start-up paints the Home screen before SQLAlchemy is loaded (its import alone costs more than
everything else at start-up; bench/startup.py measures it). These read-only queries give
exactly what the services give (tests compare them); once the services are loaded, they are
used instead.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from functools import cache
from pathlib import Path

from netwerk_desktop.paths import resources_dir
from netwerk_desktop.services.lesson_records import NextLesson, RunRecord, RunStatus, next_lesson
from netwerk_desktop.services.records import ClassSummary, class_order
from netwerk_desktop.storage.sqlite_file import connect_read_only

_CLASSES = """
SELECT c.id, c.name, c.school_year, c.content_language, c.archived, c.created_at,
       (SELECT count(*) FROM student s WHERE s.class_id = c.id AND s.active = 1)
FROM school_class c
WHERE c.archived = 0 OR ?
"""


def list_classes(database: Path, include_archived: bool = False) -> list[ClassSummary]:
    connection = connect_read_only(database)
    try:
        rows = connection.execute(_CLASSES, (1 if include_archived else 0,)).fetchall()
    finally:
        connection.close()
    summaries = [
        ClassSummary(
            id=row[0],
            name=row[1],
            school_year=row[2],
            content_language=row[3],
            archived=bool(row[4]),
            student_count=row[6],
            created_at=datetime.fromisoformat(row[5]),
        )
        for row in rows
    ]
    summaries.sort(key=class_order)
    return summaries


_RUNS = """
SELECT id, class_id, lesson_id, lesson_version, status, current_step_id, current_step_seconds,
       started_at, finished_at, updated_at
FROM lesson_run ORDER BY id
"""
# Lesson files are named NN-<lesson id>.toml (resources/content/SCHEMA.md).
_LESSON_FILE = re.compile(r"^(\d{2})-([a-z0-9-]+)\.toml$")


def lesson_series(content: Path | None = None) -> tuple[str, ...]:
    """The lesson ids in series order, from the Danish pack's file names.

    Every language has the same lessons in the same places (parity), and reading names is
    far cheaper than parsing the pack at start-up.
    """
    return _lesson_ids((content or resources_dir() / "content") / "da" / "lessons")


def module_series(content: Path | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each module's id with its lesson ids in order, from the Danish pack's folders."""
    folder = (content or resources_dir() / "content") / "da" / "modules"
    if not folder.is_dir():
        return ()
    return tuple(
        (path.name, _lesson_ids(path / "lessons"))
        for path in sorted(folder.iterdir())
        if path.is_dir()
    )


def _lesson_ids(folder: Path) -> tuple[str, ...]:
    if not folder.is_dir():
        return ()
    found = [_LESSON_FILE.match(path.name) for path in folder.iterdir()]
    return tuple(match[2] for match in sorted((m for m in found if m), key=lambda m: int(m[1])))


@cache
def module_title(module_id: str, language: str, content: Path | None = None) -> str:
    """A module's title in a content language (Danish when that language lacks it), read
    from its module.toml alone, so Home can name it without loading the packs."""
    root = content or resources_dir() / "content"
    for code in dict.fromkeys((language, "da")):
        path = root / code / "modules" / module_id / "module.toml"
        try:
            with path.open("rb") as handle:
                title = tomllib.load(handle).get("title")
        except (OSError, tomllib.TOMLDecodeError):
            continue
        if isinstance(title, str) and title:
            return title
    return module_id


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def lesson_runs(database: Path) -> list[RunRecord]:
    """Every lesson run, oldest first, as LessonsService.runs gives them per class."""
    connection = connect_read_only(database)
    try:
        rows = connection.execute(_RUNS).fetchall()
    finally:
        connection.close()
    records = []
    for row in rows:
        started, updated = _time(row[7]), _time(row[9])
        assert started is not None and updated is not None  # NOT NULL columns
        records.append(
            RunRecord(
                id=row[0],
                class_id=row[1],
                lesson_id=row[2],
                lesson_version=row[3],
                status=RunStatus(row[4]),
                current_step_id=row[5],
                current_step_seconds=row[6],
                started_at=started,
                finished_at=_time(row[8]),
                updated_at=updated,
            )
        )
    return records


def next_lessons(
    runs: list[RunRecord],
    class_ids: list[int],
    series: tuple[str, ...],
    modules: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> dict[int, NextLesson | None]:
    """What comes next for each class (the Home cards)."""
    return {
        class_id: next_lesson(series, [run for run in runs if run.class_id == class_id], modules)
        for class_id in class_ids
    }
